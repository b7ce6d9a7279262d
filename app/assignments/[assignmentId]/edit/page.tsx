import { AssignmentForm } from "@/components/assignments/assignment-form";
import { ConfirmAction } from "@/components/sets/confirm-action";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { getAssignmentForEdit } from "@/server/assignments/get-assignment-for-edit";
import { orNotFound } from "@/server/http/or-not-found";
import { deleteAssignmentAction, updateAssignmentAction } from "./actions";

export const metadata = { title: "Assignment settings" };

export default async function EditAssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireInstructorPage(`/assignments/${assignmentId}/edit`);
  const a = await orNotFound(getAssignmentForEdit({ user, assignmentId }));
  const work = a.studentsWithWork;
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: `/assignments/${a.id}`, label: a.title }]} />
      <PageHeader
        title="Assignment settings"
        description={`${a.title} · ${a.class.name}. Changes apply at once, also to students who are answering now.`}
      />
      <Card>
        <AssignmentForm
          initial={{
            setTitle: a.set.title,
            title: a.title === a.set.title ? "" : a.title,
            opensAt: a.opensAt?.toISOString() ?? null,
            closesAt: a.closesAt?.toISOString() ?? null,
            attemptsAllowed: a.attemptsAllowed,
            timeLimitMinutes: a.timeLimitMinutes,
            shuffleQuestions: a.shuffleQuestions,
            shuffleChoices: a.shuffleChoices,
            revealAnswers: a.revealAnswers,
            peersAfterAnswer: a.peersAfterAnswer,
            showPassages: a.showPassages,
            anonymous: a.anonymous,
            onePerPage: a.onePerPage,
            guidedReading: a.guidedReading,
          }}
          action={updateAssignmentAction.bind(null, a.id)}
        />
      </Card>
      <section aria-labelledby="delete-h" className="mt-8 rounded-xl border border-red-200 bg-white p-4">
        <h2 id="delete-h" className="font-bold text-red-900">
          Delete this assignment
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-700">
          {work === 0
            ? "No student has started it yet."
            : `${work} ${work === 1 ? "student has" : "students have"} started or submitted it: their answers and grades${
                a._count.posts ? ` and ${a._count.posts} discussion ${a._count.posts === 1 ? "post" : "posts"}` : ""
              } go with it.`}{" "}
          This cannot be undone. To stop new answers but keep everything, set a closing time instead.
        </p>
        <ConfirmAction
          action={deleteAssignmentAction.bind(null, a.id)}
          label="Delete assignment"
          question={
            work === 0
              ? `Delete “${a.title}”?`
              : `Delete “${a.title}” and the work of ${work} ${work === 1 ? "student" : "students"}?`
          }
          confirmLabel="Yes, delete it"
        />
      </section>
    </div>
  );
}
