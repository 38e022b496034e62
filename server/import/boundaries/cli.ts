import { parseArgs } from 'node:util';
import { ConfigError, describeDatabase, loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import type { BoundaryImportReport } from './import-boundaries';
import { importBoundaries } from './import-boundaries';

const USAGE = `用法：npm run import -- boundaries <文件.geojson|文件.zip|文件.shp> [选项]
  --crs <坐标系>         wgs84、gcj02、cgcs2000（EPSG:4490）或 EPSG:4513–4554；默认读 .prj，没有则为 wgs84
  --code-field <属性名>  编码所在的属性（默认自动识别 code、编码、区划代码…）
  --name-field <属性名>  名称所在的属性（默认自动识别 name、名称…）
  --codes <代码表.csv>   上级区域的代码和名称（代码,名称[,简称]），用于由网格合并出社区、乡镇、县
  --dry-run             只检查，不写入数据库`;

/** Lines that are printed at most, per severity; the import log keeps the rest. */
const MAX_LINES = 200;

function printReport(r: BoundaryImportReport, print: (line: string) => void): void {
  const errors = r.issues.filter((i) => i.severity === 'error');
  const warnings = r.issues.filter((i) => i.severity === 'warning');
  for (const [title, list] of [
    ['错误', errors],
    ['提示', warnings],
  ] as const) {
    if (list.length === 0) continue;
    print(`${title}（${list.length}）：`);
    for (const issue of list.slice(0, MAX_LINES)) print(`  - ${issue.message}`);
    if (list.length > MAX_LINES) print(`  …… 还有 ${list.length - MAX_LINES} 条，见导入日志 #${r.importId}`);
  }
  const c = r.regions;
  const counts = `县 ${c.county}、乡镇 ${c.town}、社区/村 ${c.community}、网格 ${c.grid}${c.building ? `、楼栋 ${c.building}` : ''}（其中 ${c.dissolved} 个由下级合并生成）`;
  if (r.result === 'ok') print(`导入完成：${r.file}，${counts}，坐标系 ${r.crs}。`);
  else if (r.result === 'dry-run') print(`试运行通过：${r.file}，${counts}，坐标系 ${r.crs ?? '—'}。未写入数据库。`);
  else print(`未导入：${r.file} 有 ${errors.length} 处错误，数据库保持原样。请修正后重新导入。`);
}

/** Runs the boundaries import from command-line arguments; returns the exit code. */
export async function boundariesMain(args: string[], print = console.log, printError = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        crs: { type: 'string' },
        'code-field': { type: 'string' },
        'name-field': { type: 'string' },
        codes: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    printError(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (parsed.values.help || !file || extra.length > 0) {
    (parsed.values.help ? print : printError)(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      printError(err.message);
      return 2;
    }
    throw err;
  }
  print(`数据库：${describeDatabase(config)}`);
  const database = await openDatabase(config);
  try {
    const report = await importBoundaries(database.db, config, {
      file,
      crs: parsed.values.crs,
      codeField: parsed.values['code-field'],
      nameField: parsed.values['name-field'],
      codes: parsed.values.codes,
      dryRun: parsed.values['dry-run'],
      onProgress: (step) => print(`… ${step}`),
    });
    printReport(report, print);
    return report.result === 'refused' ? 1 : 0;
  } finally {
    await database.close();
  }
}
