import { queryOptions } from '@tanstack/react-query';
import { paths } from '@/api/endpoints';
import { DisputesSchema } from '@/api/indicators';
import { api } from '@/lib/api-client';

export const disputesQueries = {
  detail: (code: string, period: string) =>
    queryOptions({
      queryKey: ['stats', 'disputes', code, period],
      queryFn: ({ signal }) => api.get(paths.disputes(code), DisputesSchema, { signal, query: { period } }),
    }),
};
