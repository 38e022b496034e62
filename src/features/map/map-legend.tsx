import './map-legend.css';
import type { LegendModel } from './choropleth';
import { unreliableRegionsNote } from '@/lib/privacy';
import { formatMetricNumber, NO_DATA_TEXT, type MetricInfo } from '@/lib/metric-value';

function rangeText(metric: MetricInfo, lower: number, upper: number): string {
  const lo = formatMetricNumber(metric, lower);
  const hi = formatMetricNumber(metric, upper);
  return lo === hi ? lo : `${lo} – ${hi}`;
}

/** The unit in the title, unless the numbers already carry it (shares show "%"). */
function unitSuffix(metric: MetricInfo): string {
  return metric.kind === 'share' || metric.unit === '' ? '' : `（${metric.unit}）`;
}

export interface MapLegendProps {
  metric: MetricInfo;
  /** Null while the metric is loading or failed: the title alone, with `status` below it. */
  legend: LegendModel | null;
  status?: string | null;
}

/** Each class's value range and count, then the no-data and withheld (不公开) entries. */
export function MapLegend({ metric, legend, status }: MapLegendProps) {
  const title = `${metric.name}${unitSuffix(metric)}`;
  return (
    <div className="map-legend" role="group" aria-label={`图例：${title}`}>
      <div className="map-legend__title">{title}</div>
      {legend && (
        <ul className="map-legend__list">
          {legend.classes.map((c) => (
            <li key={`${c.lower}-${c.upper}`} className="map-legend__item">
              <span className="map-legend__swatch" style={{ backgroundColor: c.color }} aria-hidden="true" />
              <span className="map-legend__label">{rangeText(metric, c.lower, c.upper)}</span>
              <span className="map-legend__count">{c.count} 个</span>
            </li>
          ))}
          {legend.suppressed > 0 && (
            <li className="map-legend__item">
              <span className="map-legend__swatch map-legend__swatch--suppressed" aria-hidden="true" />
              <span className="map-legend__label">不公开（隐私规则）</span>
              <span className="map-legend__count">{legend.suppressed} 个</span>
            </li>
          )}
          {legend.noData > 0 && (
            <li className="map-legend__item">
              <span className="map-legend__swatch map-legend__swatch--no-data" aria-hidden="true" />
              <span className="map-legend__label">{NO_DATA_TEXT}</span>
              <span className="map-legend__count">{legend.noData} 个</span>
            </li>
          )}
        </ul>
      )}
      {legend && legend.unreliable > 0 && (
        <p className="map-legend__note">{unreliableRegionsNote(legend.unreliable)}</p>
      )}
      {status && <p className="map-legend__status">{status}</p>}
    </div>
  );
}
