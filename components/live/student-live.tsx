"use client";
// The student's phone: lobby, then each question with its passage and the answer widget, the reveal with
// their own result, and their score at the end. Their answer lives on the server (the page reloads with it).
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Countdown } from "@/components/ui/countdown";
import { gradeAnswer, type GradableQuestion } from "@/lib/grading/grade";
import { readResponse } from "@/lib/http/read-response";
import type { LiveView } from "@/lib/live/types";
import { isAnswered } from "@/lib/questions/types";
import { ConnectionStatus } from "./connection-status";
import { PassageContextView } from "./passage-context-view";
import { useClockOffset, useLiveStream } from "./use-live-stream";

type Props = {
  sessionId: string;
  initial: LiveView;
  serverNow: string;
  title: string;
  myAnswer: unknown;
  result: { score: number | null; maxScore: number | null } | null;
};
type Save = { state: "idle" | "saving" | "saved" | "error"; message?: string };

export function StudentLive({ sessionId, initial, serverNow, title, myAnswer, result }: Props) {
  const { view, connection } = useLiveStream(sessionId, initial);
  const offset = useClockOffset(serverNow);
  const router = useRouter();
  const q = view.question;
  // The answer being edited and the one the server has, per question (a new question starts empty).
  const [draft, setDraft] = useState<{ qid: string | null; value: unknown; saved: unknown }>({
    qid: initial.question?.id ?? null,
    value: myAnswer,
    saved: myAnswer,
  });
  const [save, setSave] = useState<Save>({ state: myAnswer ? "saved" : "idle" });
  const [expired, setExpired] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const qid = q?.id ?? null;
  useEffect(() => {
    if (qid === draft.qid) return;
    setDraft({ qid, value: null, saved: null });
    setSave({ state: "idle" });
    setExpired(false);
    heading.current?.focus(); // a new question: move screen readers to it
  }, [qid, draft.qid]);

  // At the end the page reloads its data to show the graded score.
  useEffect(() => {
    if (view.state === "ENDED" && !result) router.refresh();
  }, [view.state, result, router]);

  async function submit() {
    if (!q) return;
    setSave({ state: "saving" });
    try {
      const res = await fetch(`/api/live/${encodeURIComponent(sessionId)}/answer`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ questionId: q.id, answer: draft.value }),
      });
      const body = await readResponse(res);
      if (!res.ok) return setSave({ state: "error", message: body.error ?? "Your answer was not saved. Try again." });
      setDraft((d) => ({ ...d, saved: d.value }));
      setSave({ state: "saved" });
    } catch {
      setSave({
        state: "error",
        message: "No connection: your answer was not saved. Check your network and send it again.",
      });
    }
  }

  const open = view.state === "QUESTION" && !expired;
  const changed = JSON.stringify(draft.value) !== JSON.stringify(draft.saved);
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-semibold text-slate-700">
          {title}
          {q && view.state !== "ENDED" && (
            <span className="block text-slate-600">
              Question {view.index + 1} of {view.total}
            </span>
          )}
        </p>
        <ConnectionStatus connection={connection} ended={view.state === "ENDED"} />
      </div>

      {view.state === "LOBBY" && (
        <section className="rounded-2xl bg-white p-6 text-center shadow-sm">
          <h1 className="text-2xl font-bold">You’re in!</h1>
          <p className="mt-2 text-slate-700">Waiting for your instructor to start the first question.</p>
          <p aria-live="polite" className="mt-4 text-lg font-semibold">
            {view.participants} {view.participants === 1 ? "student" : "students"} in the lobby
          </p>
        </section>
      )}

      {q && (view.state === "QUESTION" || view.state === "REVEAL") && (
        <section className="space-y-4">
          <div className="flex items-start justify-between gap-3">
            <h1 ref={heading} tabIndex={-1} className="text-xl font-bold leading-snug focus:outline-none">
              {q.prompt}
            </h1>
            {view.state === "QUESTION" && view.startedAt && view.timerSeconds ? (
              <Countdown
                kind="question"
                endsAt={new Date(view.startedAt).getTime() + view.timerSeconds * 1000}
                offsetMs={offset}
                onExpiredChange={setExpired}
              />
            ) : null}
          </div>
          <AnswerInput
            question={q}
            citable={q.citable}
            value={draft.value}
            onChange={(value) => (
              setDraft((d) => ({ ...d, value })),
              setSave((s) => (s.state === "error" ? { state: "idle" } : s))
            )}
            disabled={!open || save.state === "saving"}
          />

          {open && (
            <div>
              <Button
                className="w-full py-3 text-base"
                onClick={submit}
                disabled={
                  save.state === "saving" || !isAnswered(q, draft.value) || (!changed && save.state === "saved")
                }
              >
                {save.state === "saving" ? "Sending…" : draft.saved ? "Change my answer" : "Submit answer"}
              </Button>
            </div>
          )}
          <div aria-live="polite">
            {view.state === "QUESTION" && save.state === "saved" && !changed && (
              <Alert tone="success">Answer received. You can change it until the question closes.</Alert>
            )}
            {save.state === "error" && <Alert tone="error">{save.message}</Alert>}
            {view.state === "QUESTION" && expired && (
              <Alert tone="warning">
                Time is up. {draft.saved ? "Your answer counts." : "No answer was recorded for this question."}
              </Alert>
            )}
          </div>

          {view.state === "REVEAL" && view.reveal && <RevealCard view={view} saved={draft.saved} />}
          {/* After the choices: on a phone the paragraph of context pushed them below the fold. */}
          <PassageContextView contexts={q.contexts} revealed={view.state === "REVEAL"} />
          {view.state === "REVEAL" && <p className="text-center text-slate-600">Waiting for the next question…</p>}
        </section>
      )}

      {view.state === "ENDED" && (
        <section className="space-y-4 rounded-2xl bg-white p-6 text-center shadow-sm">
          <h1 className="text-2xl font-bold">Session over</h1>
          {result?.score != null && result.maxScore ? (
            <p className="text-lg">
              Your score: <span className="font-bold">{Number(result.score.toFixed(2))}</span> of {result.maxScore}
            </p>
          ) : (
            <p className="text-slate-700">
              Your answers were submitted. Written answers are graded by your instructor.
            </p>
          )}
          <ButtonLink href="/dashboard">Back to my work</ButtonLink>
        </section>
      )}
    </div>
  );
}

function RevealCard({ view, saved }: { view: LiveView; saved: unknown }) {
  const q = view.question!;
  const r = view.reveal!;
  const grade = saved
    ? // The key arrives apart from its question; both came from the server's parsed question, so they pair up
      // (parsing them again here would load zod on every phone in the room, decision 0092).
      gradeAnswer({ type: q.type, content: q.content, answerKey: r.key, points: q.points } as GradableQuestion, saved)
    : null;
  const verdict = !saved
    ? { tone: "warning" as const, text: "You did not answer this one." }
    : grade?.fraction === null
      ? { tone: "info" as const, text: "Answer recorded: your instructor grades this one." }
      : grade?.fraction === 1
        ? { tone: "success" as const, text: "Correct!" }
        : grade && grade.fraction && grade.fraction > 0
          ? { tone: "warning" as const, text: `Partly right (${Math.round(grade.fraction * 100)}%).` }
          : { tone: "error" as const, text: "Not quite." };
  return (
    <div className="space-y-3">
      <Alert tone={verdict.tone === "error" ? "warning" : verdict.tone} title={verdict.text}>
        <p>
          Answer: <span className="font-semibold">{r.correctText}</span>
        </p>
        {r.explanation && <p className="mt-1">{r.explanation}</p>}
      </Alert>
    </div>
  );
}
