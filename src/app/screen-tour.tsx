import { useQuery } from '@tanstack/react-query';
import { regionQueries } from '@/api/queries';
import { useMemo } from 'react';
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
  return <TourCallout name={name} index={index} total={total} figures={figures} paused={paused} />;
}
