"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { readAnswer } from "@/lib/questions/answer-shape";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { postJson } from "./post-json";
import { useQuotes } from "./quote-context";

/**
 * Take a side from the debate view: stance, argument and evidence (the quiz's own answer widget), plus
 * the quote picked in the essay. Saved as the student's answer to the prompt in one request.
 */
export function DebateAnswerForm({
  assignmentId,
  question,
  citable,
  draft,
}: {
  assignmentId: string;
  question: Extract<PublicQuestion, { type: "DEBATE" }>;
  citable: PassageRef[];
  draft: unknown;
}) {
  const router = useRouter();
  const { pending: quote, setPending } = useQuotes();
  const draftSaved = draft !== null && draft !== undefined;
  const [value, setValue] = useState(() => readAnswer.DEBATE(draft));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, start] = useTransition();
  const min = question.content.minCitations;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const citations = [
      ...(value.citations ?? []),
      ...(quote ? [{ passageId: quote.passageId, quote: { start: quote.start, end: quote.end } }] : []),
    ];
    if (!value.stanceId) return setError("Pick a side.");
    if (!value.text?.trim()) return setError("Write your argument.");
    if (citations.length < min)
      return setError(
        `Cite at least ${min} passage${min === 1 ? "" : "s"} from the essays as evidence (tick a passage or quote the essay).`,
      );
    start(async () => {
      const res = await postJson("/api/posts/debate-answers", {
        assignmentId,
        questionId: question.id,
        stanceId: value.stanceId,
        text: value.text,
        citations,
      });
      if (!res.ok) return setError(res.error);
      setError(null);
      if (quote) setPending(null);
      setNotice(
        res.data.submitted
          ? null
          : "Your stance is saved in your assignment. Submit the assignment to join the debate.",
      );
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={submit}
      className="space-y-3 rounded-xl border border-brand-100 bg-white p-4 shadow-sm"
      noValidate
      aria-labelledby="take-side-heading"
    >
      <h2 id="take-side-heading" className="text-lg font-bold">
        Take a side
      </h2>
      {draftSaved && !notice && (
        <Alert tone="info">
          Your stance is saved in your assignment but not submitted yet. Update it here or submit the assignment.
        </Alert>
      )}
      <AnswerInput
        question={question}
        value={value}
        onChange={(v) => setValue(readAnswer.DEBATE(v))}
        citable={citable}
        disabled={saving}
      />
      {quote && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          Also citing your quote from {quote.label}: <span className="font-serif italic">“{quote.exact}”</span>
        </p>
      )}
      <Button type="submit" disabled={saving}>
        {saving ? "Saving…" : "Post my stance"}
      </Button>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {notice && <Alert tone="success">{notice}</Alert>}
    </form>
  );
}
