import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { formatDuration } from "@/lib/attention/time-heat";
import { getMyReadingRecord } from "@/server/attention/get-my-reading-record";
import { requireUserPage } from "@/server/auth/session";
import { orNotFound } from "@/server/http/or-not-found";

export const metadata: Metadata = { title: "What is recorded about your reading" };

/** A student's own record of "where attention went" on one assignment: all of it, and nobody else's. */
export default async function ReadingRecordPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireUserPage(`/assignments/${assignmentId}/reading-record`);
  const r = await orNotFound(getMyReadingRecord({ user, assignmentId }));
  const readHref = `/assignments/${assignmentId}/read`;
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb
        trail={[
          { href: `/classes/${r.assignment.classId}`, label: r.assignment.className },
          { href: `/assignments/${assignmentId}`, label: r.assignment.title },
        ]}
      />
      <PageHeader
        title="What is recorded about your reading"
        description={
          r.assignment.tracking
            ? "While you read this assignment's essay, the time each paragraph is on your screen and whether you reached the end are recorded. Your teacher sees these figures; your classmates do not. This is everything stored."
            : "Your teacher has not turned reading time on for this assignment (or has turned it off): nothing new is recorded. Anything recorded before is listed here."
        }
      />
      {r.essays.length === 0 ? (
        <EmptyState title="Nothing is recorded about you for this assignment.">
          {r.assignment.tracking ? (
            <>
              It fills in once you{" "}
              <Link href={readHref} className="font-semibold text-brand-700 underline">
                open the reading
              </Link>
              .
            </>
          ) : null}
        </EmptyState>
      ) : (
        <div className="space-y-6">
          {r.essays.map((e) => {
            const total = e.paragraphs.reduce((s, p) => s + p.ms, 0);
            return (
              <Card key={e.id}>
                <h2 className="text-lg font-bold">{e.title}</h2>
                <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold text-slate-700">First opened</dt>
                  <dd>
                    <LocalTime iso={e.firstOpenedAt} />
                  </dd>
                  <dt className="font-semibold text-slate-700">Reached the end</dt>
                  <dd data-testid="reached-end">
                    {e.reachedEndAt ? (
                      <>
                        Yes, <LocalTime iso={e.reachedEndAt} />
                      </>
                    ) : (
                      "Not yet"
                    )}
                  </dd>
                  <dt className="font-semibold text-slate-700">Time on screen in all</dt>
                  <dd data-testid="total-time">{formatDuration(total)}</dd>
                </dl>
                <table className="mt-4 w-full text-left text-sm">
                  <caption className="sr-only">Time each paragraph of {e.title} was on your screen</caption>
                  <thead>
                    <tr className="border-b border-slate-200 text-slate-700">
                      <th scope="col" className="py-2 pr-3">
                        Paragraph
                      </th>
                      <th scope="col" className="py-2 pr-3 text-right">
                        Time on screen
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.paragraphs.map((p) => (
                      <tr key={p.id} className="border-b border-slate-100 align-top">
                        <th scope="row" className="py-2 pr-3 font-normal">
                          <span className="font-semibold">¶{p.paragraph}</span>{" "}
                          <span className="text-slate-600">{p.opening}</span>
                        </th>
                        <td className="py-2 text-right tabular-nums whitespace-nowrap">{formatDuration(p.ms)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            );
          })}
        </div>
      )}
      <p className="mt-6 text-sm">
        <Link href={readHref} className="font-semibold text-brand-700 underline">
          Back to the reading
        </Link>
      </p>
    </div>
  );
}
