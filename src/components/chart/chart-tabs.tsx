import { useId, useState, type ReactNode } from 'react';

export interface ChartTab {
  id: string;
  /** Short tab label, e.g. 层级, 趋势. */
  label: string;
  render: () => ReactNode;
}

/**
 * Several charts in one quarter-screen cell, one at a time so each stays readable. Only the
 * active chart is mounted: switching disposes the previous ECharts instance.
 */
export function ChartTabs({ tabs, label }: { tabs: readonly ChartTab[]; label: string }) {
  const baseId = useId();
  const [activeId, setActiveId] = useState(tabs[0]?.id);
  const active = tabs.find((t) => t.id === activeId) ?? tabs[0];
  if (!active) return null;
  return (
    <div className="chart-tabs">
      {tabs.length > 1 && (
        <div className="chart-tabs__list" role="tablist" aria-label={label}>
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${baseId}-${t.id}`}
              className="chart-tabs__tab"
              aria-selected={t.id === active.id}
              aria-controls={`${baseId}-panel`}
              tabIndex={t.id === active.id ? 0 : -1}
              onClick={() => setActiveId(t.id)}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                const i = tabs.indexOf(active);
                const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
                if (next) {
                  setActiveId(next.id);
                  document.getElementById(`${baseId}-${next.id}`)?.focus();
                }
              }}
            >
              {t.label}
            </button>
          ))}
        </div>
      )}
      <div
        className="chart-tabs__panel"
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-${active.id}`}
      >
        {active.render()}
      </div>
    </div>
  );
}
