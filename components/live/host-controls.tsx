"use client";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { LiveAction } from "@/lib/live/types";

/**
 * The instructor's buttons, also on the keyboard (N or → for next, R for reveal), so a presenter's
 * clicker or a laptop keyboard drives the session. Ending asks for confirmation.
 */
export function HostControls({
  state,
  isLast,
  busy,
  act,
}: {
  state: string;
  isLast: boolean;
  busy: boolean;
  act: (a: LiveAction) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const canNext = state === "LOBBY" || state === "REVEAL";
  const canReveal = state === "QUESTION";
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || (t && /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName))) return;
      if (busy) return;
      if ((e.key === "n" || e.key === "N" || e.key === "ArrowRight") && canNext) act("next");
      else if ((e.key === "r" || e.key === "R") && canReveal) act("reveal");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [busy, canNext, canReveal, act]);

  const nextLabel = state === "LOBBY" ? "Start first question" : isLast ? "Finish and show summary" : "Next question";
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Session controls">
      {canNext && (
        <Button onClick={() => act("next")} disabled={busy} aria-keyshortcuts="N ArrowRight">
          {nextLabel} <span className="sr-only">(shortcut N)</span>
        </Button>
      )}
      {canReveal && (
        <Button onClick={() => act("reveal")} disabled={busy} aria-keyshortcuts="R">
          Reveal answer <span className="sr-only">(shortcut R)</span>
        </Button>
      )}
      {!confirming ? (
        <Button variant="secondary" onClick={() => setConfirming(true)} disabled={busy}>
          End session
        </Button>
      ) : (
        <span className="flex flex-wrap items-center gap-2 rounded-lg border border-red-200 bg-red-50 px-3 py-1">
          <span className="text-sm text-red-900">End now? Answers so far are submitted and graded.</span>
          <Button variant="danger" onClick={() => (setConfirming(false), act("end"))} disabled={busy}>
            Yes, end session
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </span>
      )}
      <span className="text-xs text-slate-600" aria-hidden="true">
        Keys: N next · R reveal
      </span>
    </div>
  );
}
