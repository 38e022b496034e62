import { useQuery } from '@tanstack/react-query';
import { regionQueries } from '@/api/queries';
import { useChildValues, type ChildMetricQuery } from '@/lib/use-child-values';
import { gridQueries } from './grid-queries';

/**
 * What the map draws for a region: its children, or with `allGrids` every grid below it
 * (显示全部网格), each with the values of the chosen metric. The old colours stay while another
 * metric or period loads, but never another region's or another level's.
 */
export function useMapSource(code: string, metric: string, period: string, allGrids: boolean) {
  const boundaries = useQuery(allGrids ? gridQueries.boundaries(code) : regionQueries.boundaries(code));
  // Both factories describe the same ChildMetric query; only key, URL and sharing differ.
  const query: ChildMetricQuery = allGrids
    ? gridQueries.metric(code, metric, period)
    : regionQueries.childMetric(code, metric, period);
  return { boundaries, values: useChildValues(query, metric, code) };
}
