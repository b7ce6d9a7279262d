"use client";
import { useEffect, useState } from "react";

type Props = {
  /** When time runs out: an ISO time or epoch milliseconds, on the server's clock. */
  endsAt: string | number;
  /** Server clock minus this browser's, so every screen in the room counts to the same end. */
  offsetMs?: number;
  /**
   * "question": a live question's seconds ("12s", then "Time is up"), a timer read out by its label, ticking
   * four times a second. "quiz": a quiz's time limit in words ("4:05 left", "2 h 10 min left", "3 days left").
   */
  kind: "question" | "quiz";
  /** The projector's larger question timer. */
  large?: boolean;
  /** Called with true once time is up (and false while it is not). */
  onExpiredChange?: (expired: boolean) => void;
};

/** Time left until `endsAt`. Only a display: the server enforces every limit itself. */
export function Countdown({ endsAt, offsetMs = 0, kind, large, onExpiredChange }: Props) {
  const end = new Date(endsAt).getTime();
  const msLeft = () => Math.max(0, end - (Date.now() + offsetMs));
  const [left, setLeft] = useState(msLeft);
  useEffect(() => {
    const tick = () => setLeft(msLeft());
    tick();
    const t = setInterval(tick, kind === "question" ? 250 : 1000);
    return () => clearInterval(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `msLeft` is rebuilt every render from exactly these deps; listing it would restart the interval on every tick
  }, [end, offsetMs, kind]);
  const expired = left === 0;
  useEffect(() => onExpiredChange?.(expired), [expired, onExpiredChange]);
  return kind === "question" ? <QuestionTime seconds={Math.ceil(left / 1000)} large={large} /> : <QuizTime ms={left} />;
}

function QuestionTime({ seconds, large }: { seconds: number; large?: boolean }) {
  const text = seconds === 0 ? "Time is up" : `${seconds}s`;
  return (
    <p
      role="timer"
      aria-label={seconds === 0 ? "Time is up" : `${seconds} seconds left`}
      className={`font-mono font-bold tabular-nums ${large ? "text-4xl" : "text-2xl"} ${seconds <= 5 ? "text-red-700" : "text-slate-900"}`}
    >
      {text}
    </p>
  );
}

function QuizTime({ ms }: { ms: number }) {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const text =
    h >= 48
      ? `${Math.floor(h / 24)} days left`
      : h > 0
        ? `${h} h ${m} min left`
        : `${m}:${String(s).padStart(2, "0")} left`;
  return (
    <p className={`text-sm font-semibold tabular-nums ${ms < 60_000 ? "text-red-700" : "text-slate-700"}`}>
      <span className="sr-only">Time left: </span>
      {text}
    </p>
  );
}
