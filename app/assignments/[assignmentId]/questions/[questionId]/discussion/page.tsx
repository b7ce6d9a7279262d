import type { Metadata } from "next";
import { ModerationButton } from "@/components/discussion/moderation-button";
import { AnswerGroupSection } from "@/components/discussion/answer-group-section";
import { citablePassages } from "@/components/discussion/citable-passages";
import { DiscussionHeader } from "@/components/discussion/discussion-header";
import { EssayPanel } from "@/components/discussion/essay-panel";
import { PostComposer } from "@/components/discussion/post-composer";
import { ThreadList, type ThreadCtx } from "@/components/discussion/post-item";
import { AutoRefresh } from "@/components/discussion/auto-refresh";
import { QuoteProvider } from "@/components/discussion/quote-context";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { essaysForPanel, foldGeneral, pageGroup } from "@/lib/discussion/fold";
import { requireUserPage } from "@/server/auth/session";
import { getDiscussion } from "@/server/discussion/get-discussion";
import { orNotFound } from "@/server/http/or-not-found";
import { readDiscussionStamp } from "@/server/discussion/discussion-stamp";

type Props = { params: Promise<{ assignmentId: string; questionId: string }> };
export const metadata: Metadata = { title: "Discussion" };

export default async function DiscussionPage({ params }: Props) {
  const { assignmentId, questionId } = await params;
  const viewer = await requireUserPage(`/assignments/${assignmentId}/questions/${questionId}/discussion`);
  // read before the data: anything written after it shows at the open tab's next tick (AutoRefresh)
  const stamp = await readDiscussionStamp(assignmentId, questionId);
  const d = await orNotFound(getDiscussion({ viewer, assignmentId, questionId }));
  const ctx: ThreadCtx = {
    assignmentId,
    questionId,
    isInstructor: d.viewer.isInstructor,
    citable: citablePassages(d.essays, d.question.citedPassageIds),
  };
  const total = d.groups.reduce((n, g) => n + g.answers.length, 0);
  // The first page of a busy discussion; the rest loads on demand (lib/discussion/fold.ts, decision 0050).
  const groups = d.groups.map((g) => pageGroup(g));
  const general = foldGeneral(d.general);
  const base = `/assignments/${assignmentId}/questions/${questionId}`;
  return (
    <QuoteProvider>
      {d.viewer.canSeePeers && (
        <AutoRefresh stamp={stamp} stampUrl={`/api/discussion/${assignmentId}/${questionId}/stamp`} />
      )}
      <DiscussionHeader
        assignment={d.assignment}
        prompt={d.question.prompt}
        kind="Discussion"
        actions={
          <>
            {d.question.type === "DEBATE" && (
              <ButtonLink href={`${base}/debate`} variant="secondary">
                Debate view
              </ButtonLink>
            )}
            {d.viewer.isInstructor && <ModerationButton assignmentId={assignmentId} openReports={d.openReports} />}
          </>
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <section aria-label="Source passage in the essay" className="lg:sticky lg:top-20 lg:self-start">
          <EssayPanel
            essays={essaysForPanel(d.essays)}
            citedPassageIds={d.question.citedPassageIds}
            canQuote={d.viewer.canSeePeers}
            heading="The passage in context"
          />
        </section>
        <div className="space-y-6">
          {!d.viewer.canSeePeers ? (
            <Alert tone="warning" title="Answer first, then discuss">
              <p>{d.viewer.lockedReason}</p>
              <p className="mt-2">
                <a href={`/assignments/${assignmentId}`} className="font-semibold underline">
                  Go to the assignment
                </a>
              </p>
            </Alert>
          ) : (
            <>
              {d.viewer.anonymous && (
                <Alert tone="info">
                  {d.viewer.isInstructor
                    ? "Students see each other under pseudonyms; you see names."
                    : "This discussion is anonymous: classmates see you under a pseudonym."}
                </Alert>
              )}
              <section aria-labelledby="answers-heading" className="space-y-4">
                <h2 id="answers-heading" className="text-lg font-bold">
                  Answers ({total})
                </h2>
                {d.groups.length === 0 && (
                  <EmptyState title="No answers yet">Answers appear here once students submit.</EmptyState>
                )}
                {groups.map((g) => (
                  <AnswerGroupSection key={g.key} group={g} total={total} ctx={ctx} />
                ))}
              </section>
              <section aria-labelledby="general-heading" className="space-y-3">
                <h2 id="general-heading" className="text-lg font-bold">
                  Discussion
                </h2>
                {general.posts.length > 0 ? (
                  <ThreadList
                    posts={general.posts}
                    earlier={general.earlier}
                    threadKey="general"
                    ctx={ctx}
                    depth={0}
                    label="Posts on the question"
                    noun="post"
                  />
                ) : (
                  <p className="text-sm text-slate-600">
                    No posts yet. Start the conversation, quoting the essay if you can.
                  </p>
                )}
                <div className="rounded-xl border border-slate-200 bg-white p-3">
                  <PostComposer
                    assignmentId={assignmentId}
                    questionId={questionId}
                    label="Post to the discussion"
                    citable={ctx.citable}
                  />
                </div>
              </section>
            </>
          )}
        </div>
      </div>
    </QuoteProvider>
  );
}
