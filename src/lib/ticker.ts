/**
 * The one scheduler of the unattended screen. Tours, auto-refresh, idle timeouts and
 * reconnect back-off all register here instead of hand-rolling their own timers (a big-screen
 * complaint: timers never cleared leak for days). One `setTimeout` is armed for the earliest
 * job; while the tab is hidden nothing runs and the visibilitychange listener exists only while
 * some job is registered, so an idle page holds no timer and no listener.
 */

export interface TickerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface JobOptions {
  /**
   * On becoming visible again, run at once if the job fell due while hidden (a data refresh);
   * otherwise the job's remaining wait is resumed where it stopped (a tour step).
   */
  catchUp?: boolean;
}

interface Job {
  at: number;
  /** ms between runs; null for a one-shot. */
  every: number | null;
  fn: () => void;
  catchUp: boolean;
}

/** Shortest interval accepted, so a bad setting cannot spin the CPU. */
export const MIN_INTERVAL_MS = 50;

export class Ticker {
  private readonly jobs = new Set<Job>();
  private handle: unknown = null;
  private armedAt = Infinity;
  private hiddenAt: number | null = null;

  constructor(
    private readonly clock: TickerClock,
    /** Called with true when the first job arrives and false when the last one leaves. */
    private readonly onActive: (active: boolean) => void = () => {},
  ) {}

  /** Runs `fn` every `ms` (first run after `ms`). Returns the function that cancels it. */
  every(ms: number, fn: () => void, options: JobOptions = {}): () => void {
    const every = Math.max(MIN_INTERVAL_MS, ms);
    return this.add({ at: this.clock.now() + every, every, fn, catchUp: options.catchUp ?? false });
  }

  /** Runs `fn` once after `ms`. Returns the function that cancels it. */
  after(ms: number, fn: () => void, options: JobOptions = {}): () => void {
    return this.add({ at: this.clock.now() + Math.max(0, ms), every: null, fn, catchUp: options.catchUp ?? false });
  }

  /** Number of registered jobs (for tests and the soak benchmark's sanity checks). */
  get size(): number {
    return this.jobs.size;
  }

  get hidden(): boolean {
    return this.hiddenAt !== null;
  }

  /** Pauses every job while the page is hidden; resumes (or catches up) when it shows again. */
  setHidden(hidden: boolean): void {
    const now = this.clock.now();
    if (hidden && this.hiddenAt === null) {
      this.hiddenAt = now;
      this.disarm();
    } else if (!hidden && this.hiddenAt !== null) {
      const away = now - this.hiddenAt;
      this.hiddenAt = null;
      for (const job of this.jobs) {
        if (job.catchUp && job.at <= now) job.at = now;
        else job.at += away;
      }
      this.arm();
    }
  }

  private add(job: Job): () => void {
    this.jobs.add(job);
    if (this.jobs.size === 1) this.onActive(true);
    if (job.at < this.armedAt) this.arm();
    return () => {
      if (!this.jobs.delete(job)) return;
      if (this.jobs.size === 0) {
        this.disarm();
        this.onActive(false);
      }
    };
  }

  private disarm(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
    this.armedAt = Infinity;
  }

  private arm(): void {
    this.disarm();
    if (this.hiddenAt !== null || this.jobs.size === 0) return;
    let next = Infinity;
    for (const job of this.jobs) next = Math.min(next, job.at);
    this.armedAt = next;
    this.handle = this.clock.setTimeout(() => this.run(), Math.max(0, next - this.clock.now()));
  }

  private run(): void {
    this.handle = null;
    this.armedAt = Infinity;
    const now = this.clock.now();
    for (const job of [...this.jobs]) {
      // A job cancelled by an earlier one in this same pass must not run.
      if (job.at > now || !this.jobs.has(job)) continue;
      if (job.every === null) this.jobs.delete(job);
      else job.at = Math.max(job.at + job.every, now + MIN_INTERVAL_MS);
      try {
        job.fn();
      } catch (err) {
        // One failing job must not stop the tour or the refresh of a screen nobody watches.
        console.error('ticker job failed', err);
      }
    }
    if (this.jobs.size === 0) this.onActive(false);
    else this.arm();
  }
}

const browserClock: TickerClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

function onVisibility(): void {
  ticker.setHidden(document.visibilityState === 'hidden');
}

/** The page's shared ticker: paused while the tab is hidden. */
export const ticker = new Ticker(browserClock, (active) => {
  if (typeof document === 'undefined') return;
  if (active) {
    document.addEventListener('visibilitychange', onVisibility);
    onVisibility();
  } else {
    document.removeEventListener('visibilitychange', onVisibility);
  }
});
