import { setupWorker } from 'msw/browser';
import handlers from './handlers';

let started: Promise<void> | null = null;

/**
 * Starts the in-browser mock API (Service Worker, or MSW's in-page fallback where the page
 * has no Service Worker, e.g. plain HTTP on an intranet IP). A second call returns the first
 * call's promise: React StrictMode runs effects twice, and MSW must start once.
 */
export async function startMockWorker(): Promise<void> {
  started ??= setupWorker(...handlers)
    .start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } })
    .then(
      () => undefined,
      (error: unknown) => {
        started = null; // let a later call try again
        throw error;
      },
    );
  await started;
}
