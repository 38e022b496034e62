import { pathToFileURL } from 'node:url';
import { issueEnrolment, issueToken } from '../auth/authenticate';
import { databaseAuthStore } from '../auth/db-store';
import type { AuthStore } from '../auth/store';
import { ConfigError, loadConfig, loadServeConfig } from '../config';
import { DatabaseUnavailableError, openDatabase } from '../db/database';
import { migrateToLatest, SchemaError } from '../db/migrate';

/**
 * `npm run token -- create --name 综治中心大屏 | list | link <id> | revoke <id>`
 * (docs/deployment.md "Tokens"). Prints secrets once; only their hashes are stored.
 */
export const USAGE =
  '用法：npm run token -- create --name 名称 | list | link 编号 | revoke 编号\n' +
  '  create  生成访问令牌和一次性登录链接（只显示这一次）\n' +
  '  list    列出所有令牌（不显示令牌本身）\n' +
  '  link    为已有令牌生成新的一次性登录链接\n' +
  '  revoke  吊销令牌：其登录和未用的链接立即失效';

export class UsageError extends Error {}

const when = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16);

function tokenId(value: string | undefined): number {
  if (!value || !/^\d{1,9}$/.test(value))
    throw new UsageError(`令牌编号应为数字（见 npm run token -- list），收到“${value ?? ''}”`);
  return Number(value);
}

/** Runs one command against a store; returns the lines to print. */
export async function runTokenCommand(argv: readonly string[], store: AuthStore, publicUrl: string): Promise<string[]> {
  const [command, ...rest] = argv;
  const link = (code: string) => `${publicUrl}/#enrol=${code}`;
  switch (command) {
    case 'create': {
      const i = rest.indexOf('--name');
      const name = (i >= 0 ? rest[i + 1] : rest.find((a) => a.startsWith('--name='))?.slice(7))?.trim() ?? '';
      if (!name || name.length > 100)
        throw new UsageError('请用 --name 给令牌起一个 1–100 字的名称，如 --name 综治中心大屏');
      const issued = await issueToken(store, name);
      return [
        `已生成令牌 ${issued.record.id}（${name}）。以下内容只显示这一次，请妥善保存：`,
        `  访问令牌：${issued.token}`,
        `  一次性登录链接（${when(issued.enrolmentExpiresAt)} UTC 前有效，用一次即失效）：`,
        `  ${link(issued.enrolment)}`,
      ];
    }
    case 'list': {
      const tokens = await store.listTokens();
      if (tokens.length === 0) return ['还没有令牌。生成：npm run token -- create --name 名称'];
      return tokens.map(
        (t) =>
          `${t.id}\t${t.name}\t生成于 ${when(t.createdAt)}\t${t.revokedAt ? `已吊销 ${when(t.revokedAt)}` : '有效'}`,
      );
    }
    case 'link': {
      const id = tokenId(rest[0]);
      const token = (await store.listTokens()).find((t) => t.id === id);
      if (!token || token.revokedAt) throw new UsageError(`没有编号为 ${id} 的有效令牌`);
      const { enrolment, enrolmentExpiresAt } = await issueEnrolment(store, id);
      return [
        `令牌 ${id}（${token.name}）的一次性登录链接（${when(enrolmentExpiresAt)} UTC 前有效）：`,
        `  ${link(enrolment)}`,
      ];
    }
    case 'revoke': {
      const id = tokenId(rest[0]);
      if (!(await store.revokeToken(id, new Date()))) throw new UsageError(`没有编号为 ${id} 的有效令牌`);
      return [`已吊销令牌 ${id}：用它登录的屏幕须重新登录。`];
    }
    default:
      throw new UsageError(USAGE);
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const serve = loadServeConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const url = serve.publicUrl ?? `http://127.0.0.1:${config.port}`;
    for (const line of await runTokenCommand(process.argv.slice(2), databaseAuthStore(database.db), url))
      console.log(line);
  } finally {
    await database.close();
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    const known = [UsageError, ConfigError, SchemaError, DatabaseUnavailableError].some((E) => error instanceof E);
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  });
}
