import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { minutes } from "@/components/analytics/format";
import { GradeForm } from "@/components/quiz/grade-form";
import { RegradeDisclosure } from "@/components/quiz/regrade-disclosure";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { getStudentAttempt } from "@/server/analytics/get-student-attempt";
import { orNotFound } from "@/server/http/or-not-found";
import { requireUserPage } from "@/server/auth/session";
import { formatScore } from "@/lib/grading/round-score";
import { shownEmail } from "@/lib/lti/lti-placeholder-email";
import { gradeResponseAction, undoGradeAction } from "../../../grade/actions";

export const metadata: Metadata = { title: "Student attempt" };

type Props = {
  params: Promise<{ assignmentId: string; studentId: string }>;
  searchParams: Promise<{ attempt?: string }>;
};

export default async function StudentAttemptPage({ params, searchParams }: Props) {
  const { assignmentId, studentId } = await params;
  const user = await requireUserPage(`/assignments/${assignmentId}/report/students/${studentId}`);
  const n = Number.parseInt((await searchParams).attempt ?? "", 10);
  const r = await orNotFound(
    getStudentAttempt({ user, assignmentId, studentId, attemptNumber: Number.isFinite(n) ? n : undefined }),
  );
  return (
    <>
      <Breadcrumb
        trail={[{ href: `/assignments/${r.assignment.id}/report`, label: `Report: ${r.assignment.title}` }]}
      />
      <PageHeader
        title={r.student.name}
        description={[
          shownEmail(r.student.email),
          r.attempt &&
            `attempt ${r.attempt.number} · ${formatScore(r.attempt.score)} / ${formatScore(r.attempt.maxScore)} marks · ${minutes(r.attempt.minutes)}`,
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      {r.attempts.length > 1 && (
        <nav aria-label="Attempts" className="mb-4 flex flex-wrap gap-2 text-sm">
          {r.attempts.map((a) => (
            <Link
              key={a.number}
              href={`?attempt=${a.number}`}
              aria-current={a.number === r.attempt?.number ? "page" : undefined}
              className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold"
            >
              Attempt {a.number}: {formatScore(a.score)} / {formatScore(a.maxScore)}
            </Link>
          ))}
        </nav>
      )}
      {!r.attempt ? (
        <EmptyState title="No submitted attempt">This student has not submitted this assignment yet.</EmptyState>
      ) : (
        // Each answer is styled from `.sa` (globals.css), not a utility string on each of its elements: the page
        // sent those twice (HTML and RSC payload) for each of 20 answers.
        <ol className="space-y-4">
          {r.items.map((q) => {
            const full = q.score !== null && q.score >= q.points - 1e-9;
            return (
              <li key={q.id} className="sa">
                <div>
                  <p className="sa-h">Cited passage{q.passages.length > 1 ? "s" : ""}</p>
                  {q.passages.map((p) => (
                    <blockquote key={p.id}>
                      <span>{p.name}</span>
                      {p.text}
                    </blockquote>
                  ))}
                </div>
                <div>
                  <h2>
                    Q{q.number}. {q.prompt}
                  </h2>
                  <p className="sa-ans">
                    <b>Answer: </b>
                    {q.answer === null || q.answer === "" ? (
                      <span className="text-slate-600">(not answered)</span>
                    ) : (
                      q.answer
                    )}
                  </p>
                  {q.citations.length > 0 && (
                    <p className="sa-sub">
                      Cites: {q.citations.map((c) => (c.exact ? `${c.name} “${c.exact}”` : c.name)).join("; ")}
                    </p>
                  )}
                  {q.correctAnswer && (
                    <p className="sa-sub">
                      <b>Correct: </b>
                      {q.correctAnswer}
                    </p>
                  )}
                  <p className="sa-grade">
                    <b>Grade:</b>
                    {q.pending ? (
                      <Badge tone="amber">Awaiting grading</Badge>
                    ) : (
                      <Badge tone={full ? "green" : "red"}>{`${formatScore(q.score)} / ${q.points}`}</Badge>
                    )}
                    {q.manualScore !== null && q.autoScore !== null && q.manualScore !== q.autoScore && (
                      <span className="text-slate-600">set by you (automatic: {formatScore(q.autoScore)})</span>
                    )}
                  </p>
                  {q.feedback && (
                    <p className="sa-fb">
                      <b>Feedback: </b>
                      {q.feedback}
                    </p>
                  )}
                  {q.responseId && (
                    // Any answer can be regraded here (an auto-graded "convergance" for "convergence"), through
                    // the same action and rules as the grading page; the attempt total and gradebook follow.
                    <RegradeDisclosure
                      defaultOpen={q.pending}
                      summary={q.pending ? "Grade this answer" : "Change the grade or add feedback"}
                    >
                      <GradeForm
                        action={gradeResponseAction.bind(null, r.assignment.id, q.responseId)}
                        undo={undoGradeAction.bind(null, r.assignment.id, q.responseId)}
                        max={q.points}
                        score={q.manualScore ?? q.autoScore}
                        feedback={q.feedback ?? ""}
                        student={r.student.name}
                      />
                    </RegradeDisclosure>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
