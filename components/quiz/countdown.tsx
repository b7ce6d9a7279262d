"use client";
import { useEffect, useState } from "react";

/** Time left until `deadline`; calls onExpire once when it reaches zero. */
export function Countdown({ deadline, onExpire }: { deadline: string; onExpire: () => void }) {
  const end = new Date(deadline).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = Math.max(0, end - now);
  useEffect(() => {
    if (left === 0) onExpire();
  }, [left, onExpire]);
  const h = Math.floor(left / 3_600_000);
  const m = Math.floor((left % 3_600_000) / 60_000);
  const s = Math.floor((left % 60_000) / 1000);
  const text = h >= 48 ? `${Math.floor(h / 24)} days left` : h > 0 ? `${h} h ${m} min left` : `${m}:${String(s).padStart(2, "0")} left`;
  const urgent = left < 60_000;
  return (
    <p className={`text-sm font-semibold tabular-nums ${urgent ? "text-red-700" : "text-slate-700"}`}>
      <span className="sr-only">Time left: </span>
      {text}
    </p>
  );
}
