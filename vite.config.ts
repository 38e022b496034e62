import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/csp-plugin.ts';
import { firstScreenPlugin } from './scripts/first-screen-plugin.ts';
import { paths } from './src/api/endpoints.ts';

export default defineConfig({
  // cspPlugin: the production build's Content-Security-Policy (docs/security.md).
  // firstScreenPlugin: preloads of the lazy first-screen chunks and the catalogue (docs/performance.md).
  plugins: [react(), cspPlugin(), firstScreenPlugin({ catalogPath: paths.meta() })],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The report of first-screen bytes (bench) reads this manifest.
    manifest: true,
    chunkSizeWarningLimit: 800,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'server/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    testTimeout: 20_000,
  },
});
