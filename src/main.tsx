import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadParts } from './app/part-loaders';
import { prefetchStartView } from './app/scene-prefetch';
import { createQueryClient } from './lib/query-client';
import { config, usesMockApi } from './config/env';
import { consumeEnrolmentLink } from './features/sign-in/session';
import './app/theme.css';
import './app/base.css';

async function enableMockApi(): Promise<void> {
  if (!usesMockApi) return;
  // Lazy: the mock layer (MSW + generator) is a separate chunk, never loaded when a real API
  // is configured. The worker must be running before the first request, or MSW lets it through.
  const { startMockWorker } = await import('@mocks/browser');
  await startMockWorker();
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root missing from index.html');
const root = createRoot(rootElement);
const queryClient = createQueryClient();
preloadParts();

/** An enrolment link (`/#enrol=…`) signs in before the first request, so that one carries the cookie. */
async function enrol(): Promise<string | null> {
  if (config.apiSource !== 'same-origin') return null;
  return consumeEnrolmentLink(window.location, window.history);
}

let signInProblem: string | null = null;
void Promise.all([
  enableMockApi().catch((error: unknown) => {
    console.error('Mock API failed to start', error);
  }),
  enrol().then((problem) => (signInProblem = problem)),
]).finally(() => {
  prefetchStartView(queryClient);
  root.render(
    <StrictMode>
      <App client={queryClient} signInProblem={signInProblem} />
    </StrictMode>,
  );
});
