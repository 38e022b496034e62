import type { Stat } from './stats';
import { useFitLevel } from './use-fit-level';

/** A compact list of exact figures beside a chart. The hover title carries the basis. */
export function StatList({ stats, label }: { stats: readonly Stat[]; label: string }) {
  // Denser settings when the panel is short (stat-list data-fit in panel.css).
  const { ref, level } = useFitLevel<HTMLDListElement>(5, stats);
  return (
    <dl className="stat-list" aria-label={label} ref={ref} data-fit={level}>
      {stats.map((s) => (
        <div className={s.tone ? `stat stat--${s.tone}` : 'stat'} key={s.label} title={s.title}>
          <dt className="stat__label">{s.label}</dt>
          <dd className="stat__figure">
            <span className="stat__value num">{s.value}</span>
            {s.unit && <span className="stat__unit">{s.unit}</span>}
            {s.detail && <span className="stat__detail num">{s.detail}</span>}
            {s.deltas && s.deltas.length > 0 && (
              <span className="stat__deltas">
                {s.deltas.map((d) => (
                  <span key={d.name} className={d.tone ? `delta delta--${d.tone}` : 'delta'} title={d.title}>
                    {d.text}
                  </span>
                ))}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
