import { describe, expect, it } from 'vitest';
import { Ticker } from './ticker';
import type { TickerClock } from './ticker';

/** A manual clock: time moves only when the test says so. */
function fakeClock() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const clock: TickerClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].fn();
    }
    now = end;
  }
  return { clock, advance, pendingTimers: () => timers.size };
}

describe('Ticker', () => {
  it('runs interval jobs on time with one timer, and holds nothing once they are cancelled', () => {
    const { clock, advance, pendingTimers } = fakeClock();
    const activity: boolean[] = [];
    const t = new Ticker(clock, (a) => activity.push(a));
    const a: number[] = [];
    const b: number[] = [];
    const stopA = t.every(1000, () => a.push(clock.now()));
    const stopB = t.every(300, () => b.push(clock.now()));
    expect(pendingTimers()).toBe(1);
    advance(1000);
    expect(a).toEqual([1000]);
    expect(b).toEqual([300, 600, 900]);
    stopA();
    stopB();
    expect(t.size).toBe(0);
    expect(pendingTimers()).toBe(0);
    expect(activity).toEqual([true, false]);
    advance(5000);
    expect(a).toHaveLength(1);
  });

  it('runs a one-shot job once and can cancel it before it fires', () => {
    const { clock, advance } = fakeClock();
    const t = new Ticker(clock);
    let fired = 0;
    t.after(500, () => fired++);
    const cancel = t.after(500, () => fired++);
    cancel();
    advance(2000);
    expect(fired).toBe(1);
    expect(t.size).toBe(0);
  });

  it('stops while hidden; resumes the remaining wait, or catches up on an overdue refresh', () => {
    const { clock, advance, pendingTimers } = fakeClock();
    const t = new Ticker(clock);
    const tour: number[] = [];
    const refresh: number[] = [];
    t.every(1000, () => tour.push(clock.now()));
    t.every(1000, () => refresh.push(clock.now()), { catchUp: true });
    advance(600);
    t.setHidden(true);
    expect(pendingTimers()).toBe(0);
    advance(10_000);
    expect(tour).toEqual([]);
    t.setHidden(false);
    advance(0);
    expect(refresh).toEqual([10_600]);
    advance(400);
    expect(tour).toEqual([11_000]);
  });

  it('keeps going when a job throws', () => {
    const { clock, advance } = fakeClock();
    const t = new Ticker(clock);
    const ran: number[] = [];
    const original = console.error;
    console.error = () => {};
    try {
      t.every(100, () => {
        throw new Error('boom');
      });
      t.every(100, () => ran.push(clock.now()));
      advance(300);
    } finally {
      console.error = original;
    }
    expect(ran).toEqual([100, 200, 300]);
  });
});
