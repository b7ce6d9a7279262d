import type { Metadata } from "next";
import { ModerationButton } from "@/components/discussion/moderation-button";
import { AnswerCard } from "@/components/discussion/answer-card";
import { citablePassages } from "@/components/discussion/citable-passages";
import { DebateAnswerForm } from "@/components/discussion/debate-answer-form";
import { DebateSummary } from "@/components/discussion/debate-summary";
import { DiscussionHeader } from "@/components/discussion/discussion-header";
import { EssayPanel } from "@/components/discussion/essay-panel";
import { EvidenceLegend, EvidenceTable } from "@/components/discussion/evidence-legend";
import type { ThreadCtx } from "@/components/discussion/post-item";
import { AutoRefresh } from "@/components/discussion/auto-refresh";
import { QuoteProvider } from "@/components/discussion/quote-context";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { essaysForPanel, foldAnswer } from "@/lib/discussion/fold";
import type { PassageRef } from "@/lib/questions/public-question";
import { requireUserPage } from "@/server/auth/session";
import { getDebate } from "@/server/discussion/get-debate";
import { orNotFound } from "@/server/http/or-not-found";
import { readDiscussionStamp } from "@/server/discussion/discussion-stamp";

type Props = { params: Promise<{ assignmentId: string; questionId: string }> };
export const metadata: Metadata = { title: "Debate" };

export default async function DebatePage({ params }: Props) {
  const { assignmentId, questionId } = await params;
  const viewer = await requireUserPage(`/assignments/${assignmentId}/questions/${questionId}/debate`);
  // read before the data: anything written after it shows at the open tab's next tick (AutoRefresh)
  const stamp = await readDiscussionStamp(assignmentId, questionId);
  const d = await orNotFound(getDebate({ viewer, assignmentId, questionId }));
  const base = `/assignments/${assignmentId}/questions/${questionId}`;
  const refs: PassageRef[] = d.essays.flatMap((e) =>
    e.passages.map((p) => ({
      id: p.id,
      essaySlug: e.slug,
      essayTitle: e.title,
      paragraph: p.paragraph,
      sentence: p.sentence,
      text: p.text,
    })),
  );
  const cited = new Set(d.question.citedPassageIds);
  // The form's evidence list offers sentences only (EvidencePicker): a paragraph's row would send its text twice.
  const sentences = refs.filter((r) => r.sentence > 0);
  const showForm = !d.viewer.isInstructor && !d.myAnswer?.submitted;
  const ctx: ThreadCtx = {
    assignmentId,
    questionId,
    isInstructor: d.viewer.isInstructor,
    citable: citablePassages(d.essays, d.question.citedPassageIds),
  };
  return (
    <QuoteProvider>
      {d.viewer.canSeePeers && (
        <AutoRefresh stamp={stamp} stampUrl={`/api/discussion/${assignmentId}/${questionId}/stamp`} />
      )}
      <DiscussionHeader
        assignment={d.assignment}
        prompt={d.question.prompt}
        kind="Debate"
        actions={
          <>
            <ButtonLink href={`${base}/discussion`} variant="secondary">
              Discussion view
            </ButtonLink>
            {d.viewer.isInstructor && <ModerationButton assignmentId={assignmentId} openReports={d.openReports} />}
          </>
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <section aria-labelledby="evidence-heading" className="space-y-3 lg:sticky lg:top-20 lg:self-start">
          <h2 id="evidence-heading" className="text-lg font-bold">
            Evidence map
          </h2>
          <EvidenceLegend stances={d.question.stances} />
          <EssayPanel
            essays={essaysForPanel(d.essays)}
            citedPassageIds={d.question.citedPassageIds}
            canQuote={showForm || d.viewer.canSeePeers}
            shade={d.shade}
            heading="Essays shaded by citations"
          />
        </section>
        <div className="space-y-6">
          {showForm && (
            <DebateAnswerForm
              assignmentId={assignmentId}
              question={{
                id: d.question.id,
                type: "DEBATE",
                prompt: d.question.prompt,
                content: d.question.content,
                points: 1,
                passages: refs.filter((r) => cited.has(r.id)),
              }}
              citable={sentences}
              draft={d.myAnswer?.draft ?? null}
            />
          )}
          {!d.viewer.canSeePeers ? (
            <Alert tone="warning" title="Take a side first">
              {d.viewer.lockedReason}
            </Alert>
          ) : (
            <>
              {d.viewer.isInstructor && <DebateSummary summary={d.summary} />}
              <section aria-label="Arguments by side" className="grid grid-cols-[minmax(0,1fr)] gap-4 md:grid-cols-2">
                {d.columns.map((c) => (
                  <section
                    key={c.stance.id}
                    aria-labelledby={`stance-${c.stance.id}`}
                    className="space-y-2 rounded-xl border border-slate-200 bg-slate-50 p-3"
                  >
                    <h2 id={`stance-${c.stance.id}`} className="flex items-baseline justify-between gap-2 font-bold">
                      <span>{c.stance.text}</span>
                      <span
                        className="shrink-0 rounded-full bg-slate-200 px-2.5 py-0.5 text-sm text-slate-800"
                        data-testid="stance-count"
                      >
                        {c.answers.length} {c.answers.length === 1 ? "student" : "students"}
                      </span>
                    </h2>
                    {c.answers.length === 0 && (
                      <p className="text-sm text-slate-600">Nobody has argued this side yet.</p>
                    )}
                    {c.answers.map((a) => (
                      <AnswerCard
                        key={a.responseId}
                        answer={foldAnswer(a)}
                        ctx={{ ...ctx, columnStance: c.stance.text }}
                      />
                    ))}
                  </section>
                ))}
              </section>
              <section aria-labelledby="evidence-table-heading">
                <h2 id="evidence-table-heading" className="mb-2 text-lg font-bold">
                  Evidence table
                </h2>
                <EvidenceTable stances={d.question.stances} rows={d.table} />
              </section>
            </>
          )}
        </div>
      </div>
    </QuoteProvider>
  );
}
