/**
 * The tag Shiliu's own server (`npm run serve`, server/http/static-site.ts) puts into the
 * `<head>` of the index.html it serves: `<meta name="shiliu-api" content="same-origin">`.
 * A build that finds it reads the API on the page's own origin (no VITE_API_BASE_URL needed)
 * and never starts the built-in mock; the same build on any other static host is the demo.
 * Shared by the client (src/config/env.ts) and the server, so the two cannot drift apart.
 */
export const SERVED_MARKER = { name: 'shiliu-api', content: 'same-origin' } as const;

/** Whether `doc` (the page's document, absent in Node) carries the marker. */
export function isServedByShiliu(
  doc: { querySelector(selector: string): { getAttribute(name: string): string | null } | null } | undefined,
): boolean {
  const meta = doc?.querySelector(`meta[name="${SERVED_MARKER.name}"]`);
  return meta?.getAttribute('content') === SERVED_MARKER.content;
}
