import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { gridsFromDatabase } from '../reports/grid-source';
import { templateMain } from '../reports/template-cli';

/** `npm run template -- --out 报表.xlsx [--months …]`: grids from the database's region tree. */
process.exitCode = await templateMain(process.argv.slice(2), {
  async grids() {
    const database = await openDatabase(loadConfig());
    try {
      await migrateToLatest(database.db);
      return await gridsFromDatabase(database.db);
    } finally {
      await database.close();
    }
  },
});
