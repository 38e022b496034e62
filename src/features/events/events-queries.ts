import { queryOptions } from '@tanstack/react-query';
import { paths } from '@/api/endpoints';
import { EventsSchema } from '@/api/indicators';
import { api } from '@/lib/api-client';

export const eventsQueries = {
  detail: (code: string, period: string) =>
    queryOptions({
      queryKey: ['stats', 'events', code, period],
      queryFn: ({ signal }) => api.get(paths.events(code), EventsSchema, { signal, query: { period } }),
    }),
};
