import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries: the rooms of the code and which way imports may point. A zone forbids
 * `target` files to import from `from` (paths from the repository root; `except` is relative
 * to `from`). Every folder under src/features is a feature. docs/architecture.md draws the map.
 *
 *   shared   src/api, src/lib, src/config, src/components  imports no feature and no app
 *            (src/api, src/lib and src/config are not UI: they never import src/components)
 *   features src/features/<name>   imports shared, never another feature, never the app
 *   app      src/app, src/main.tsx  imports anything in src
 *   mocks    mocks/   the mock API: imports src/lib, src/api and server/answers only
 *   server   server/  Node only: imports src/lib, src/api, src/config, server/ and mocks/ (--demo)
 *   src never imports server/, nor mocks/ (but main.tsx's lazy mock worker), nor src/testing.
 *
 * Tests and test helpers (TEST_FILES) may import across rooms: a test of an export format
 * reads a feature's table, a panel test starts the mock server.
 */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const SHARED = ['./src/api', './src/lib', './src/config', './src/components'];
const APP = ['./src/app', './src/main.tsx'];
const UI = ['./src/features', './src/components', ...APP];

const zones = [
  { target: SHARED, from: ['./src/features', ...APP], message: 'Shared code must not depend on features or the app.' },
  {
    target: ['./src/api', './src/lib', './src/config'],
    from: './src/components',
    message: 'Domain, API and config code must not depend on UI components.',
  },
  { target: './src/features', from: APP, message: 'Features must not depend on the app.' },
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature must not import another feature: move what both need to src/lib or src/components.',
  })),
  { target: './src', from: './server', message: 'The browser app never imports server code.' },
  { target: './src', from: './src/testing', message: 'Test helpers are for tests only.' },
  {
    target: './mocks',
    from: './server',
    except: ['./answers'],
    message: 'The mock API may share only server/answers.',
  },
  { target: './mocks', from: [...UI, './src/testing'], message: 'The mock API may use src/lib and src/api only.' },
  {
    target: './server',
    from: [...UI, './src/testing'],
    message: 'Server code may use src/lib, src/api and src/config only.',
  },
];

const noMocksInSrc = {
  target: './src',
  from: './mocks',
  message: 'src/ must not import mocks/ outside tests (the mock API is a dev and demo tool).',
};

/** Tests, their helpers and benchmarks: exempt from the zones (see above). */
const TEST_FILES = [
  '**/*.test.{ts,tsx}',
  'src/testing/**',
  'server/testing/**',
  'server/http/test-app.ts',
  'server/reports/test-workbooks.ts',
  'mocks/node.ts',
  'mocks/test-fixtures.ts',
  'tests/**',
  'bench/**',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/mockServiceWorker.js', 'coverage', 'bench/results', 'data'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject markup: names come from data.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never inject markup: names come from data.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'server/**/*.ts'],
    ignores: [...TEST_FILES, 'src/main.tsx'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...zones, noMocksInSrc] }] },
  },
  {
    // The entry starts the mock worker (a lazy chunk) when the build asks for the mock API.
    files: ['src/main.tsx'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...zones, { ...noMocksInSrc, except: ['./browser.ts'] }] }],
    },
  },
  {
    // Type-aware rules that cost little: promises nobody awaits or handles, awaits of
    // non-promises, switches over a union that forget a member (a `default` covers the rest).
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'server/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**', 'mocks/**', 'server/**', '**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
);
