import { useId, useMemo } from 'react';
import type { Meta } from '@/api/meta';
import { addMonths, monthIndex, openingPeriod, periodKind, periodMonths } from '@/lib/period';
import { periodOptions, rangePeriod } from './period-options';

const KIND_LABEL = { year: '年', quarter: '季', month: '月', range: '自定义' } as const;
type Kind = keyof typeof KIND_LABEL;

/** Picks the statistics period: granularity first, then the value (newest first), or a range of months. */
export function PeriodSelect({ meta, period, onChange }: { meta: Meta; period: string; onChange(p: string): void }) {
  const id = useId();
  const options = useMemo(() => periodOptions(meta), [meta]);
  const kind: Kind = periodKind(period);
  const list = kind === 'year' ? options.years : kind === 'quarter' ? options.quarters : options.months;

  function changeKind(next: Kind) {
    if (next === 'range') {
      const from = addMonths(meta.lastMonth, -5);
      onChange(rangePeriod(monthIndex(from) < monthIndex(meta.firstMonth) ? meta.firstMonth : from, meta.lastMonth));
      return;
    }
    // The newest period, or the last complete one when the newest is very young (a December
    // with one day of data): period.ts openingPeriod; the header says which was stepped over.
    onChange(openingPeriod(next, meta).period);
  }

  const span = periodMonths(period);
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
      {kind === 'range' ? (
        <>
          <label htmlFor={`${id}-from`} className="visually-hidden">
            起始月份
          </label>
          <select id={`${id}-from`} value={span.from} onChange={(e) => onChange(rangePeriod(e.target.value, span.to))}>
            {options.months.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <span aria-hidden="true">至</span>
          <label htmlFor={`${id}-to`} className="visually-hidden">
            截止月份
          </label>
          <select id={`${id}-to`} value={span.to} onChange={(e) => onChange(rangePeriod(span.from, e.target.value))}>
            {options.months.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </>
      ) : (
        <>
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
        </>
      )}
    </div>
  );
}
