"use client";
import { useState } from "react";

/**
 * The grade form of one answer on a student's attempt page, open at first for an answer awaiting a grade. Its
 * open state is the user's: saving a grade makes the answer graded, and the form stays open to show "Grade saved."
 */
export function RegradeDisclosure({
  summary,
  defaultOpen,
  children,
}: {
  summary: string;
  defaultOpen: boolean;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      className="mt-3 rounded-lg border border-slate-200 p-3"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
