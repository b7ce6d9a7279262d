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
    // Styled from `.regrade` (quiz-cards.css): an attempt page has one per answer.
    <details className="regrade" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      <div>{children}</div>
    </details>
  );
}
