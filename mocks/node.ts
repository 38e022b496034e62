import { setupServer } from 'msw/node';
import handlers from './handlers';

/** The mock API for Vitest: `server.listen({ onUnhandledRequest: 'error' })` in a setup file. */
export const server = setupServer(...handlers);
