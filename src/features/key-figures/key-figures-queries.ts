import { queryOptions } from '@tanstack/react-query';
import { paths } from '@/api/endpoints';
import { SummarySchema } from '@/api/indicators';
import { api } from '@/lib/api-client';

export const keyFigureQueries = {
  summary: (code: string, period: string) =>
    queryOptions({
      queryKey: ['stats', 'summary', code, period],
      queryFn: ({ signal }) => api.get(paths.summary(code), SummarySchema, { signal, query: { period } }),
    }),
};
