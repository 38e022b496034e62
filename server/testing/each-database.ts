import { afterAll, beforeAll, describe } from 'vitest';
import type { Engine, TestDatabase, TestDatabaseOptions } from './test-databases';
import { createTestDatabase, ENGINES } from './test-databases';

/**
 * Runs a suite once per engine (PGlite, then PostgreSQL) on its own fresh database:
 *
 *     describeEachDatabase('region tree', (t) => {
 *       it('…', async () => { await t().db.selectFrom('region')… });
 *     });
 *
 * `t()` is valid inside tests and hooks. SHILIU_TEST_ENGINES=pglite limits the engines
 * (for a quick local run); CI runs both.
 */
export function describeEachDatabase(
  title: string,
  suite: (t: () => TestDatabase, engine: Engine) => void,
  options: TestDatabaseOptions = {},
): void {
  const only = process.env.SHILIU_TEST_ENGINES?.split(',').map((s) => s.trim());
  const engines = ENGINES.filter((e) => !only || only.includes(e));
  describe.each(engines)(`${title} [%s]`, (engine) => {
    let current: TestDatabase | null = null;
    beforeAll(async () => {
      current = await createTestDatabase(engine, options);
    }, 60_000);
    afterAll(async () => {
      await current?.drop();
    }, 60_000);
    suite(() => {
      if (!current) throw new Error(`test database (${engine}) is not ready`);
      return current;
    }, engine);
  });
}
