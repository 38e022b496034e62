// The local PostgreSQL server the database tests use (server/testing): Debian's `postgresql`
// package, its cluster started, and a superuser role for the current user so each test file
// can create and drop its own database over the Unix socket. One entry of ensure-system.mjs's
// NEEDS. With SHILIU_TEST_POSTGRES_URL the tests use that server and nothing is set up here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';

const SOCKET_DIR = '/var/run/postgresql';

function run(cmd, args, input) {
  return spawnSync(cmd, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], input });
}

function reachable(user) {
  const r = run('psql', ['-h', SOCKET_DIR, '-U', user, '-d', 'postgres', '-Atc', 'select 1']);
  return !r.error && r.status === 0 && r.stdout.trim() === '1';
}

/** Clusters as [{ version, name, status }] from Debian's pg_lsclusters. */
function clusters() {
  const r = run('pg_lsclusters', ['-h']);
  if (r.error || r.status !== 0) return [];
  return r.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [version, name, , status] = line.split(/\s+/);
      return { version, name, status };
    });
}

function inherit(cmd, args) {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Starts the cluster and creates the role when needed; throws when PostgreSQL stays unreachable. */
function start() {
  if (process.env.SHILIU_TEST_POSTGRES_URL) return;
  const user = userInfo().username;
  if (reachable(user)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `PostgreSQL is not reachable as ${user}; as root: pg_ctlcluster 15 main start && ` +
        `runuser -u postgres -- createuser -s ${user} (or set SHILIU_TEST_POSTGRES_URL)`,
    );
  }
  let list = clusters();
  if (list.length === 0) {
    // The package normally creates one; a purged cluster is made again.
    const version = readdirSync('/usr/lib/postgresql').sort().at(-1);
    if (!version) throw new Error('postgresql is installed but /usr/lib/postgresql is empty');
    console.log(`[ensure-system] pg_createcluster ${version} main`);
    inherit('pg_createcluster', [version, 'main']);
    list = clusters();
  }
  const cluster = list.find((c) => c.name === 'main') ?? list[0];
  if (cluster && cluster.status !== 'online') {
    console.log(`[ensure-system] pg_ctlcluster ${cluster.version} ${cluster.name} start`);
    inherit('pg_ctlcluster', [cluster.version, cluster.name, 'start']);
  }
  // The name goes in as a psql variable (:'u' quotes it), not spliced into the SQL.
  const role = run(
    'runuser',
    ['-u', 'postgres', '--', 'psql', '-At', '-v', `u=${user}`],
    "select 1 from pg_roles where rolname = :'u';\n",
  );
  if (role.stdout.trim() !== '1') {
    console.log(`[ensure-system] createuser -s ${user}`);
    inherit('runuser', ['-u', 'postgres', '--', 'createuser', '-s', user]);
  }
  if (!reachable(user)) throw new Error(`PostgreSQL was started but is not reachable over ${SOCKET_DIR}`);
}

/** @type {import('./ensure-system.mjs').Need} */
export const postgresNeed = {
  id: 'postgresql',
  why: 'database tests run on PostgreSQL as well as the embedded PGlite',
  apt: ['postgresql'],
  check: () => Boolean(process.env.SHILIU_TEST_POSTGRES_URL) || existsSync('/usr/bin/pg_lsclusters'),
  start,
  hint: 'or set SHILIU_TEST_POSTGRES_URL=postgres://user@host/postgres',
};
