import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ReportActions } from "@/components/discussion/report-actions";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { listReports } from "@/server/discussion/list-reports";

export const metadata: Metadata = { title: "Moderation" };

export default async function ModerationPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const viewer = await requireInstructorPage(`/assignments/${assignmentId}/moderation`);
  const { assignment, reports, hidden } = await listReports({ viewer, assignmentId });
  const link = (p: { questionId: string }) => `/assignments/${assignmentId}/questions/${p.questionId}/discussion`;
  return (
    <>
      <PageHeader
        title="Moderation"
        description={`${assignment.title} · ${assignment.class.name}: reports from students and the posts you have hidden.`}
      />
      <section aria-labelledby="reports-heading" className="space-y-3">
        <h2 id="reports-heading" className="text-lg font-bold">
          Open reports ({reports.length})
        </h2>
        {reports.length === 0 && (
          <EmptyState title="No open reports">When a student reports a post, it appears here.</EmptyState>
        )}
        <ul className="space-y-3">
          {reports.map((r) => (
            <li key={r.id}>
              <Card>
                <p className="text-sm text-slate-600">
                  On{" "}
                  <Link href={link(r.post)} className="text-brand-700 underline">
                    {r.post.question.prompt}
                  </Link>
                </p>
                <blockquote className="my-2 whitespace-pre-wrap break-words border-l-4 border-slate-300 pl-3 text-slate-900">
                  {r.post.body}
                </blockquote>
                <p className="text-sm">
                  Posted by <span className="font-semibold">{r.post.author.name}</span>
                  {r.post.hidden ? " (hidden)" : ""}. Reported by{" "}
                  <span className="font-semibold">{r.reporter.name}</span>: “{r.reason}”
                </p>
                <div className="mt-3">
                  <ReportActions postId={r.post.id} reportId={r.id} hidden={r.post.hidden} who={r.post.author.name} />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="hidden-heading" className="mt-8 space-y-3">
        <h2 id="hidden-heading" className="text-lg font-bold">
          Hidden posts ({hidden.length})
        </h2>
        {hidden.length === 0 && (
          <p className="text-sm text-slate-600">
            No hidden posts. Hidden posts stay visible to their author, marked hidden.
          </p>
        )}
        <ul className="space-y-3">
          {hidden.map((p) => (
            <li key={p.id}>
              <Card>
                <p className="text-sm text-slate-600">
                  <span className="font-semibold text-slate-900">{p.author.name}</span> on{" "}
                  <Link href={link(p)} className="text-brand-700 underline">
                    this question
                  </Link>
                </p>
                <p className="my-2 whitespace-pre-wrap break-words text-slate-900">{p.body}</p>
                <ReportActions postId={p.id} hidden={p.hidden} who={p.author.name} />
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
