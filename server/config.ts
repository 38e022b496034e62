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

/** `SHILIU_AUTH`: see docs/deployment.md "Tokens". */
export type AuthSetting = 'auto' | 'required' | 'off';

/** What `npm run serve` adds to ServerConfig (docs/deployment.md "Server settings"). */
export interface ServeConfig {
  /** Address to listen on. */
  host: string;
  /** The built dashboard. */
  distDir: string;
  auth: AuthSetting;
  /** Origins allowed to read the API from another origin (CORS). */
  corsOrigins: string[];
  /** CSP `frame-ancestors` sources. */
  frameAncestors: string;
  /** Reverse proxies whose X-Forwarded-* are believed: true, a comma-separated address list, or false. */
  trustProxy: boolean | string;
  rateLimitPerMinute: number;
  /** true/false forces the session cookie's Secure flag; undefined: Secure over https. */
  secureCookie: boolean | undefined;
  /** The address people open (for enrolment links); null → http://127.0.0.1:PORT. */
  publicUrl: string | null;
}

function origin(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `环境变量 ${name} 中的“${raw}”不是有效的地址：应形如 https://主机[:端口]`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== raw.replace(/\/$/, '')) {
    throw new ConfigError(name, `环境变量 ${name} 中的“${raw}”应只含协议、主机和端口，如 https://portal.example.cn`);
  }
  return url.origin;
}

function choice<T extends string>(env: Env, name: string, options: readonly T[], fallback: T): T {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (!(options as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `环境变量 ${name}=“${raw}”无效：应为 ${options.join('、')} 之一`);
  }
  return raw as T;
}

/** Reads and checks the settings of `npm run serve`; throws ConfigError like loadConfig. */
export function loadServeConfig(env: Env = process.env, cwd: string = process.cwd()): ServeConfig {
  const host = env.SHILIU_HOST?.trim() || '127.0.0.1';
  if (!/^[0-9A-Za-z.:_-]+$/.test(host)) {
    throw new ConfigError('SHILIU_HOST', `环境变量 SHILIU_HOST=“${host}”无效：应为 IP 地址或主机名，如 0.0.0.0`);
  }
  const list = (name: string) =>
    (env[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const frame = list('SHILIU_FRAME_ANCESTORS');
  const proxy = env.SHILIU_TRUST_PROXY?.trim();
  if (proxy && proxy !== 'true' && !/^[0-9A-Fa-f.:/,\s]+$/.test(proxy)) {
    throw new ConfigError(
      'SHILIU_TRUST_PROXY',
      '环境变量 SHILIU_TRUST_PROXY 应为 true 或以逗号分隔的代理地址（如 127.0.0.1）',
    );
  }
  const secure = choice(env, 'SHILIU_COOKIE_SECURE', ['true', 'false', 'auto'], 'auto');
  const publicUrl = env.SHILIU_PUBLIC_URL?.trim();
  return {
    host,
    distDir: resolve(cwd, env.SHILIU_DIST_DIR?.trim() || 'dist'),
    auth: choice(env, 'SHILIU_AUTH', ['auto', 'required', 'off'], 'auto'),
    corsOrigins: list('SHILIU_CORS_ORIGINS').map((o) => origin('SHILIU_CORS_ORIGINS', o)),
    frameAncestors:
      frame.length === 0 || (frame.length === 1 && frame[0] === "'none'")
        ? "'none'"
        : frame.map((o) => (o === "'self'" ? o : origin('SHILIU_FRAME_ANCESTORS', o))).join(' '),
    trustProxy: !proxy ? false : proxy === 'true' ? true : proxy,
    rateLimitPerMinute: integer(env, 'SHILIU_RATE_LIMIT', 1200, 10, 1_000_000, '（次/分钟）'),
    secureCookie: secure === 'auto' ? undefined : secure === 'true',
    publicUrl: publicUrl ? origin('SHILIU_PUBLIC_URL', publicUrl) : null,
  };
}
