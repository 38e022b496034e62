import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Plugin, PreviewServer, ResolvedConfig } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILT_POLICY_FILE, cspPlugin, readBuiltPolicy } from '../../scripts/csp-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (hook: unknown, self: unknown, ...args: unknown[]) => (hook as Hook).call(self, ...args);

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** Runs the plugin's build hooks with `env`, writing what it emits into a temporary outDir. */
function build(env: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'shiliu-csp-'));
  const plugin: Plugin = cspPlugin();
  call(plugin.configResolved, null, { env } as unknown as ResolvedConfig);
  const emitFile = (file: { fileName: string; source: string }) => {
    const path = join(dir!, file.fileName);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.source);
    return file.fileName;
  };
  call(plugin.generateBundle, { emitFile }, {}, {}, false);
  return dir;
}

/** The Content-Security-Policy header `vite preview` sends for `outDir`, with `env` as its own. */
function previewHeader(outDir: string, env: Record<string, string>, warn = vi.fn()): string | undefined {
  let middleware: ((req: unknown, res: unknown, next: () => void) => void) | null = null;
  const server = {
    config: { root: outDir, build: { outDir: '.' }, env, logger: { warn } },
    middlewares: { use: (fn: typeof middleware) => (middleware = fn) },
  } as unknown as PreviewServer;
  call(cspPlugin().configurePreviewServer, null, server);
  const headers: Record<string, string> = {};
  middleware!({}, { setHeader: (k: string, v: string) => (headers[k] = v) }, () => undefined);
  return headers['Content-Security-Policy'];
}

describe('vite preview sends the policy the build was made with', () => {
  it('a build made with an API, previewed without it, still allows that API', () => {
    const outDir = build({ VITE_API_BASE_URL: 'http://127.0.0.1:8787' });
    expect(readBuiltPolicy(outDir)?.sources.apiBaseUrl).toBe('http://127.0.0.1:8787');
    const header = previewHeader(outDir, {});
    expect(header).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:8787;/);
    expect(header).toContain("frame-ancestors 'none'");
    // The meta tag and the header agree apart from frame-ancestors, so neither is stricter.
    expect(header).toBe(`${readBuiltPolicy(outDir)!.meta}; frame-ancestors 'none'`);
  });

  it('a mock build previewed with an API in its environment does not widen the policy', () => {
    const outDir = build({});
    expect(previewHeader(outDir, { VITE_API_BASE_URL: 'http://10.1.2.3:8787' })).toMatch(/connect-src 'self';/);
  });

  it('falls back to its own environment, with a warning, for a build without the record', () => {
    dir = mkdtempSync(join(tmpdir(), 'shiliu-csp-'));
    const warn = vi.fn();
    expect(previewHeader(dir, { VITE_API_BASE_URL: 'http://10.1.2.3:8787' }, warn)).toContain('http://10.1.2.3:8787');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(BUILT_POLICY_FILE));
  });
});
