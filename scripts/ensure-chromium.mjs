#!/usr/bin/env node
// Makes sure a Chromium for the e2e tests and the bench is present (Debian's `chromium`
// package) together with CJK fonts, so that screenshots show 汉字 rather than boxes.
// Exit 0: ready. Exit 1: missing and this process cannot install it (not root / no apt-get).
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCjkFont() {
  // fc-list comes with fontconfig, a dependency of chromium; without it we cannot tell.
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return r.stdout.trim().length > 0;
}

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`[ensure-chromium] apt-get install -y ${packages.join(' ')}`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

const missing = [];
if (!isExecutable(chromiumPath)) missing.push('chromium');
const cjk = hasCjkFont();
if (cjk === false) missing.push('fonts-noto-cjk');

if (missing.length === 0) {
  process.exit(0);
}

if (missing.includes('chromium') && process.env.CHROMIUM_PATH) {
  console.error(`[ensure-chromium] CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`);
  process.exit(1);
}

if (isRoot && hasApt) {
  try {
    aptInstall(cjk === null && missing.includes('chromium') ? [...missing, 'fonts-noto-cjk'] : missing);
  } catch (err) {
    console.error(`[ensure-chromium] apt-get failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  if (!isExecutable(chromiumPath)) {
    console.error(`[ensure-chromium] chromium was installed but ${chromiumPath} is still missing.`);
    process.exit(1);
  }
  process.exit(0);
}

if (!missing.includes('chromium')) {
  // Only the fonts are missing: tests still run, screenshots just show boxes for 汉字.
  console.warn('[ensure-chromium] No CJK font found; screenshots will not show Chinese text.');
  console.warn('[ensure-chromium]   Install it with: sudo apt-get install -y fonts-noto-cjk');
  process.exit(0);
}

console.error(`[ensure-chromium] Chromium not found at ${chromiumPath}.`);
console.error('[ensure-chromium] Install it (Debian/Ubuntu):');
console.error('[ensure-chromium]   sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk');
console.error('[ensure-chromium] or point CHROMIUM_PATH at an existing Chromium/Chrome binary.');
process.exit(1);
