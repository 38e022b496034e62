import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './providers';
import { Dashboard } from './dashboard';

/** `client`: a query client already at work (main.tsx starts the first requests before React). */
export function App({ client }: { client?: QueryClient }) {
  return (
    <AppProviders client={client}>
      <Dashboard />
    </AppProviders>
  );
}
