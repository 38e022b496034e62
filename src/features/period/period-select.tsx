import { useId, useMemo } from 'react';
import type { Meta } from '@/api/meta';
import { periodKind } from '@/lib/period';
import { periodOptions } from './period-options';

const KIND_LABEL = { year: '年', quarter: '季', month: '月' } as const;
type Kind = keyof typeof KIND_LABEL;

/** Picks the statistics period: granularity first, then the value (newest first). */
export function PeriodSelect({ meta, period, onChange }: { meta: Meta; period: string; onChange(p: string): void }) {
  const id = useId();
  const options = useMemo(() => periodOptions(meta), [meta]);
  const current = periodKind(period);
  const kind: Kind = current === 'range' ? 'month' : current;
  const list = kind === 'year' ? options.years : kind === 'quarter' ? options.quarters : options.months;

  function changeKind(next: Kind) {
    const first = (next === 'year' ? options.years : next === 'quarter' ? options.quarters : options.months)[0];
    if (first) onChange(first.value);
  }

  return (
    <div className="period-select" role="group" aria-label="统计期">
      <div className="period-select__kinds">
        {(Object.keys(KIND_LABEL) as Kind[]).map((k) => (
          <button
            key={k}
            type="button"
            className="period-select__kind"
            aria-pressed={k === kind}
            onClick={() => changeKind(k)}
          >
            {KIND_LABEL[k]}
          </button>
        ))}
      </div>
      <label htmlFor={id} className="visually-hidden">
        统计期
      </label>
      <select id={id} value={period} onChange={(e) => onChange(e.target.value)}>
        {!list.some((o) => o.value === period) && <option value={period}>{period}</option>}
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
