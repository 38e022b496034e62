import './tour.css';

/** One figure in the callout, already formatted (e.g. 常住人口 · 1.9万 · 人). */
export interface CalloutFigure {
  label: string;
  value: string;
  unit?: string;
}

export interface TourCalloutProps {
  /** Name of the child on show. */
  name: string;
  /** 1-based place in the tour and the number of stops. */
  index: number;
  total: number;
  /** Its key figures; undefined while they load. */
  figures: readonly CalloutFigure[] | undefined;
  paused: boolean;
  /** Which top corner of the map it sits in: the one away from the child it describes. */
  corner?: 'left' | 'right';
}

/** The tour's caption over the map: which child is highlighted, and its key figures. */
export function TourCallout({ name, index, total, figures, paused, corner = 'left' }: TourCalloutProps) {
  return (
    <aside
      className="tour-callout"
      data-testid="tour-callout"
      data-corner={corner}
      aria-live="polite"
      aria-label={`巡览：${name}`}
    >
      <header className="tour-callout__head">
        <strong className="tour-callout__name">{name}</strong>
        <span className="tour-callout__step num">
          {index}/{total}
        </span>
        {paused && <span className="tour-callout__paused">巡览已暂停</span>}
      </header>
      {figures ? (
        <dl className="tour-callout__figures">
          {figures.map((f) => (
            <div key={f.label} className="tour-callout__figure">
              <dt>{f.label}</dt>
              <dd className="num">
                {f.value}
                {f.unit && <span className="tour-callout__unit">{f.unit}</span>}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="tour-callout__loading">正在加载…</p>
      )}
    </aside>
  );
}
