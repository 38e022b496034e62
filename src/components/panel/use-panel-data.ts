import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Meta } from '@/api/meta';
import { metaQueries } from '@/api/queries';
import { formatPeriod } from '@/lib/period';
import type { TableModel } from '@/components/table/table-model';
import type { Compared } from './compared';
import type { PanelProps } from './panel';
import { useComparisons } from './use-comparisons';

interface PanelDataOptions<T, K extends QueryKey> {
  /** The panel's query factory (api/queries.ts panelQueries). */
  query: (code: string, period: string) => UseQueryOptions<T, Error, T, K>;
  code: string;
  period: string;
  /** What the data is called in an error message, e.g. 就业安置数据. */
  label: string;
  /** Load the previous period and the same period last year too (false: the current one only). */
  compare?: boolean;
  /** The exact numbers behind the panel (table view and exports); a stable function. */
  toTable(data: T, meta: Meta, currentLabel: string, compared: readonly Compared<T>[]): TableModel;
  /** True when loaded but there is nothing to show; a stable function. */
  isEmpty(data: T): boolean;
}

/**
 * What every indicator panel opens with: its query and the code tables, the comparison
 * periods' data, the table model, and the props that wire them into `<Panel>`. The body is
 * rendered from `loaded` once both queries have data.
 */
export function usePanelData<T, K extends QueryKey>(options: PanelDataOptions<T, K>) {
  const { query, code, period, label, compare = true, toTable, isEmpty } = options;
  const data = useQuery(query(code, period));
  const meta = useQuery(metaQueries.all());
  const { periods, compared } = useComparisons(query, code, period, meta.data, compare);
  const currentLabel = periods?.current.label ?? formatPeriod(period);
  const table = useMemo(
    () => (data.data && meta.data ? toTable(data.data, meta.data, currentLabel, compared) : null),
    [data.data, meta.data, currentLabel, compared, toTable],
  );
  const loaded = data.data !== undefined && meta.data ? { data: data.data, meta: meta.data } : null;
  const panel = {
    period,
    code,
    table,
    periodLabel: currentLabel,
    basis: compared.map((c) => c.cmp.basis),
    sources: [
      { label, query: data },
      { label: '代码表', query: meta },
    ],
    isEmpty: data.data !== undefined ? isEmpty(data.data) : false,
  } satisfies Partial<PanelProps>;
  return { loaded, compared, currentLabel, panel };
}
