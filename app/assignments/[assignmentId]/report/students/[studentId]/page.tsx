import type { Metadata } from "next";
import Link from "next/link";
import { minutes, num } from "@/components/analytics/format";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { getStudentAttempt } from "@/server/analytics/get-student-attempt";
import { orNotFound } from "@/server/http/or-not-found";
import { requireUserPage } from "@/server/auth/session";

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
        description={
          r.attempt
            ? `${r.student.email} · attempt ${r.attempt.number} · ${num(r.attempt.score, 1)} / ${num(r.attempt.maxScore, 1)} marks · ${minutes(r.attempt.minutes)}`
            : r.student.email
        }
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
              Attempt {a.number}: {num(a.score, 1)} / {num(a.maxScore, 1)}
            </Link>
          ))}
        </nav>
      )}
      {!r.attempt ? (
        <EmptyState title="No submitted attempt">This student has not submitted this assignment yet.</EmptyState>
      ) : (
        <ol className="space-y-4">
          {r.items.map((q) => {
            const full = q.score !== null && q.score >= q.points - 1e-9;
            return (
              <li key={q.id}>
                <Card>
                  <div className="grid gap-4 lg:grid-cols-2">
                    <div>
                      <p className="text-sm font-semibold text-slate-600">
                        Cited passage{q.passages.length > 1 ? "s" : ""}
                      </p>
                      {q.passages.map((p) => (
                        <blockquote
                          key={p.id}
                          className="mt-2 border-l-4 border-slate-300 pl-3 font-serif text-slate-800"
                        >
                          <span className="mr-1 font-sans text-xs font-semibold text-slate-600">{p.name}</span>
                          {p.text}
                        </blockquote>
                      ))}
                    </div>
                    <div>
                      <h2 className="font-semibold">
                        Q{q.number}. {q.prompt}
                      </h2>
                      <p className="mt-2 text-sm">
                        <span className="font-semibold">Answer: </span>
                        {q.answer === null || q.answer === "" ? (
                          <span className="text-slate-600">(not answered)</span>
                        ) : (
                          <span className="whitespace-pre-line">{q.answer}</span>
                        )}
                      </p>
                      {q.citations.length > 0 && (
                        <p className="mt-1 text-sm text-slate-700">
                          Cites: {q.citations.map((c) => (c.exact ? `${c.name} “${c.exact}”` : c.name)).join("; ")}
                        </p>
                      )}
                      {q.correctAnswer && (
                        <p className="mt-1 text-sm text-slate-700">
                          <span className="font-semibold">Correct: </span>
                          {q.correctAnswer}
                        </p>
                      )}
                      <p className="mt-2 flex items-center gap-2 text-sm">
                        <span className="font-semibold">Grade:</span>
                        {q.pending ? (
                          <Badge tone="amber">Awaiting grading</Badge>
                        ) : (
                          <Badge tone={full ? "green" : "red"}>{`${num(q.score, 2)} / ${q.points}`}</Badge>
                        )}
                      </p>
                      {q.feedback && (
                        <p className="mt-2 rounded-lg bg-slate-50 p-3 text-sm">
                          <span className="font-semibold">Feedback: </span>
                          {q.feedback}
                        </p>
                      )}
                    </div>
                  </div>
                </Card>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
