"use client";
import { useEffect, useState } from "react";
import { secondsLeft } from "@/lib/live/timer";

/** Seconds left on a timed question (the server enforces the limit; this only shows it). */
export function Countdown({ startedAt, timerSeconds, offsetMs, onExpired, large }: { startedAt: string; timerSeconds: number; offsetMs: number; onExpired?: (expired: boolean) => void; large?: boolean }) {
  const compute = () => secondsLeft(new Date(startedAt), timerSeconds, new Date(Date.now() + offsetMs)) ?? 0;
  const [left, setLeft] = useState(compute);
  useEffect(() => {
    const tick = () => setLeft(compute());
    tick();
    const t = setInterval(tick, 250);
    return () => clearInterval(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `compute` is rebuilt every render from exactly these deps; listing it would restart the interval on every tick
  }, [startedAt, timerSeconds, offsetMs]);
  useEffect(() => onExpired?.(left === 0), [left, onExpired]);
  const urgent = left <= 5;
  return (
    <p role="timer" aria-label={left === 0 ? "Time is up" : `${left} seconds left`} className={`font-mono font-bold tabular-nums ${large ? "text-4xl" : "text-2xl"} ${urgent ? "text-red-700" : "text-slate-900"}`}>
      {left === 0 ? "Time is up" : `${left}s`}
    </p>
  );
}
