import { parseArgs } from 'node:util';
import type { Database } from '../db/database';
import { importReports } from './db-writer';
import { ProgressBar } from './progress-bar';
import { formatError } from './report-errors';

const USAGE = `用法：npm run import -- reports <报表.xlsx|报表-表名.csv …>
  一次可导入多个文件；任何一处错误都整批不导入。重新导入某月会替换这些网格该月的数据。`;

/** `npm run import -- reports …`: prints every error (Chinese), or what was imported. Exit code 1 on refusal. */
export async function reportsMain(argv: string[], open: () => Promise<Database>): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', default: false } },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const database = await open();
  const bar = new ProgressBar('读取报表');
  const started = Date.now();
  try {
    const r = await importReports(database, positionals, { onProgress: (d, t) => bar.update(d, t) });
    bar.done();
    for (const n of r.notes) console.log(`提示：${n}`);
    if (!r.ok) {
      console.error(`发现 ${r.errorCount} 处错误，未导入任何数据（数据库保持原样）：`);
      for (const e of r.errors) console.error(`  ${formatError(e)}`);
      if (r.errorCount > r.errors.length) console.error(`  ……另有 ${r.errorCount - r.errors.length} 处错误未列出`);
      console.error('请改正后重新导入。');
      return 1;
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `已导入 ${r.gridMonths} 个网格月（${r.months[0] ?? ''} 至 ${r.months.at(-1) ?? ''}，${r.months.length} 个月），用时 ${secs} 秒；汇总已更新。`,
    );
    return 0;
  } finally {
    bar.done();
    await database.close();
  }
}
