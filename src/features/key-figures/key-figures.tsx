import { useQuery } from '@tanstack/react-query';
import { metaQueries, regionQueries } from '@/api/queries';
import { useComparisons } from '@/components/panel/use-comparisons';
import { ApiError } from '@/lib/api-client';
import { toKeyFigures } from './key-figures-model';
import './key-figures.css';

export function KeyFigures({ code, period }: { code: string; period: string }) {
  const query = useQuery(regionQueries.summary(code, period));
  const meta = useQuery(metaQueries.all());
  const { periods, compared } = useComparisons(regionQueries.summary, code, period, meta.data);
  const currentLabel = periods?.current.label ?? period;
  return (
    <section className="key-figures" data-testid="key-figures" aria-label="关键指标">
      {query.isPending && <div className="key-figures__skeleton" aria-busy="true" aria-label="正在加载关键指标" />}
      {/* A failed refresh keeps the last good figures (the header says the connection is down). */}
      {query.isError && !query.data && (
        <div className="key-figures__error" role="alert">
          关键指标加载失败：{query.error.message}
          {query.error instanceof ApiError && <span className="key-figures__endpoint">（{query.error.endpoint}）</span>}
          <button type="button" className="btn" onClick={() => void query.refetch()}>
            重试
          </button>
        </div>
      )}
      {query.data &&
        toKeyFigures(query.data, compared, currentLabel).map((f) => (
          <div className="key-figure" key={f.label} title={f.detail}>
            <div className="key-figure__label">{f.label}</div>
            <div className="key-figure__value num">
              {f.value}
              {f.unit && <span className="key-figure__unit">{f.unit}</span>}
            </div>
            {f.sub && <div className="key-figure__sub num">{f.sub}</div>}
            {f.deltas && f.deltas.length > 0 && (
              <div className="key-figure__deltas">
                {f.deltas.map((d) => (
                  <span key={d.name} className={d.tone ? `delta delta--${d.tone}` : 'delta'} title={d.title}>
                    {d.text}
                  </span>
                ))}
              </div>
            )}
            <span className="visually-hidden">{f.detail}</span>
          </div>
        ))}
    </section>
  );
}
