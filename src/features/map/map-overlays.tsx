import type { UseQueryResult } from '@tanstack/react-query';

/** Over the map while its boundaries load, when they fail, or when the region has no children. */
export function BoundariesOverlay({ boundaries, isEmpty }: { boundaries: UseQueryResult<unknown>; isEmpty: boolean }) {
  if (boundaries.isPending) {
    return (
      <div className="region-map__overlay" role="status">
        <span className="region-map__spinner" aria-hidden="true" />
        正在加载边界…
      </div>
    );
  }
  if (boundaries.isError) {
    return (
      <div className="region-map__overlay region-map__overlay--error" role="alert">
        <strong>边界数据加载失败</strong>
        <span>{boundaries.error.message}</span>
        <button type="button" className="btn" onClick={() => void boundaries.refetch()}>
          重试
        </button>
      </div>
    );
  }
  if (isEmpty) {
    return (
      <div className="region-map__overlay" role="status">
        该区域没有下级区划
      </div>
    );
  }
  return null;
}

/** The values' load problem and the data's problems (map-model.ts), over the map. */
export function MapNotices({ values, problems }: { values: UseQueryResult<unknown>; problems: readonly string[] }) {
  const failed = values.isError && values.data === undefined;
  if (!values.isError && problems.length === 0) return null;
  return (
    <div className="region-map__notices">
      {failed && (
        <div className="region-map__notice" role="alert">
          <span>指标数据加载失败（{values.error?.message}），地图暂不着色</span>
          <button type="button" className="btn btn--small" onClick={() => void values.refetch()}>
            重试
          </button>
        </div>
      )}
      {values.isError && !failed && (
        <div className="region-map__notice" role="status">
          指标刷新失败，显示的是上次成功获取的数据
        </div>
      )}
      {problems.length > 0 && (
        <ul className="region-map__notice region-map__problems" role="alert" aria-label="数据问题">
          {problems.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
