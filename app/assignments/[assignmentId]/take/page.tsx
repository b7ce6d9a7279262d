import { notFound, redirect } from "next/navigation";
import { AttentionNotice } from "@/components/attention/attention-notice";
import { AttentionTracker } from "@/components/attention/attention-tracker";
import { GuidedTakeQuiz } from "@/components/guided-reading/guided-take-quiz";
import { TakeQuiz } from "@/components/quiz/take-quiz";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/card";
import { isAppError } from "@/lib/errors/app-error";
import { requireUserPage } from "@/server/auth/session";
import { getQuizForTaking } from "@/server/attempts/get-quiz-for-taking";
import { openGuidedSectionAction } from "./guided-actions";

export const metadata = { title: "Quiz" };

export default async function TakePage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireUserPage(`/assignments/${assignmentId}/take`);
  if (user.role !== "STUDENT") redirect(`/assignments/${assignmentId}`);
  const quiz = await getQuizForTaking({ user, assignmentId }).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  // No open attempt: the assignment page explains the rules and starts one.
  if (!quiz.attempt) redirect(`/assignments/${assignmentId}`);
  const common = {
    assignmentId,
    attemptId: quiz.attempt.id,
    questions: quiz.questions,
    citable: quiz.citable,
    saved: quiz.saved,
    deadline: quiz.attempt.deadline,
  };
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: `/assignments/${assignmentId}`, label: quiz.assignment.className }]} />
      <PageHeader
        title={quiz.assignment.title}
        description={quiz.attempt.number > 1 ? `Attempt ${quiz.attempt.number}` : undefined}
      />
      {quiz.guide ? (
        <>
          {/* Guided reading is this assignment's reading: "where attention went" tracks it as on the read page. */}
          {quiz.assignment.trackReading && quiz.guide.essay && (
            <>
              <AttentionNotice recordHref={`/assignments/${assignmentId}/reading-record`} />
              <AttentionTracker endpoint={`/api/attention/${assignmentId}`} essayId={quiz.guide.essay.id} />
            </>
          )}
          <GuidedTakeQuiz {...common} guide={quiz.guide} open={openGuidedSectionAction.bind(null, assignmentId)} />
        </>
      ) : (
        <TakeQuiz {...common} onePerPage={quiz.assignment.onePerPage} />
      )}
    </div>
  );
}
