import { useQuery } from '@tanstack/react-query';
import { regionQueries } from '@/api/queries';
import { formatPeriod } from '@/lib/period';
import { FOCUS_IDS, FOCUS_LABELS, MAX_TAKEAWAY, MAX_TITLE, type Scene } from './deck-schema';
import { displayName } from '@/lib/region-name';

interface SceneRowProps {
  scene: Scene;
  index: number;
  count: number;
  onChange(patch: Partial<Omit<Scene, 'id'>>): void;
  onMove(to: number): void;
  onRemove(): void;
  onPresent(): void;
}

/** One scene in the editor: its title, takeaway, focus and theme, and buttons to move or remove it. */
export function SceneRow({ scene, index, count, onChange, onMove, onRemove, onPresent }: SceneRowProps) {
  const n = index + 1;
  // Cached for good once loaded (the dashboard reads the same region details).
  const region = useQuery(regionQueries.detail(scene.region));
  return (
    <li className="scene-row" data-testid="scene-row">
      <span className="scene-row__number" aria-hidden="true">
        {n}
      </span>
      <div className="scene-row__fields">
        <label>
          <span>标题</span>
          <input
            value={scene.title}
            maxLength={MAX_TITLE}
            onChange={(e) => onChange({ title: e.target.value })}
            aria-label={`场景 ${n} 标题`}
          />
        </label>
        <label>
          <span>要点</span>
          <input
            value={scene.takeaway}
            maxLength={MAX_TAKEAWAY}
            placeholder="一句话说明这一页的结论"
            onChange={(e) => onChange({ takeaway: e.target.value })}
            aria-label={`场景 ${n} 要点`}
          />
        </label>
        <div className="scene-row__meta">
          <span className="scene-row__view">
            {region.data ? `${displayName(region.data)}（${scene.region}）` : scene.region} ·{' '}
            {formatPeriod(scene.period)}
          </span>
          <label>
            <span>重点</span>
            <select
              value={scene.focus ?? ''}
              onChange={(e) => onChange({ focus: (e.target.value || null) as Scene['focus'] })}
              aria-label={`场景 ${n} 重点面板`}
            >
              <option value="">无</option>
              {FOCUS_IDS.map((f) => (
                <option key={f} value={f}>
                  {FOCUS_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>主题</span>
            <select
              value={scene.theme}
              onChange={(e) => onChange({ theme: e.target.value === 'dark' ? 'dark' : 'light' })}
              aria-label={`场景 ${n} 主题`}
            >
              <option value="light">浅色（投影）</option>
              <option value="dark">深色（大屏）</option>
            </select>
          </label>
        </div>
      </div>
      <div className="scene-row__actions">
        <button type="button" className="btn btn--small" onClick={() => onMove(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">↑</span>
          <span className="visually-hidden">上移场景 {n}</span>
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onMove(index + 1)}
          disabled={index === count - 1}
        >
          <span aria-hidden="true">↓</span>
          <span className="visually-hidden">下移场景 {n}</span>
        </button>
        <button type="button" className="btn btn--small" onClick={onPresent}>
          从此放映<span className="visually-hidden"> 场景 {n}</span>
        </button>
        <button type="button" className="btn btn--small" onClick={onRemove}>
          删除<span className="visually-hidden">场景 {n}</span>
        </button>
      </div>
    </li>
  );
}
