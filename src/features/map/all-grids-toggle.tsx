/** 显示全部网格: every grid below the current region at once, instead of its children. */
export function AllGridsToggle({ checked, onChange }: { checked: boolean; onChange(on: boolean): void }) {
  return (
    <div className="region-map__toggle" role="group" aria-label="网格视图">
      <button
        type="button"
        className="region-map__toggle-btn"
        aria-pressed={checked}
        title="在地图上一次显示当前区域下的全部网格（可达数万个）"
        onClick={() => onChange(!checked)}
      >
        显示全部网格
      </button>
    </div>
  );
}
