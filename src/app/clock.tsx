import { useEffect, useState } from 'react';

function now(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A wall clock for the big screen; ticks once a minute-ish and cleans its timer up. */
export function Clock() {
  const [text, setText] = useState(now);
  useEffect(() => {
    const timer = window.setInterval(() => setText(now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <time className="dash-header__clock num" aria-label="当前时间">
      {text}
    </time>
  );
}
