import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './providers';
import { Dashboard } from './dashboard';

/**
 * `client`: a query client already at work (main.tsx starts the first requests before React).
 * `signInProblem`: why an enrolment link did not sign this browser in (shown on the sign-in form).
 */
export function App({ client, signInProblem = null }: { client?: QueryClient; signInProblem?: string | null }) {
  return (
    <AppProviders client={client}>
      <Dashboard signInProblem={signInProblem} />
    </AppProviders>
  );
}
