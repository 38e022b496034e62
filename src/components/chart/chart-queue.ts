/**
 * Applies chart options a few at a time, yielding to the browser between batches. A view draws
 * a dozen charts at once (start-up, drill-down, a tour step), and each ECharts `setOption` costs
 * 10–40 ms on a 2-core machine without a GPU: run inside one React commit they made a single
 * task of 350–450 ms, during which input, the map and the clock all freeze. A batch stops after
 * BUDGET_MS, so no task much exceeds it, while the total work stays the same.
 */

/** Time one batch may take before it yields (ms). */
const BUDGET_MS = 40;

type Job = { run: () => void };

const queue: Job[] = [];
let scheduled = false;
// A message posted to oneself runs as the next task without setTimeout's clamping.
let channel: MessageChannel | null = null;

function pump(): void {
  scheduled = false;
  const start = performance.now();
  while (queue.length > 0) {
    queue.shift()?.run();
    if (performance.now() - start >= BUDGET_MS) break;
  }
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (typeof MessageChannel === 'undefined') {
    setTimeout(pump, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = pump;
  }
  channel.port2.postMessage(null);
}

/** Runs `run` in a coming batch; returns a function that takes it out of the queue if still there. */
export function queueChartWork(run: () => void): () => void {
  const job: Job = { run };
  queue.push(job);
  schedule();
  return () => {
    const at = queue.indexOf(job);
    if (at >= 0) queue.splice(at, 1);
  };
}
