/**
 * First-screen bytes: the JS and CSS a browser must fetch before the app can start, found by
 * following what index.html loads (module scripts, stylesheets, modulepreload links) and, via
 * Vite's manifest, every static import of those chunks recursively. Dynamic imports (lazy
 * panels, the MSW mock) are not first-screen and are left out.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Bytes of one kind of file. */
export interface Bytes {
  /** bytes on disk */
  raw: number;
  /** bytes after gzip at zlib's default level (what a typical server sends) */
  gzip: number;
  files: string[];
}

export interface BundleReport {
  /** JS and CSS the first screen needs (static graph only). */
  firstScreen: { js: Bytes; css: Bytes };
  /** Everything emitted, lazy chunks included, for context. */
  all: { js: Bytes; css: Bytes };
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    const name = m[1];
    if (name) out[name.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Paths (relative to distDir) that index.html itself loads. */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(TAG)) {
    const attrs = attributes(m[2] ?? '');
    let url: string | undefined;
    if (m[1]?.toLowerCase() === 'script') url = attrs.src;
    else if (/\b(stylesheet|modulepreload)\b/i.test(attrs.rel ?? '')) url = attrs.href;
    if (!url || /^(https?:)?\/\//i.test(url) || url.startsWith('data:')) continue;
    refs.push(url.replace(/^\.?\//, '').split(/[?#]/)[0] ?? '');
  }
  return refs.filter(Boolean);
}

/** Adds a chunk, its CSS and its static imports (recursively) to `files`. */
function addStaticGraph(manifest: Manifest, key: string, files: Set<string>, seen: Set<string>): void {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imp of chunk.imports ?? []) addStaticGraph(manifest, imp, files, seen);
}

export function measure(distDir: string, files: string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(distDir, f));
    raw += buf.length;
    gzip += gzipSync(buf).length;
  }
  return { raw, gzip, files: [...files].sort() };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function bundleReport(distDir: string): BundleReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const manifestPath = join(distDir, '.vite/manifest.json');
  const manifest: Manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));

  const files = new Set<string>();
  const seen = new Set<string>();
  for (const ref of htmlReferences(html)) {
    files.add(ref);
    const key = byFile.get(ref);
    if (key) addStaticGraph(manifest, key, files, seen);
  }
  const existing = [...files].filter((f) => existsSync(join(distDir, f)));
  const firstScreen = {
    js: measure(
      distDir,
      existing.filter((f) => /\.m?js$/.test(f)),
    ),
    css: measure(
      distDir,
      existing.filter((f) => f.endsWith('.css')),
    ),
  };

  // Everything in the build except the MSW service worker script, which only mock mode uses.
  const emitted = walk(distDir)
    .map((p) => relative(distDir, p))
    .filter((f) => !f.startsWith('.vite') && f !== 'mockServiceWorker.js');
  const all = {
    js: measure(
      distDir,
      emitted.filter((f) => ['.js', '.mjs'].includes(extname(f))),
    ),
    css: measure(
      distDir,
      emitted.filter((f) => extname(f) === '.css'),
    ),
  };
  return { firstScreen, all };
}
