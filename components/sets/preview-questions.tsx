"use client";
// The set as a student sees it: each question with its cited passage(s) and the student's answer widget.
// Answers live in component state only; nothing is sent anywhere. (Anchors are built inline: lib/passages/segment
// would pull the sentence splitter into the browser bundle.)
import Link from "next/link";
import { useState } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { passageLabel } from "@/lib/passages/group";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";

export function PreviewQuestions({ questions, citable }: { questions: PublicQuestion[]; citable: PassageRef[] }) {
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  return (
    <ol className="space-y-6">
      {questions.map((q, i) => (
        <li key={q.id}>
          <section aria-labelledby={`pq-${q.id}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <p className="text-sm font-semibold text-slate-600">
              Question {i + 1} of {questions.length} · {q.points} point{q.points === 1 ? "" : "s"}
            </p>
            <h2 id={`pq-${q.id}`} className="mt-1 text-lg font-semibold text-slate-900">
              {q.prompt}
            </h2>
            {q.passages.length === 0 && (
              <p className="my-3 text-sm text-slate-600">
                The source passage is shown after answering: here it would give the answer away.
              </p>
            )}
            <div className="my-3 space-y-2" role="group" aria-label="Source passage" hidden={q.passages.length === 0}>
              {q.passages.map((p) => (
                <blockquote
                  key={p.id}
                  className="rounded-r-lg border-l-4 border-sky-600 bg-sky-50 px-4 py-2 font-serif text-slate-900"
                >
                  <p>{p.text}</p>
                  <footer className="mt-1 font-sans text-xs text-slate-700">
                    <Link
                      href={`/essays/${p.essaySlug}#${p.sentence === 0 ? `p${p.paragraph}` : `p${p.paragraph}-s${p.sentence}`}`}
                      className="underline"
                    >
                      {p.essayTitle}, {passageLabel(p)}
                    </Link>
                  </footer>
                </blockquote>
              ))}
            </div>
            <AnswerInput
              question={q}
              value={answers[q.id]}
              onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
              citable={q.type === "DEBATE" || q.type === "EVIDENCE" ? citable : undefined}
            />
          </section>
        </li>
      ))}
    </ol>
  );
}
