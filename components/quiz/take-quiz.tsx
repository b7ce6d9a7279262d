"use client";
import { useAppRouter } from "@/components/ui/nav-progress";
import { useCallback, useRef, useState, type ReactNode } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { SourcePassages } from "@/components/questions/source-passages";
import { readResponse } from "@/lib/http/read-response";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { readAnswer } from "@/lib/questions/answer-shape";
import { isAnswered, TYPE_LABELS } from "@/lib/questions/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Countdown } from "../ui/countdown";
import { ConfirmDialog } from "./confirm-dialog";
import { QuestionMap } from "./question-map";
import { QuestionSaveState, SaveStatus } from "./save-status";
import type { QState } from "./use-autosave";
import { autosaveStore } from "./autosave-store";
import { useAutosave } from "./use-autosave";

type Props = {
  assignmentId: string;
  attemptId: string;
  questions: PublicQuestion[];
  citable: PassageRef[];
  saved: Record<string, { answer: unknown; clientSeq: number }>;
  deadline: string | null;
  /** one question at a time, with a question map (the assignment's option) */
  onePerPage?: boolean;
  /** guided reading: lays the question cards out itself, inside the essay (components/guided-reading) */
  layout?: (
    card: (q: PublicQuestion, i: number) => ReactNode,
    state: { answers: Record<string, unknown>; status: Record<string, QState> },
  ) => ReactNode;
};

async function submitOnce(attemptId: string): Promise<{ ok: boolean; error?: string }> {
  // The submit is idempotent on the server, so retrying a lost response is safe.
  for (let i = 0; i < 4; i++) {
    try {
      const res = await fetch(`/api/attempts/${attemptId}/submit`, { method: "POST" });
      if (res.ok) return { ok: true };
      const body = await readResponse(res);
      if (res.status < 500 && res.status !== 429) return { ok: false, error: body.error };
    } catch {}
    await new Promise((r) => setTimeout(r, 1000 * 2 ** i));
  }
  return {
    ok: false,
    error: "Could not reach the server to submit. Check your connection and try again: your answers are kept.",
  };
}

export function TakeQuiz({
  assignmentId,
  attemptId,
  questions,
  citable,
  saved,
  deadline,
  onePerPage = false,
  layout,
}: Props) {
  const router = useAppRouter();
  const { answers, status, overall, closed, change, flush } = useAutosave(attemptId, saved);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [timeUp, setTimeUp] = useState(false);
  const submitted = useRef(false);
  const done = questions.map((q) => isAnswered(q, answers[q.id]));
  const answered = done.filter(Boolean).length;
  // Debate arguments saved before a side was chosen: submitting would score them as unanswered, so say so.
  const sideless = questions.flatMap((q, i) => {
    if (q.type !== "DEBATE") return [];
    const a = readAnswer.DEBATE(answers[q.id]);
    return !a.stanceId && a.text?.trim() ? [i + 1] : [];
  });
  const ordersToConfirm = questions.filter((q, i) => q.type === "ORDERING" && !done[i]).length;
  const [page, setPage] = useState(0);
  const go = (i: number) => {
    setPage(i);
    // The new question's heading takes focus, so a screen reader and the keyboard start there.
    requestAnimationFrame(() => document.getElementById(`q-${questions[i]!.id}-h`)?.focus());
  };

  const submit = useCallback(async () => {
    if (submitted.current) return;
    setSubmitting(true);
    setError(null);
    const allSaved = await flush();
    if (!allSaved && !closed) {
      setSubmitting(false);
      setConfirming(false);
      setError(
        "Some answers are not saved yet. Check your connection; they keep retrying. Submit again once the page says Saved.",
      );
      return;
    }
    const r = await submitOnce(attemptId);
    if (!r.ok) {
      setSubmitting(false);
      setConfirming(false);
      setError(r.error ?? "The quiz could not be submitted. Try again.");
      return;
    }
    submitted.current = true;
    autosaveStore.clear(attemptId);
    router.replace(`/assignments/${assignmentId}?submitted=1`);
    router.refresh();
  }, [assignmentId, attemptId, closed, flush, router]);

  const expire = useCallback(
    (expired: boolean) => {
      if (!expired || timeUp) return;
      setTimeUp(true);
      void submit();
    },
    [submit, timeUp],
  );

  const locked = Boolean(closed) || timeUp || submitting;
  const questionCard = (q: PublicQuestion, i: number) => (
    // Styled from `.qcard` (globals.css): the quiz repeats this card for every question.
    <section key={q.id} aria-labelledby={`q-${q.id}-h`} className="qcard">
      <p className="qmeta">
        {`Question ${i + 1} of ${questions.length} · ${TYPE_LABELS[q.type]} · ${q.points} point${q.points === 1 ? "" : "s"}`}
      </p>
      <h2 id={`q-${q.id}-h`} tabIndex={-1}>
        {q.prompt}
      </h2>
      <SourcePassages passages={q.passages} />
      <AnswerInput
        question={q}
        value={answers[q.id]}
        onChange={(v) => change(q.id, v)}
        disabled={locked}
        citable={q.type === "DEBATE" || q.type === "EVIDENCE" ? citable : undefined}
      />
      <QuestionSaveState s={status[q.id]} />
    </section>
  );
  return (
    <div className="pb-28 sm:pb-0">
      {/* Phones: a bar fixed to the bottom edge (the header wraps to two rows there); wider screens: sticky under the header. */}
      <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)] backdrop-blur sm:sticky sm:inset-x-auto sm:bottom-auto sm:top-14 sm:-mx-4 sm:mb-6 sm:border-b sm:border-t-0 sm:shadow-none">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
          <div className="flex min-w-48 flex-1 items-center gap-3">
            <label htmlFor="quiz-progress" className="whitespace-nowrap text-sm font-semibold text-slate-800">
              {answered} of {questions.length} answered
              {ordersToConfirm > 0 && (
                <span className="ml-1 font-normal text-slate-600">
                  ({ordersToConfirm} order{ordersToConfirm === 1 ? "" : "s"} to confirm)
                </span>
              )}
            </label>
            <progress
              id="quiz-progress"
              max={questions.length}
              value={answered}
              className="h-2 w-full max-w-xs accent-brand-600"
            />
          </div>
          <SaveStatus overall={overall} />
          {deadline && <Countdown kind="quiz" endsAt={deadline} onExpiredChange={expire} />}
        </div>
      </div>
      <div className="space-y-4">
        {closed && <Alert tone="error">{closed}</Alert>}
        {timeUp && <Alert tone="warning">Time is up: submitting your saved answers…</Alert>}
        {error && <Alert tone="error">{error}</Alert>}
      </div>
      {layout ? (
        <div className="mt-4">{layout(questionCard, { answers, status })}</div>
      ) : onePerPage ? (
        <div className="mt-4 space-y-4">
          <QuestionMap answered={done} current={page} go={go} />
          {questions[page] && questionCard(questions[page], page)}
          <div className="flex justify-between gap-2">
            <Button variant="secondary" onClick={() => go(page - 1)} disabled={page === 0}>
              ← Previous question
            </Button>
            <Button variant="secondary" onClick={() => go(page + 1)} disabled={page === questions.length - 1}>
              Next question →
            </Button>
          </div>
        </div>
      ) : (
        <ol className="mt-4 space-y-6">
          {questions.map((q, i) => (
            <li key={q.id}>{questionCard(q, i)}</li>
          ))}
        </ol>
      )}
      <div className="mt-8 flex flex-col items-start gap-2 border-t border-slate-200 pt-6 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-600">Your answers save as you go. Submitting is final.</p>
        <Button onClick={() => setConfirming(true)} disabled={submitting}>
          Submit answers
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Submit your answers?"
        confirmLabel="Submit now"
        busy={submitting}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void submit()}
      >
        {answered < questions.length ? (
          <p>
            You have answered {answered} of {questions.length} questions. Unanswered questions score zero.
          </p>
        ) : (
          <p>You have answered every question.</p>
        )}
        {sideless.length > 0 && (
          <p className="mt-2 font-medium text-amber-800">
            Question{sideless.length === 1 ? "" : "s"} {sideless.join(", ")}: your argument has no side yet. Choose a
            side, or it counts as unanswered.
          </p>
        )}
        <p className="mt-2">Once submitted, you cannot change your answers.</p>
      </ConfirmDialog>
    </div>
  );
}
