"use client";
import { useId, useState } from "react";

/**
 * The body of one result (answer, key, explanation, passage), folded away for a question the student got
 * fully right: on a phone a twelve-question result was over 9,000 px, most of it answers already known to
 * be right. The heading and score stay visible either way.
 */
export function ResultDetails({ collapsed, children }: { collapsed: boolean; children: React.ReactNode }) {
  const [open, setOpen] = useState(!collapsed);
  const id = useId();
  if (!collapsed) return <>{children}</>;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
        className="min-h-10 text-sm font-semibold text-brand-700 underline"
      >
        {open ? "Hide your answer and the passage" : "Show your answer and the passage"}
      </button>
      {open && <div id={id}>{children}</div>}
    </>
  );
}
