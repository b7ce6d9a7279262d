import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { BarChartFigure } from "@/components/analytics/bar-chart-figure";
import { minutes, pct } from "@/components/analytics/format";
import { formatScore } from "@/lib/grading/round-score";
import { Pager } from "@/components/analytics/pager";
import { ReportUnavailable } from "@/components/analytics/report-unavailable";
import { StatTile } from "@/components/analytics/stat-tile";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { getClassReport } from "@/server/analytics/get-class-report";
import { orNotFound } from "@/server/http/or-not-found";
import { orUpstreamNotice } from "@/server/http/or-upstream-notice";
import { requireUserPage } from "@/server/auth/session";

export const metadata: Metadata = { title: "Class report" };

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ page?: string }> };

export default async function ClassReportPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const user = await requireUserPage(`/classes/${classId}/report`);
  const page = Number.parseInt((await searchParams).page ?? "1", 10) || 1;
  const loaded = await orNotFound(orUpstreamNotice(getClassReport({ user, classId, page })));
  if ("unavailable" in loaded) return <ReportUnavailable title="Class report" message={loaded.unavailable} />;
  const r = loaded.data;
  const { rows, pages } = r.gradebook;
  return (
    <>
      <PageHeader
        title={`Class report: ${r.cls.name}`}
        description="Each student’s grade is their best submitted attempt."
        actions={
          <a href={`/classes/${r.cls.id}/gradebook.csv`} download className={buttonClass("secondary")}>
            Download gradebook (CSV)
          </a>
        }
      />
      <div className="space-y-8">
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
          <StatTile label="Students enrolled" value={r.enrolled} />
          <StatTile label="Assignments" value={r.assignments.length} />
          <StatTile label="Median of students’ averages" value={pct(r.classMedian, 1)} />
        </dl>
        <section aria-labelledby="asg-h">
          <h2 id="asg-h" className="mb-3 text-lg font-bold">
            Assignments
          </h2>
          {r.assignments.length === 0 ? (
            <EmptyState title="No assignments yet">Assign a question set to this class to see results here.</EmptyState>
          ) : (
            <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">Completion and scores per assignment</caption>
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    {["Assignment", "Completion", "Mean", "Median", "Median time"].map((h) => (
                      <th key={h} scope="col" className="px-3 py-2 font-semibold">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {r.assignments.map((a) => (
                    <tr key={a.id} className="border-t border-slate-100">
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        <Link href={`/assignments/${a.id}/report`} className="font-semibold text-brand-700 underline">
                          {a.title}
                        </Link>
                      </th>
                      <td className="px-3 py-2 tabular-nums">
                        {a.submitted} / {r.enrolled} ({pct(r.enrolled ? (100 * a.submitted) / r.enrolled : null)})
                      </td>
                      <td className="px-3 py-2 tabular-nums">{pct(a.meanPercent, 1)}</td>
                      <td className="px-3 py-2 tabular-nums">{pct(a.medianPercent, 1)}</td>
                      <td className="px-3 py-2">{minutes(a.medianMinutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        {r.assignments.length > 0 && (
          <Card>
            <BarChartFigure
              title="Students’ average score"
              description="Each student’s mean percentage over the assignments they submitted."
              data={r.averageBins.map((b) => ({ label: b.label, students: b.count }))}
              series={[{ key: "students", name: "Students", color: "#4338ca" }]}
              xLabel="Average score"
            />
          </Card>
        )}
        <section aria-labelledby="gb-h">
          <h2 id="gb-h" className="mb-3 text-lg font-bold">
            Gradebook
          </h2>
          {rows.length === 0 ? (
            <EmptyState title="No students yet">
              Share the class join code ({r.cls.joinCode}) with your students.
            </EmptyState>
          ) : (
            <>
              <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
                <table className="min-w-full text-left text-sm">
                  <caption className="sr-only">Gradebook: score per student and assignment</caption>
                  <thead className="bg-slate-50 text-slate-700">
                    <tr>
                      <th scope="col" className="px-3 py-2 font-semibold">
                        Student
                      </th>
                      {r.assignments.map((a) => (
                        <th key={a.id} scope="col" className="px-3 py-2 font-semibold">
                          {a.title} <span className="font-normal text-slate-600">/ {formatScore(a.maxScore)}</span>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((s) => (
                      <tr key={s.id} className="border-t border-slate-100">
                        <th scope="row" className="px-3 py-2 text-left font-normal">
                          <span className="font-semibold">{s.name}</span>
                          <span className="block text-xs text-slate-600">{s.email}</span>
                        </th>
                        {s.grades.map((g, i) => (
                          <td key={r.assignments[i]!.id} className="px-3 py-2 tabular-nums">
                            {g ? (
                              <Link
                                href={`/assignments/${r.assignments[i]!.id}/report/students/${s.id}`}
                                aria-label={`${g.pending ? "pending grading" : formatScore(g.score)}: open ${s.name}’s attempt at ${r.assignments[i]!.title}`}
                                className="text-brand-700 underline"
                              >
                                {g.pending ? "pending" : formatScore(g.score)}
                              </Link>
                            ) : (
                              <span className="text-slate-600">not submitted</span>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                page={r.gradebook.page}
                pages={pages}
                href={(p) => `/classes/${r.cls.id}/report?page=${p}#gb-h`}
                label="Gradebook pages"
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}
