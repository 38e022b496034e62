import { queryOptions } from '@tanstack/react-query';
import { paths } from '@/api/endpoints';
import { EthnicSchema } from '@/api/indicators';
import { api } from '@/lib/api-client';

export const ethnicQueries = {
  detail: (code: string, period: string) =>
    queryOptions({
      queryKey: ['stats', 'ethnic', code, period],
      queryFn: ({ signal }) => api.get(paths.ethnic(code), EthnicSchema, { signal, query: { period } }),
    }),
};
