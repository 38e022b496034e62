import { formatCount, formatPercent } from '@/lib/format';
import { suppressedText, type Cell } from './table-model';

/** A cell as it reads on screen (separators, one-decimal percentages). */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return formatCount(cell.value);
    case 'percent':
      return formatPercent(cell.value);
    case 'number':
      return cell.value === null ? '—' : cell.value.toFixed(cell.digits);
    case 'suppressed':
      return suppressedText(cell.reason);
  }
}

export function isNumericCell(cell: Cell): boolean {
  return cell.kind === 'count' || cell.kind === 'percent' || cell.kind === 'number';
}
