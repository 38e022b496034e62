import { useId } from 'react';
import type { MetricDef } from '@/api/meta';
import type { ClassMethod } from './class-breaks';

/** Parameterised slices (`ethnic:03`) need a category picker, so the map selector leaves them out. */
const isSliceMetric = (id: string): boolean => id.includes(':');

export interface MetricSelectProps {
  metrics: readonly MetricDef[];
  value: string;
  onChange(id: string): void;
}

/** 地图指标: the metrics the map can be coloured by (category slices such as `ethnic:03` left out). */
export function MetricSelect({ metrics, value, onChange }: MetricSelectProps) {
  const id = useId();
  const options = metrics.filter((m) => !isSliceMetric(m.id));
  // A metric from a shared URL that the list leaves out still shows as selected.
  const current = options.some((m) => m.id === value)
    ? null
    : (metrics.find((m) => m.id === value) ?? { id: value, name: value });
  return (
    <div className="region-map__control">
      <label htmlFor={id}>地图指标</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {current && <option value={current.id}>{current.name}</option>}
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const METHODS: { id: ClassMethod; label: string; title: string }[] = [
  { id: 'quantile', label: '分位数', title: '每级区域个数大致相等' },
  { id: 'jenks', label: '自然断点', title: '按数值的自然分组分级（Jenks）' },
];

/** 分级方法: quantile or natural breaks. */
export function ClassMethodToggle({ value, onChange }: { value: ClassMethod; onChange(method: ClassMethod): void }) {
  return (
    <div className="region-map__toggle" role="group" aria-label="分级方法">
      {METHODS.map((m) => (
        <button
          key={m.id}
          type="button"
          className="region-map__toggle-btn"
          aria-pressed={value === m.id}
          title={m.title}
          onClick={() => onChange(m.id)}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}
