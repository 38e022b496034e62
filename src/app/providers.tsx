import { QueryClientProvider } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useState, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { config } from '@/config/env';
import { createQueryClient } from '@/lib/query-client';
import { createPersistOptions } from '@/lib/query-persister';

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  // The last good data is restored before the first query runs, so a screen reloaded during
  // an outage shows it (with the connection notice) instead of an empty page.
  const [persistOptions] = useState(() => createPersistOptions(config.apiBaseUrl ?? config.apiSource));
  if (!persistOptions) return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return (
    <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions}>
      {children}
    </PersistQueryClientProvider>
  );
}
