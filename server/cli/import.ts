import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { boundariesMain } from '../import/boundaries/cli';
import { reportsMain } from '../reports/import-cli';

/**
 * `npm run import -- <kind> …`: the import commands (docs/import.md).
 *   npm run import -- boundaries <file> […]
 *   npm run import -- reports <file…>
 */
const [kind, ...rest] = process.argv.slice(2);

async function open() {
  const database = await openDatabase(loadConfig());
  await migrateToLatest(database.db);
  return database;
}

async function main(): Promise<number> {
  switch (kind) {
    case 'boundaries':
      return boundariesMain(rest);
    case 'reports':
      return reportsMain(rest, open);
    default:
      console.error(
        '用法：npm run import -- boundaries <文件> [选项] 或 npm run import -- reports <文件…>（见 docs/import.md）',
      );
      return 2;
  }
}

process.exitCode = await main();
