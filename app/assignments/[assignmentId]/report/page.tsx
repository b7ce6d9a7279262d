import type { Metadata } from "next";
import { Suspense } from "react";
import { BarChartFigure } from "@/components/analytics/bar-chart-figure";
import { minutes, pct } from "@/components/analytics/format";
import { Pager } from "@/components/analytics/pager";
import { PassageHeatmap } from "@/components/analytics/passage-heatmap";
import { ReportLoading } from "@/components/analytics/report-loading";
import { QuestionTable } from "@/components/analytics/question-table";
import { ReadingTable } from "@/components/analytics/reading-table";
import { StatTile } from "@/components/analytics/stat-tile";
import { StudentsTable } from "@/components/analytics/students-table";
import { TestStatsCard } from "@/components/analytics/test-stats";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { getAssignmentReport } from "@/server/analytics/get-assignment-report";
import { getReadingAttention } from "@/server/attention/get-reading-attention";
import { orNotFound } from "@/server/http/or-not-found";
import { orUpstreamNotice } from "@/server/http/or-upstream-notice";
import { requireUserPage, type SessionUser } from "@/server/auth/session";
import { assertOwnsAssignment } from "@/server/analytics/assert-owns-assignment";
import { passageSpans } from "@/lib/passages/group";

export const metadata: Metadata = { title: "Assignment report" };
const PAGE_SIZE = 25;

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ page?: string }> };

export default async function AssignmentReportPage({ params, searchParams }: Props) {
  const { assignmentId } = await params;
  const user = await requireUserPage(`/assignments/${assignmentId}/report`);
  // The header first (the layout's ownership check already read it): a teacher sees which report this is at once,
  // and on a phone it is the first paint's largest text instead of a skeleton replaced 300 ms later (decision 0093).
  const head = await orNotFound(assertOwnsAssignment({ user, assignmentId }));
  return (
    <>
      <Breadcrumb trail={[{ href: `/classes/${head.classId}/report`, label: `${head.className}: class report` }]} />
      <PageHeader
        title={`Report: ${head.title}`}
        description={`Question set “${head.setTitle}”. Statistics use each student’s first submitted attempt.`}
        actions={
          <a href={`/assignments/${head.id}/responses.csv`} download className={buttonClass("secondary")}>
            Download responses (CSV)
          </a>
        }
      />
      <Suspense fallback={<ReportLoading label="Loading the report…" header={false} />}>
        <ReportBody user={user} assignmentId={assignmentId} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function ReportBody({
  user,
  assignmentId,
  searchParams,
}: {
  user: SessionUser;
  assignmentId: string;
  searchParams: Props["searchParams"];
}) {
  const loaded = await orNotFound(
    orUpstreamNotice(
      Promise.all([getAssignmentReport({ user, assignmentId }), getReadingAttention({ user, assignmentId })]),
    ),
  );
  if ("unavailable" in loaded)
    return (
      <Alert tone="error" title="This report is unavailable for now">
        {loaded.unavailable}
      </Alert>
    );
  const [r, attention] = loaded.data;
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const pages = Math.max(1, Math.ceil(r.students.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const o = r.overview;
  const completion = o.enrolled ? (100 * o.submitted) / o.enrolled : null;
  // The essay goes to the browser once: the heatmap's body with passages as offsets (no text of their own).
  const essays = r.essays.map((e) => ({ id: e.id, title: e.title, body: e.body, passages: passageSpans(e.passages) }));
  const reading = Object.fromEntries(
    Object.values(attention.paragraphs).map((p) => [p.passageId, { totalMs: p.totalMs, medianMs: p.medianMs }]),
  );

  return (
    <>
      <div className="space-y-8">
        <section aria-labelledby="overview-h">
          <h2 id="overview-h" className="sr-only">
            Overview
          </h2>
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <StatTile
              label="Completion"
              value={`${o.submitted} / ${o.enrolled}`}
              hint={`${pct(completion)} of enrolled students submitted`}
              testId="completion"
            />
            <StatTile label="Mean score" value={pct(o.meanPercent, 1)} testId="mean" />
            <StatTile label="Median score" value={pct(o.medianPercent, 1)} testId="median" />
            <StatTile label="Median time taken" value={minutes(o.medianMinutes)} hint="from start to submit" />
          </dl>
          {o.ungradedResponses > 0 && (
            <div className="mt-3">
              <Alert tone="warning">
                {o.ungradedResponses === 1 ? "1 answer still awaits" : `${o.ungradedResponses} answers still await`}{" "}
                grading; {o.ungradedResponses === 1 ? "it counts" : "they count"} as 0 until graded.
              </Alert>
            </div>
          )}
        </section>
        {o.submitted === 0 ? (
          <EmptyState title="No submissions yet">
            The report fills in as students submit. Completion counts enrolled students.
          </EmptyState>
        ) : (
          <>
            <section aria-labelledby="dist-h">
              <h2 id="dist-h" className="mb-3 text-lg font-bold">
                Scores and time
              </h2>
              <div className="grid gap-4 md:grid-cols-2">
                <Card>
                  <BarChartFigure
                    title="Score distribution"
                    data={r.scoreBins.map((b) => ({ label: b.label, students: b.count }))}
                    series={[{ key: "students", name: "Students", color: "#4338ca" }]}
                    xLabel="Score"
                  />
                </Card>
                <Card>
                  <BarChartFigure
                    title="Time taken"
                    data={r.timeBins.map((b) => ({ label: b.label, students: b.count }))}
                    series={[{ key: "students", name: "Students", color: "#0f766e" }]}
                    xLabel="Time"
                  />
                </Card>
              </div>
            </section>
            <TestStatsCard test={r.test} />
            <section aria-labelledby="questions-h">
              <h2 id="questions-h" className="mb-1 text-lg font-bold">
                Questions
              </h2>
              <p className="mb-3 max-w-3xl text-sm text-slate-600">
                Facility: share of marks earned. Discrimination: how well the question separates students who did well
                on the rest of the quiz from those who did not (correlation with the rest of the test; aim for 30% or
                more). A negative value usually means a wrong key or a misleading question.
              </p>
              <Card className="mb-4">
                <BarChartFigure
                  title="Facility and discrimination per question"
                  data={r.questions.map((q) => ({
                    label: `Q${q.number}`,
                    facility: q.stats.facility === null ? null : Math.round(q.stats.facility * 1000) / 10,
                    discrimination:
                      q.stats.discriminationIndex === null ? null : Math.round(q.stats.discriminationIndex * 10) / 10,
                  }))}
                  series={[
                    { key: "facility", name: "Facility", color: "#4338ca", unit: "%" },
                    { key: "discrimination", name: "Discrimination", color: "#b45309", unit: "%" },
                  ]}
                  xLabel="Question"
                  yDomain={[-100, 100]}
                />
              </Card>
              <QuestionTable questions={r.questions} submitted={o.submitted} />
            </section>
          </>
        )}
        <section aria-labelledby="heat-h">
          <h2 id="heat-h" className="mb-1 text-lg font-bold">
            Passage heatmap
          </h2>
          <p className="mb-3 max-w-3xl text-sm text-slate-600">
            Sentences are shaded by how often the questions citing them were answered wrongly, or by how long their
            paragraph was on students’ screens.
          </p>
          <PassageHeatmap
            essays={essays}
            reading={reading}
            heat={r.heat}
            questions={r.questions.map((q) => ({
              id: q.id,
              number: q.number,
              prompt: q.prompt,
              wrong: q.wrong,
              graded: q.graded,
              correctAnswer: q.correctAnswer,
              wrongOptions: q.options
                .filter((x) => x.correct === false && x.count > 0)
                .map((x) => ({ label: x.label, count: x.count })),
              wrongTexts: q.wrongTexts,
            }))}
          />
        </section>
        <section aria-labelledby="attention-h">
          <h2 id="attention-h" className="mb-1 text-lg font-bold">
            Where attention went
          </h2>
          <p className="mb-3 max-w-3xl text-sm text-slate-600" data-testid="attention-status">
            {attention.tracking
              ? "Reading time is recorded: how long each paragraph was on students’ screens (only while the tab was in front and the student active). Notes and “confused” flags are students’ annotations."
              : "Reading time is not recorded for this assignment; turn it on from the assignment page (students are told on the reading page). Notes and “confused” flags are students’ annotations."}
          </p>
          <ReadingTable
            essays={r.essays}
            paragraphs={attention.paragraphs}
            opened={Object.fromEntries(attention.essays.map((e) => [e.essayId, e]))}
          />
          <div className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <h3 id="never-opened-h" className="font-bold">
              Never opened the reading ({attention.neverOpened.length})
            </h3>
            {attention.neverOpened.length === 0 ? (
              <p className="mt-1 text-sm text-slate-700">Everyone has opened it.</p>
            ) : (
              <ul aria-labelledby="never-opened-h" className="mt-2 flex flex-wrap gap-2 text-sm">
                {attention.neverOpened.map((s) => (
                  <li key={s.id} className="rounded-full bg-slate-100 px-3 py-1 text-slate-800">
                    {s.name}
                  </li>
                ))}
              </ul>
            )}
            {!attention.tracking && (
              <p className="mt-2 text-xs text-slate-600">Counted only while reading time is recorded.</p>
            )}
          </div>
        </section>
        <section aria-labelledby="students-h">
          <h2 id="students-h" className="mb-3 text-lg font-bold">
            Students ({r.students.length})
          </h2>
          {r.students.length > 0 ? (
            <>
              <StudentsTable
                rows={r.students.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)}
                assignmentId={r.assignment.id}
              />
              <Pager
                page={current}
                pages={pages}
                href={(p) => `/assignments/${r.assignment.id}/report?page=${p}#students-h`}
                label="Students pages"
              />
            </>
          ) : (
            <p className="text-sm text-slate-600">Nobody has submitted yet.</p>
          )}
        </section>
      </div>
    </>
  );
}
