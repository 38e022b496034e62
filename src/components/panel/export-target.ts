import type { TableModel } from '@/components/table/table-model';

export interface ExportTarget {
  model: TableModel;
  regionName: string;
  code: string;
  period: string;
  /** "2026年第4季度（截至11月22日）" — the covered span, written into the file. */
  periodLabel: string;
  /** What the comparisons in the file compare with ("同比：2025年1月1日—12月1日"). */
  basis?: readonly string[];
}

/** The heading lines every exported file starts with, after the table's title. */
export function exportContext(t: ExportTarget, now: Date = new Date()): string[] {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
  const basis = t.basis && t.basis.length > 0 ? [`比较期：${t.basis.join('；')}`] : [];
  return [`区域：${t.regionName}（${t.code}）`, `统计期：${t.periodLabel}`, ...basis, `导出时间：${stamp}`];
}

export function exportFileParts(t: ExportTarget): string[] {
  return [t.regionName, t.code, t.period, t.model.title];
}
