import { useQuery } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';
import { keyFigureQueries } from './key-figures-queries';
import { toKeyFigures } from './key-figures-model';
import './key-figures.css';

export function KeyFigures({ code, period }: { code: string; period: string }) {
  const query = useQuery(keyFigureQueries.summary(code, period));
  return (
    <section className="key-figures" data-testid="key-figures" aria-label="关键指标">
      {query.isPending && <div className="key-figures__skeleton" aria-busy="true" aria-label="正在加载关键指标" />}
      {query.isError && (
        <div className="key-figures__error" role="alert">
          关键指标加载失败：{query.error.message}
          {query.error instanceof ApiError && <span className="key-figures__endpoint">（{query.error.endpoint}）</span>}
          <button type="button" className="btn" onClick={() => void query.refetch()}>
            重试
          </button>
        </div>
      )}
      {query.data &&
        toKeyFigures(query.data).map((f) => (
          <div className="key-figure" key={f.label} title={f.detail}>
            <div className="key-figure__label">{f.label}</div>
            <div className="key-figure__value num">
              {f.value}
              {f.unit && <span className="key-figure__unit">{f.unit}</span>}
            </div>
            {f.sub && <div className="key-figure__sub num">{f.sub}</div>}
            <span className="visually-hidden">{f.detail}</span>
          </div>
        ))}
    </section>
  );
}
