// @vitest-environment node
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import boundaries of eslint.config.js, run through ESLint's Node API with the project's
 * own config: source text linted as if it stood at `filePath` (the file need not exist; the
 * modules it imports must, so that the resolver finds them). Type information is switched off:
 * the project service reads files from disk, and the boundary rule does not need it.
 */
const TYPE_AWARE = [
  '@typescript-eslint/no-floating-promises',
  '@typescript-eslint/await-thenable',
  '@typescript-eslint/no-misused-promises',
  '@typescript-eslint/switch-exhaustiveness-check',
];
const BOUNDARY = 'import-x/no-restricted-paths';
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: Object.fromEntries(TYPE_AWARE.map((rule) => [rule, 'off'])),
    },
  });
});

async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === BOUNDARY || m.fatal).map((m) => m.message);
}

const uses = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

describe('lint keeps the rooms apart', { timeout: 180_000 }, () => {
  it('fails a feature that imports another feature', async () => {
    const messages = await boundaryMessages('src/features/map/fixture.ts', uses('@/features/ranking/ranking-model'));
    expect(messages).toEqual([expect.stringContaining('A feature must not import another feature')]);
  });

  it('passes a feature that imports its own modules and shared code', async () => {
    const code = `${uses('@/lib/period')}import { z } from './choropleth';\nimport { w } from '@/components/panel/stats';\nexport const v = [z, w];\n`;
    expect(await boundaryMessages('src/features/map/fixture.ts', code)).toEqual([]);
  });

  it('fails shared code that imports a feature or the app', async () => {
    expect(await boundaryMessages('src/lib/fixture.ts', uses('@/features/map/choropleth'))).toEqual([
      expect.stringContaining('Shared code must not depend on features'),
    ]);
    expect(await boundaryMessages('src/components/panel/fixture.ts', uses('@/app/panels'))).toEqual([
      expect.stringContaining('Shared code must not depend on features'),
    ]);
  });

  it('fails app code that imports mocks/ or server/, and lets the entry start the mock worker', async () => {
    expect(await boundaryMessages('src/app/fixture.ts', uses('@mocks/handlers'))).toEqual([
      expect.stringContaining('src/ must not import mocks/'),
    ]);
    expect(await boundaryMessages('src/app/fixture.ts', uses('../../server/config'))).toEqual([
      expect.stringContaining('never imports server code'),
    ]);
    expect(await boundaryMessages('src/main.tsx', `void import('@mocks/browser');\n`)).toEqual([]);
  });

  it('keeps mocks and server off the UI', async () => {
    expect(await boundaryMessages('mocks/fixture.ts', uses('@/features/map/choropleth'))).toEqual([
      expect.stringContaining('The mock API may use src/lib and src/api only'),
    ]);
    expect(await boundaryMessages('server/http/fixture.ts', uses('@/components/panel/stats'))).toEqual([
      expect.stringContaining('Server code may use'),
    ]);
    expect(await boundaryMessages('server/http/fixture.ts', uses('@/lib/period'))).toEqual([]);
  });

  it('lets tests import across rooms', async () => {
    expect(
      await boundaryMessages('src/features/map/fixture.test.ts', uses('@/features/ranking/ranking-model')),
    ).toEqual([]);
  });
});
