import { parseArgs } from 'node:util';
import { getDataset } from '@mocks/generator/dataset';
import { demoFactsOf, demoGrids } from './demo-facts';
import { currentMonth, parseMonthsArg, previousMonth } from './months-arg';
import type { TemplateGrid } from './template-writer';
import { writeTemplate } from './template-writer';

/**
 * `npm run template -- --out 报表.xlsx [--months 2026-01..2026-11]`: the monthly report
 * workbook pre-filled with every grid of the region tree (and a CSV per sheet beside it).
 * `--demo` takes the demo county's grids instead and fills in its numbers (the sample
 * workbook of docs/import.md is made so).
 */

const USAGE = `用法：npm run template -- --out <文件.xlsx> [--months 2026-01..2026-11] [--no-csv] [--demo]
  --out      输出的工作簿（.xlsx）；同目录下另写每张表的 CSV（<文件>-<表名>.csv）
  --months   填报月份或月份区间，默认上个月
  --no-csv   不写 CSV
  --demo     用演示县的网格并填入演示数据（示例、测试用）`;

export interface GridSource {
  grids(): Promise<TemplateGrid[]>;
}

export async function templateMain(argv: string[], source: GridSource | null): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        months: { type: 'string' },
        'no-csv': { type: 'boolean', default: false },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (args.help || !args.out) {
    console.error(USAGE);
    return args.help ? 0 : 2;
  }
  if (!/\.xlsx$/i.test(args.out)) {
    console.error(`输出文件“${args.out}”应以 .xlsx 结尾`);
    return 2;
  }
  const months = args.months ? parseMonthsArg(args.months) : [previousMonth(currentMonth())];
  if (!months) {
    console.error(`--months “${args.months}”格式不正确，应为 2026-11 或 2026-01..2026-11（不超过 120 个月）`);
    return 2;
  }
  let grids: TemplateGrid[];
  let values;
  if (args.demo) {
    const ds = getDataset();
    grids = demoGrids(ds);
    values = demoFactsOf(ds);
  } else {
    if (!source) {
      console.error('没有区划库：请先导入边界（npm run import -- boundaries <文件>），或用 --demo 生成演示模板');
      return 1;
    }
    grids = await source.grids();
    if (grids.length === 0) {
      console.error('区划库中没有网格：请先导入边界（npm run import -- boundaries <文件>）');
      return 1;
    }
  }
  const written = await writeTemplate(args.out, { grids, months, csv: !args['no-csv'], ...(values ? { values } : {}) });
  console.log(`已写出 ${grids.length} 个网格 × ${months.length} 个月（${months[0]} 至 ${months.at(-1)}）：`);
  for (const f of written) console.log(`  ${f}`);
  return 0;
}
