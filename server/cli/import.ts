import { boundariesMain } from '../import/boundaries/cli';

// npm run import -- boundaries <file> […]   (docs/import.md)
// npm run import -- reports <file…>         (issue 16, H16b wires its command here)
const [command, ...rest] = process.argv.slice(2);
if (command === 'boundaries') {
  process.exitCode = await boundariesMain(rest);
} else {
  console.error('用法：npm run import -- boundaries <文件> [选项]（npm run import -- boundaries --help 查看选项）');
  process.exitCode = 2;
}
