"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-state";
import type { GuideView } from "@/lib/guided-reading/guide-view";
import type { PublicQuestion } from "@/lib/questions/public-question";
import { isAnswered } from "@/lib/questions/types";
import type { QState } from "../quiz/use-autosave";
import { Alert } from "../ui/alert";

type Props = {
  guide: GuideView;
  questions: PublicQuestion[];
  card: (q: PublicQuestion, i: number) => ReactNode;
  answers: Record<string, unknown>;
  status: Record<string, QState>;
  open: (questionId: string) => Promise<ActionResult<{ guide: GuideView }>>;
  onOpened: (guide: GuideView) => void;
};

/** The open sections of the essay, each followed by its questions, and the lock below them. */
export function GuidedEssay({ guide, questions, card, answers, status, open, onOpened }: Props) {
  const index = new Map(questions.map((q, i) => [q.id, i]));
  const last = guide.sections.at(-1);
  const waiting = guide.locked && last ? last.questionIds : [];
  const asked = useRef(new Set<string>());
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");

  // An answer to a question at the lock, once saved (or already saved when the page loaded), opens the next part.
  useEffect(() => {
    for (const id of waiting) {
      const q = questions[index.get(id) ?? -1];
      const st = status[id]?.state;
      if (!q || !isAnswered(q, answers[id]) || (st && st !== "saved") || asked.current.has(id)) continue;
      asked.current.add(id);
      setOpening(true);
      setError(null);
      void open(id)
        .then((r) => {
          if (r.ok) {
            if (r.guide.sections.length > guide.sections.length) setAnnounce("The next part of the essay is open.");
            onOpened(r.guide);
          } else {
            asked.current.delete(id); // the next change tries again
            setError(r.message);
          }
        })
        .catch(() => {
          asked.current.delete(id);
          setError(
            "Could not reach the server to open the next part. Check your connection, then change your answer to try again.",
          );
        })
        .finally(() => setOpening(false));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when an answer, a save state or the open part changes; the rest derives from those or is fixed for the page
  }, [answers, status, guide]);

  return (
    <div>
      {guide.gateOff && (
        <p className="mb-4 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-900">
          Your teacher opened the whole essay for you: read on freely.
        </p>
      )}
      {guide.sections.map((s, i) => (
        <div key={i} className="mb-6">
          {s.paragraphs.length > 0 && (
            <div className="mb-4 font-serif text-lg leading-relaxed text-slate-900">
              {s.paragraphs.map((p) => (
                <div
                  key={`${p.paragraph}-${p.sentences[0]!.sentence}`}
                  className="mb-4 grid grid-cols-[2rem_1fr] gap-2 sm:grid-cols-[3rem_1fr]"
                >
                  <span className="mt-1 select-none text-right font-sans text-sm font-semibold text-slate-500">
                    {p.sentences[0]!.sentence === 1 ? `¶${p.paragraph}` : ""}
                  </span>
                  <p data-attention-paragraph={p.id}>
                    {p.sentences.map((x, j) => (
                      <span key={x.id}>
                        <span id={`g-p${x.paragraph}-s${x.sentence}`} data-passage-id={x.id}>
                          {x.text}
                        </span>
                        {j < p.sentences.length - 1 ? " " : ""}
                      </span>
                    ))}
                  </p>
                </div>
              ))}
            </div>
          )}
          <ol className="space-y-4">
            {s.questionIds.map((id) => {
              const q = questions[index.get(id) ?? -1];
              return q ? <li key={id}>{card(q, index.get(id)!)}</li> : null;
            })}
          </ol>
        </div>
      ))}
      {guide.locked && (
        <div
          className="rounded-xl border-2 border-dashed border-slate-300 bg-slate-50 px-4 py-6 text-center"
          data-testid="guide-lock"
        >
          <p className="font-semibold text-slate-800">
            <svg aria-hidden viewBox="0 0 16 16" className="mr-1 inline h-4 w-4 fill-current align-[-2px]">
              <path d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 1 0-4 0z" />
            </svg>
            {waiting.length > 1
              ? "Answer the questions above to keep reading."
              : "Answer the question above to keep reading."}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {opening
              ? "Opening the next part…"
              : "Any answer opens the next part; you can still change it until you submit."}
          </p>
        </div>
      )}
      {error && (
        <div className="mt-3">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
