import { Link } from "@/components/ui/link";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { TYPE_LABELS } from "@/lib/questions/schema";
import { Badge } from "../ui/card";
import { PassageQuote } from "./passage-quote";
import { ReadOnlyAnswer } from "./read-only-answer";
import { ResultDetails } from "./result-details";

export type ResultItem = {
  question: PublicQuestion;
  answer: unknown;
  score: number | null | undefined;
  awaitingGrade: boolean;
  feedback: string | null;
  correct: string[] | null;
  explanation: string | null;
};

export const points = (x: number) => String(Math.round(x * 100) / 100);

/**
 * One question of a submitted attempt beside the passage it is drawn from. Server-rendered markup styled from
 * the card's classes (`.rc`, globals.css): 20 of these were most of the result page's HTML and RSC payload.
 */
export function AttemptResultItem({
  item,
  index,
  total,
  passages,
  assignmentId,
}: {
  item: ResultItem;
  index: number;
  total: number;
  /** the passages evidence questions offer and debate answers cite, by id */
  passages: ReadonlyMap<string, PassageRef>;
  assignmentId: string;
}) {
  const q = item.question;
  const full = item.score !== undefined && item.score !== null && item.score >= q.points;
  const h = `r-${q.id}`;
  return (
    <section aria-labelledby={h} className="qcard rc">
      <div className="rc-meta">
        <p className="qmeta">{`Question ${index + 1} of ${total} · ${TYPE_LABELS[q.type]}`}</p>
        {item.awaitingGrade ? (
          <Badge tone="amber">Awaiting grading</Badge>
        ) : item.score !== undefined && item.score !== null ? (
          <Badge tone={full ? "green" : item.score > 0 ? "amber" : "red"}>
            {`${points(item.score)} / ${points(q.points)} points`}
          </Badge>
        ) : null}
      </div>
      <h3 id={h}>{q.prompt}</h3>
      <ResultDetails collapsed={full && !item.feedback}>
        <div className="rc-body">
          <div>
            <p className="rc-h">Your answer</p>
            {item.answer === null ? (
              <p className="text-sm italic text-slate-600">Not answered.</p>
            ) : (
              <ReadOnlyAnswer question={q} answer={item.answer} passages={passages} labelledBy={h} />
            )}
            {item.correct && item.correct.length > 0 && (
              <div className="rc-key">
                <p>Correct answer</p>
                <ul>
                  {item.correct.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </div>
            )}
            {item.explanation && (
              <div className="rc-note">
                <p>Explanation</p>
                <p>{item.explanation}</p>
              </div>
            )}
            {item.feedback && (
              <div className="rc-fb">
                <p>Feedback from your instructor</p>
                <p>{item.feedback}</p>
              </div>
            )}
          </div>
          <aside aria-label="Source passage" className="rc-src">
            <p className="qmeta">Drawn from</p>
            {q.passages.map((p) => (
              <PassageQuote key={p.id} p={p} />
            ))}
          </aside>
        </div>
      </ResultDetails>
      <Link href={`/assignments/${assignmentId}/questions/${q.id}/discussion`} className="rc-link">
        Discuss this question
      </Link>
    </section>
  );
}
