"use client";
// The set as a student sees it: each question with its cited passage(s) and the student's answer widget.
// Answers live in component state only; nothing is sent anywhere.
import { useState } from "react";
import { AnswerInput } from "@/components/questions/answer-input";
import { SourcePassages } from "@/components/questions/source-passages";
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
            <SourcePassages passages={q.passages} />
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
