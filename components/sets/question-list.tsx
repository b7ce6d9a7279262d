"use client";
// The questions of a set in order, with keyboard-operable move up/down, edit and delete (confirmed).
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { TYPE_LABELS, type QuestionType } from "@/lib/questions/types";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/card";
import { buttonClass } from "../ui/button";
import { ConfirmAction } from "./confirm-action";
import { QuestionKey } from "./question-key";

export type ListQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  points: number;
  cites: string[];
  responses: number;
  /** what students are offered, and the key in words (instructors only) */
  options: string[];
  key: string[];
};
type Props = {
  setId: string;
  questions: ListQuestion[];
  editable: boolean;
  move?: (setId: string, questionId: string, direction: "up" | "down") => Promise<ActionState>;
  remove?: (setId: string, questionId: string, prev: ActionState) => Promise<ActionState>;
};

const small = buttonClass("secondary", "min-h-9 px-3 py-1");

export function QuestionList({ setId, questions, editable, move, remove }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [focus, setFocus] = useState<{ id: string; direction: "up" | "down" } | null>(null);
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const doMove = (q: ListQuestion, i: number, direction: "up" | "down") =>
    start(async () => {
      const r = await move!(setId, q.id, direction);
      if (!r.ok) return setStatus({ tone: "error", text: r.message ?? "The question could not be moved." });
      setStatus({
        tone: "success",
        text: `Moved question ${i + 1} ${direction} to position ${direction === "up" ? i : i + 2}.`,
      });
      setFocus({ id: q.id, direction });
      router.refresh();
    });

  // Keep keyboard focus on the question that moved, wherever it lands (its other button at either end).
  useEffect(() => {
    if (pending || !focus) return;
    const el = document.getElementById(`move-${focus.direction}-${focus.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(
      `move-${focus.direction === "up" ? "down" : "up"}-${focus.id}`,
    ) as HTMLButtonElement | null;
    (el && !el.disabled ? el : other)?.focus();
    setFocus(null);
  }, [pending, focus, questions]);

  return (
    <div className="space-y-3">
      <div aria-live="polite" className="min-h-0">
        {status && <Alert tone={status.tone}>{status.text}</Alert>}
      </div>
      <ol className="space-y-3" aria-label="Questions">
        {questions.map((q, i) => (
          <li key={q.id} id={`question-${q.id}`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-bold text-slate-700">Q{i + 1}</span>
              <Badge tone="brand">{TYPE_LABELS[q.type]}</Badge>
              <span className="text-slate-600">
                {q.points} point{q.points === 1 ? "" : "s"}
              </span>
              {q.responses > 0 && <Badge tone="amber">{q.responses} answers</Badge>}
            </div>
            <p className="mt-2 font-medium text-slate-900">{q.prompt}</p>
            <QuestionKey options={q.options} answer={q.key} />
            <p className="mt-1 text-sm text-slate-600">Cites {q.cites.join(", ")}</p>
            {editable && (
              <div className="mt-3 flex flex-wrap items-start gap-2">
                <Link href={`/sets/${setId}?q=${q.id}`} className={small} aria-label={`Edit question ${i + 1}`}>
                  Edit
                </Link>
                <button
                  id={`move-up-${q.id}`}
                  type="button"
                  className={small}
                  disabled={pending || i === 0}
                  onClick={() => doMove(q, i, "up")}
                  aria-label={`Move question ${i + 1} up`}
                >
                  ↑ Up
                </button>
                <button
                  id={`move-down-${q.id}`}
                  type="button"
                  className={small}
                  disabled={pending || i === questions.length - 1}
                  onClick={() => doMove(q, i, "down")}
                  aria-label={`Move question ${i + 1} down`}
                >
                  ↓ Down
                </button>
                <ConfirmAction
                  small
                  action={remove!.bind(null, setId, q.id)}
                  label="Delete"
                  ariaLabel={`Delete question ${i + 1}`}
                  question={`Delete question ${i + 1}? This cannot be undone.`}
                  confirmLabel="Delete question"
                  onDone={() => {
                    setStatus({ tone: "success", text: `Question ${i + 1} deleted.` });
                    // The deleted question's buttons are gone: put focus somewhere stable.
                    document.getElementById("questions-heading")?.focus();
                  }}
                />
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
