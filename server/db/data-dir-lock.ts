import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one process's database: two processes opening the same folder would corrupt it.
 * A lock file with the owner's pid keeps a second one out; a lock left by a process that is
 * gone (killed with kill -9) is taken over.
 */
export class DataDirBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dir} 正被另一个 Shiliu 进程（pid ${pid}）使用。内嵌数据库同一时间只能由一个进程打开：` +
        '请先停止该进程（如正在运行的 npm run serve 或导入），或改用 PostgreSQL（DATABASE_URL）。',
    );
    this.name = 'DataDirBusyError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock; returns the release function. */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'shiliu.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new DataDirBusyError(dir, owner);
      }
      rmSync(file, { force: true }); // stale: its owner is gone
    }
  }
  throw new Error(`could not take the lock ${file}`);
}
