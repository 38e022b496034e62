import { resolve } from 'node:path';

/**
 * The server's and the import's settings, read once from the environment and checked.
 * Every variable is listed in README ("Configuration") and docs/database.md. A bad value
 * stops the process with a message naming the variable, the value and what is expected.
 */
export interface ServerConfig {
  /** HTTP port (0 = any free port, used by tests). */
  port: number;
  /** Folder of the embedded database (PGlite) and its lock file. Ignored with `databaseUrl`. */
  dataDir: string;
  /** `postgres://…` to use a PostgreSQL server instead of the embedded database. */
  databaseUrl: string | null;
  /** Largest file the import reads, in bytes (GeoJSON, zip, workbook). */
  maxImportBytes: number;
  /** Largest total a zip may unpack to, in bytes (zip bomb guard). */
  maxUnzippedBytes: number;
  /** Largest number of features one boundaries file may hold. */
  maxFeatures: number;
}

/** A setting that cannot be used; `message` is the Chinese text shown to the user. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const MB = 1024 * 1024;

function integer(env: Env, name: string, fallback: number, min: number, max: number, unit = ''): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `环境变量 ${name}=“${raw}”无效：应为 ${min}–${max} 之间的整数${unit}`);
  }
  return Number(raw);
}

function databaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL',
      `环境变量 DATABASE_URL 不是有效的地址：应形如 postgres://用户@主机:5432/数据库名`,
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    // The value is not echoed: it may carry a password.
    throw new ConfigError(
      'DATABASE_URL',
      `环境变量 DATABASE_URL 的协议“${url.protocol}”不受支持：应以 postgres:// 或 postgresql:// 开头`,
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database && !url.searchParams.get('host')) {
    throw new ConfigError(
      'DATABASE_URL',
      '环境变量 DATABASE_URL 缺少数据库名：应形如 postgres://用户@主机:5432/数据库名',
    );
  }
  return raw;
}

/** Reads and checks the settings; throws ConfigError with a Chinese message for a bad one. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): ServerConfig {
  const dir = env.SHILIU_DATA_DIR?.trim();
  return {
    port: integer(env, 'PORT', 8787, 0, 65535),
    dataDir: resolve(cwd, dir ? dir : 'data'),
    databaseUrl: databaseUrl(env),
    maxImportBytes: integer(env, 'SHILIU_MAX_IMPORT_MB', 512, 1, 16384, '（MB）') * MB,
    maxUnzippedBytes: integer(env, 'SHILIU_MAX_UNZIPPED_MB', 2048, 1, 65536, '（MB）') * MB,
    maxFeatures: integer(env, 'SHILIU_MAX_FEATURES', 500_000, 1, 10_000_000, '（个）'),
  };
}

/** Where the data lives, for start-up lines and logs (never the password of a URL). */
export function describeDatabase(config: ServerConfig): string {
  if (!config.databaseUrl) return `内嵌数据库（PGlite）：${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  return `PostgreSQL：${host}${url.port ? `:${url.port}` : ''}/${decodeURIComponent(url.pathname.replace(/^\//, ''))}`;
}
