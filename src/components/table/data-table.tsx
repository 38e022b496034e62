import { SUPPRESSED_EXPLANATION } from '@/lib/privacy';
import { cellText, isNumericCell } from './cell-text';
import type { Cell, TableModel } from './table-model';
import './data-table.css';

/** A column of numbers (withheld ones included) has its header over them, on the right. */
function numericColumn(rows: readonly Cell[][], i: number): boolean {
  return i > 0 && rows.some((r) => r[i] !== undefined && (isNumericCell(r[i]) || r[i].kind === 'suppressed'));
}

/** The exact numbers behind a panel, section by section; withheld cells say why on hover. */
export function DataTable({ model }: { model: TableModel }) {
  return (
    <div className="data-table" data-testid="data-table" tabIndex={0} aria-label={`${model.title}数据表`}>
      {model.sections.map((section) => (
        <table key={section.title} className="data-table__table">
          <caption>{section.title}</caption>
          <thead>
            <tr>
              {section.columns.map((c, i) => (
                <th key={c} scope="col" className={numericColumn(section.rows, i) ? 'num' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => {
                  const className =
                    cell.kind === 'suppressed' ? 'is-suppressed' : isNumericCell(cell) ? 'num is-number' : undefined;
                  const title = cell.kind === 'suppressed' ? SUPPRESSED_EXPLANATION[cell.reason] : undefined;
                  return i === 0 ? (
                    <th key={i} scope="row" className={className} title={title}>
                      {cellText(cell)}
                    </th>
                  ) : (
                    <td key={i} className={className} title={title}>
                      {cellText(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {model.notes.length > 0 && (
        <ul className="data-table__notes">
          {model.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
