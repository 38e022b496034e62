#!/usr/bin/env node
// The ONE place that makes sure every system package the tests and the bench need is present,
// and installs what is missing from Debian when it can (root + apt-get). `npm test`,
// `npm run test:e2e`, `npm run bench` and `.ci/run` all call it, so a fresh machine needs
// nothing installed by hand (issue 13). Exit 0: ready. Exit 1: a required need is missing and
// this process cannot install it.
//
// To add a need, append to NEEDS: `check()` says whether it is there (true / false, or null
// when it cannot tell), `apt` names the Debian packages that provide it, `start()` (optional)
// brings up a service after install, `optional` needs only warn when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { postgresNeed } from './ensure-postgres.mjs';

const TAG = '[ensure-system]';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @typedef {{ id: string, why: string, apt: string[], check: () => boolean | null,
 *   start?: () => void, optional?: boolean, hint?: string }} Need */

/** @type {Need[]} */
const NEEDS = [
  {
    id: 'chromium',
    why: 'e2e tests and the bench drive a real Chromium',
    // A CHROMIUM_PATH of one's own is not Debian's to install.
    apt: process.env.CHROMIUM_PATH ? [] : ['chromium'],
    check: () => isExecutable(chromiumPath),
    hint: 'or point CHROMIUM_PATH at an existing Chromium/Chrome binary',
  },
  {
    id: 'cjk-font',
    why: 'screenshots and PDFs show 汉字 rather than boxes',
    apt: ['fonts-noto-cjk'],
    // fc-list comes with fontconfig, a dependency of chromium; without it we cannot tell.
    check: () => {
      const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
      if (r.error || r.status !== 0) return null;
      return r.stdout.trim().length > 0;
    },
    optional: true,
  },
  postgresNeed,
];

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`${TAG} apt-get install -y ${packages.join(' ')}`);
  execFileSync('apt-get', ['update', '-q'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
}

// A need whose check cannot tell (null) is installed along with others when apt runs anyway.
const states = NEEDS.map((need) => ({ need, present: need.check() }));
const missing = states.filter((s) => s.present === false);
const unknown = states.filter((s) => s.present === null);

const packages = [...new Set([...missing, ...unknown].flatMap((s) => s.need.apt))];
if (missing.length > 0 && packages.length > 0 && isRoot && hasApt) {
  try {
    aptInstall(packages);
  } catch (err) {
    console.error(`${TAG} apt-get failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  for (const s of [...missing, ...unknown]) s.present = s.need.check();
}

let failed = false;
for (const { need, present } of states) {
  if (present === false) {
    const how = need.apt.length
      ? `install it: sudo apt-get update && sudo apt-get install -y ${need.apt.join(' ')}`
      : 'install it';
    const line = `${TAG} missing ${need.id} (${need.why}); ${how}${need.hint ? `, ${need.hint}` : ''}.`;
    if (need.optional) console.warn(line);
    else {
      console.error(line);
      failed = true;
    }
    continue;
  }
  if (need.start) {
    try {
      need.start();
    } catch (err) {
      console.error(`${TAG} could not start ${need.id}: ${err instanceof Error ? err.message : String(err)}`);
      if (!need.optional) failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
