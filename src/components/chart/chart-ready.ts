/**
 * A tiny registry of things still to be drawn on screen, so the app can mark the first full
 * render (`performance.mark('shiliu:first-full-render')`) once the map and every panel chart
 * have drawn. Each chart holds a token from mount until ECharts' first `finished`; a panel
 * holds one while its data loads (so "nothing mounted yet" is not "all ready"); the map can
 * hold one too. Notifications are deferred to a microtask so the hand-over from a panel's
 * token to its chart's token inside one React commit never reads as "all ready".
 */

type Listener = () => void;

const pending = new Map<symbol, string>();
const listeners = new Set<Listener>();
let everHeld = false;
let notifyScheduled = false;

function scheduleNotify(): void {
  if (notifyScheduled) return;
  notifyScheduled = true;
  queueMicrotask(() => {
    notifyScheduled = false;
    for (const listener of [...listeners]) listener();
  });
}

/**
 * Registers something that has not drawn yet. Returns `release`, which is idempotent, so it
 * can be called both on first draw and on unmount.
 */
export function holdRender(label: string): () => void {
  const token = Symbol(label);
  pending.set(token, label);
  everHeld = true;
  scheduleNotify();
  return () => {
    if (pending.delete(token)) scheduleNotify();
  };
}

/** How many charts/panels/maps are still waiting to draw. */
export function pendingRenderCount(): number {
  return pending.size;
}

/** Labels of what is still pending, for diagnostics in e2e tests and benches. */
export function pendingRenderLabels(): string[] {
  return [...pending.values()];
}

/** Calls `listener` after every change of the pending set (in a microtask). Returns unsubscribe. */
export function subscribeRenderState(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Calls `callback` once, the first time nothing is pending after at least one chart, panel or
 * map has registered. Subscribe from an effect of the component that contains the panels and
 * the map (children's effects run first, so they have registered by then). Returns unsubscribe.
 */
export function onAllChartsReady(callback: () => void): () => void {
  let done = false;
  const check = () => {
    if (done || !everHeld || pending.size > 0) return;
    done = true;
    unsubscribe();
    callback();
  };
  const unsubscribe = subscribeRenderState(check);
  queueMicrotask(check);
  return () => {
    done = true;
    unsubscribe();
  };
}

/** Test helper: forget everything. */
export function resetRenderRegistry(): void {
  pending.clear();
  listeners.clear();
  everHeld = false;
}
