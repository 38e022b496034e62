import { useQuery } from '@tanstack/react-query';
import { regionQueries } from '@/api/queries';
import { useEffect, useMemo, useState } from 'react';
import { toKeyFigures } from '@/features/key-figures/key-figures-model';
import { TourCallout } from '@/features/tour/tour-callout';

export interface ScreenTourCalloutProps {
  code: string;
  name: string;
  period: string;
  index: number;
  total: number;
  paused: boolean;
}

/** The tour callout fed with the child's key figures (the same summary the strip uses). */
export function ScreenTourCallout({ code, name, period, index, total, paused }: ScreenTourCalloutProps) {
  const summary = useQuery(regionQueries.summary(code, period));
  const figures = useMemo(
    () =>
      summary.data ? toKeyFigures(summary.data).map(({ label, value, unit }) => ({ label, value, unit })) : undefined,
    [summary.data],
  );
  const corner = useCornerAwayFrom(name);
  return <TourCallout name={name} index={index} total={total} figures={figures} paused={paused} corner={corner} />;
}

/**
 * The map's top corner away from the named child's label, so the callout never covers the
 * child it describes (it sat top-left over whichever child was there).
 */
function useCornerAwayFrom(name: string): 'left' | 'right' {
  const [corner, setCorner] = useState<'left' | 'right'>('left');
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const place = () => {
      const map = document.querySelector('[data-testid="map"] .region-map__stage');
      const label = [...document.querySelectorAll('[data-testid="map"] .region-map__label')].find(
        (l) => l.textContent === name,
      );
      if (!map || !label) {
        // Labels are drawn with the map's data: look again for a second or so.
        if (tries++ < 60) frame = requestAnimationFrame(place);
        return;
      }
      const m = map.getBoundingClientRect();
      const l = label.getBoundingClientRect();
      setCorner(l.left + l.width / 2 < m.left + m.width / 2 ? 'right' : 'left');
    };
    place();
    return () => cancelAnimationFrame(frame);
  }, [name]);
  return corner;
}
