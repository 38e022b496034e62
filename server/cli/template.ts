import { templateMain } from '../reports/template-cli';

// The grids come from the database's region tree once it is imported (server/db); until the
// database layer is wired, only --demo works.
process.exitCode = await templateMain(process.argv.slice(2), null);
