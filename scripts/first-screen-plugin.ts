import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Lets the browser fetch what the first screen needs while it is still reading index.html,
 * instead of after the entry chunk has run:
 * - `modulepreload` for the lazy map and panel chunks (and their static imports) and `preload`
 *   for their CSS. They stay lazy — evaluated in tasks of their own when the app imports them
 *   (src/app/part-loaders.ts) — but arrive ~60–100 ms sooner: Vite only preloads what the
 *   entry imports statically.
 * - `preload as=fetch` of the data catalogue (`/meta`) when a real API is configured, so the
 *   request every other one waits for is already under way when the app asks for it. Not with
 *   a bearer token (the preload cannot carry it, and an unauthenticated duplicate would only
 *   cost a 401) and not with the in-browser mock (its service worker is not yet running).
 * Build only; docs/performance.md has the figures.
 */

/** Source modules the first screen imports lazily (see src/app/part-loaders.ts). */
const FIRST_SCREEN_LAZY = ['/src/app/panels.ts', '/src/features/map/region-map.tsx'];

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId?: string | null;
  imports: string[];
  isEntry?: boolean;
  viteMetadata?: { importedCss: Set<string> };
}

export function apiOrigin(env: Record<string, string | undefined>): string | null {
  const raw = env.VITE_API_BASE_URL?.trim();
  if (!raw || env.VITE_API_TOKEN?.trim()) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null; // src/config/env.ts reports it on screen
  }
}

/** The `<link>` tags for a build's output (pure, so it is unit-tested with a fake bundle). */
export function firstScreenTags(
  output: (ChunkLike | { type: 'asset' })[],
  { base, apiOrigin, catalogPath }: { base: string; apiOrigin: string | null; catalogPath: string },
): HtmlTagDescriptor[] {
  const chunks = output.filter((o): o is ChunkLike => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const collect = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) collect(dep, into);
  };
  const entryFiles = new Set<string>();
  for (const c of chunks) if (c.isEntry) collect(c.fileName, entryFiles);

  const lazy = new Set<string>();
  for (const id of FIRST_SCREEN_LAZY) {
    const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(id));
    // Fail the build rather than silently preload nothing after a file is moved.
    if (!chunk) throw new Error(`first-screen preload: no chunk for ${id}`);
    collect(chunk.fileName, lazy);
  }
  const tags: HtmlTagDescriptor[] = [];
  const cssOf = (file: string) => byFile.get(file)?.viteMetadata?.importedCss ?? [];
  const entryCss = new Set([...entryFiles].flatMap((f) => [...cssOf(f)]));
  const css = new Set<string>();
  for (const file of lazy) {
    for (const c of cssOf(file)) if (!entryCss.has(c)) css.add(c);
    if (entryFiles.has(file)) continue; // Vite preloads those already
    tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + file } });
  }
  for (const file of css) {
    tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: base + file } });
  }
  if (apiOrigin) {
    tags.push({
      tag: 'link',
      attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: apiOrigin + catalogPath },
    });
  }
  return tags;
}

/** `catalogPath`: the API path of the data catalogue (paths.meta() of src/api/endpoints.ts). */
export function firstScreenPlugin({ catalogPath }: { catalogPath: string }): Plugin {
  let env: Record<string, string | undefined> = {};
  let base = '/';
  return {
    name: 'shiliu-first-screen',
    apply: 'build',
    configResolved(config) {
      env = config.env;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const tags = firstScreenTags(Object.values(ctx.bundle) as unknown as ChunkLike[], {
          base,
          apiOrigin: apiOrigin(env),
          catalogPath,
        });
        return tags.map((t) => ({ ...t, injectTo: 'head' as const }));
      },
    },
  };
}
