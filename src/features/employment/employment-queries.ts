import { queryOptions } from '@tanstack/react-query';
import { paths } from '@/api/endpoints';
import { EmploymentSchema } from '@/api/indicators';
import { api } from '@/lib/api-client';

export const employmentQueries = {
  detail: (code: string, period: string) =>
    queryOptions({
      queryKey: ['stats', 'employment', code, period],
      queryFn: ({ signal }) => api.get(paths.employment(code), EmploymentSchema, { signal, query: { period } }),
    }),
};
