import type { MetricSlice } from './metric-slice';
import './navigation.css';

/** “按 回族 着色 ✕”: says the map shows one chart category, and clears it. */
export function SliceChip({ slice, onClear }: { slice: MetricSlice; onClear(): void }) {
  return (
    <div className="slice-chip" role="status" title={`地图按“${slice.metricName}”着色`}>
      <span>
        按 <strong>{slice.name}</strong> 着色
      </span>
      <button type="button" className="slice-chip__clear" aria-label={`取消按${slice.name}着色`} onClick={onClear}>
        ✕
      </button>
    </div>
  );
}
