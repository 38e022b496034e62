import { useQuery } from '@tanstack/react-query';
import { regionQueries } from '@/api/queries';
import { gridQueries } from './grid-queries';

/**
 * What the map draws for a region: its children, or with `allGrids` every grid below it
 * (显示全部网格), each with the values of the chosen metric.
 */
export function useMapSource(code: string, metric: string, period: string, allGrids: boolean) {
  const boundaries = useQuery(allGrids ? gridQueries.boundaries(code) : regionQueries.boundaries(code));
  // Both factories describe the same ChildMetric query; only key, URL and sharing differ.
  const options: ReturnType<typeof regionQueries.childMetric> = allGrids
    ? gridQueries.metric(code, metric, period)
    : regionQueries.childMetric(code, metric, period);
  const values = useQuery({
    ...options,
    // Keep the old colours while another metric or period loads, but never another region's
    // or another level's (the key's second part tells children from all grids).
    placeholderData: (previous, query) =>
      previous?.code === code && query?.queryKey[1] === (allGrids ? 'grid-metric' : 'child-metric')
        ? previous
        : undefined,
  });
  return { boundaries, values };
}
