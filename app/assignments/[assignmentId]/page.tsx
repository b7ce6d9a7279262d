import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { InstructorAssignmentView } from "@/components/assignments/instructor-assignment-view";
import { GradeSyncStatus } from "@/components/lti/grade-sync-status";
import { StudentAssignmentView } from "@/components/assignments/student-assignment-view";
import { PageHeader } from "@/components/ui/card";
import { requireUserPage, type SessionUser } from "@/server/auth/session";
import { closedReason } from "@/server/attempts/assignment-window";
import { getAttemptResult } from "@/server/attempts/get-attempt-result";
import { getStudentAssignment } from "@/server/attempts/get-student-assignment";
import { getAssignmentOverview } from "@/server/assignments/get-assignment-overview";
import { getLtiGradeSync } from "@/server/lti/get-lti-grade-sync";
import { orNotFound } from "@/server/http/or-not-found";
import { findReadingTask } from "@/server/annotations/find-reading-task";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import {
  clearExtensionAction,
  closeAssignmentAction,
  reopenAssignmentAction,
  setExtensionAction,
  setReadingTrackingAction,
} from "./edit/actions";
import { startAttemptAction } from "./take/actions";
import { setGuidedGateAction } from "./take/guided-actions";

type Props = {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ submitted?: string; updated?: string }>;
};
export const metadata = { title: "Assignment" };

export default async function AssignmentPage({ params, searchParams }: Props) {
  const { assignmentId } = await params;
  const user = await requireUserPage(`/assignments/${assignmentId}`);
  // A "read and annotate" assignment is its reading page for students; the instructor keeps the settings here.
  const reading = await findReadingTask({ user, assignmentId });
  if (reading && user.role !== "INSTRUCTOR") redirect(`/assignments/${assignmentId}/read`);
  if (user.role === "INSTRUCTOR") {
    const o = await getAssignmentOverview({ user, assignmentId });
    const gradeSync = await getLtiGradeSync({ user, assignmentId });
    return (
      <>
        <Breadcrumb trail={[{ href: `/classes/${o.assignment.class.id}`, label: o.assignment.class.name }]} />
        <PageHeader
          title={o.assignment.title}
          description={o.assignment.mode === "LIVE" ? "Live quiz" : "Self-paced quiz"}
        />
        {reading && (
          <div className="mb-4 flex flex-wrap items-center gap-3">
            <p className="text-slate-700">
              A reading to annotate: annotations, moderation and each student&rsquo;s counts are on the reading page.
            </p>
            <ButtonLink href={`/assignments/${assignmentId}/read`}>Open the reading</ButtonLink>
          </div>
        )}
        {(await searchParams).updated === "1" && (
          <div className="mb-4">
            <Alert tone="success">Settings saved. They apply to every student from now on.</Alert>
          </div>
        )}
        {gradeSync && <GradeSyncStatus sync={gradeSync} />}
        <InstructorAssignmentView
          o={o}
          close={closeAssignmentAction.bind(null, o.assignment.id)}
          reopen={reopenAssignmentAction.bind(null, o.assignment.id)}
          extend={{ save: setExtensionAction, remove: clearExtensionAction }}
          guideGate={setGuidedGateAction}
          readingTracking={setReadingTrackingAction}
        />
      </>
    );
  }
  return <StudentPage user={user} assignmentId={assignmentId} justSubmitted={(await searchParams).submitted === "1"} />;
}

async function StudentPage({
  user,
  assignmentId,
  justSubmitted,
}: {
  user: SessionUser;
  assignmentId: string;
  justSubmitted: boolean;
}) {
  const a = await orNotFound(getStudentAssignment({ user, assignmentId }));
  const open = a.attempts.some((t) => !t.submittedAt);
  const anySubmitted = a.attempts.some((t) => t.submittedAt);
  const reason = closedReason(a);
  const result = anySubmitted ? await getAttemptResult({ user, assignmentId }) : null;
  const canStart = !open && !reason && a.mode === "SELF_PACED";
  return (
    <div className="mx-auto max-w-5xl">
      <Breadcrumb trail={[{ href: `/classes/${a.class.id}`, label: a.class.name }]} />
      <PageHeader title={a.title} description={a.set.description || undefined} />
      <StudentAssignmentView
        assignmentId={a.id}
        facts={{ ...a, questionCount: a.set._count.questions }}
        openAttempt={open && a.mode === "SELF_PACED"}
        live={a.mode === "LIVE"}
        closedReason={reason}
        start={canStart && a.attempts.length === 0 ? startAttemptAction.bind(null, a.id, false) : null}
        startAnother={canStart && result?.canRetake ? startAttemptAction.bind(null, a.id, true) : null}
        justSubmitted={justSubmitted && anySubmitted}
        extension={a.extension}
        result={
          result && {
            attempt: result.attempt,
            revealed: result.revealed,
            revealAnswers: result.assignment.revealAnswers,
            passages: result.passages,
            items: result.items,
          }
        }
      />
    </div>
  );
}
