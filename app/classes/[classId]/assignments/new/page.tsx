import { Link } from "@/components/ui/link";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { listAssignableSets } from "@/server/question-sets/list-assignable-sets";
import { getClassForInstructor } from "@/server/classes/get-class-for-instructor";
import { createAssignmentAction } from "../../../actions";
import { ReadingAssignmentForm } from "@/components/annotations/reading-assignment-form";
import { listReadingChoices } from "@/server/annotations/list-reading-choices";
import { createReadingAssignmentAction } from "./actions";

export const metadata = { title: "New assignment" };

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireInstructorPage(`/classes/${classId}/assignments/new`);
  const [cls, sets, readings] = await Promise.all([
    getClassForInstructor({ user, classId }),
    listAssignableSets({ user }),
    listReadingChoices({ user }),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: `/classes/${cls.id}`, label: cls.name }]} />
      <PageHeader title="New assignment" description={`Assign a question set to ${cls.name}.`} />
      {sets.length === 0 && (
        <div className="mb-4">
          <Alert tone="warning">
            You have no question sets with questions yet.{" "}
            <Link href="/sets" className="font-semibold underline">
              Build a question set
            </Link>{" "}
            first.
          </Alert>
        </div>
      )}
      <Card>
        <AssignmentForm
          sets={sets.map((s) => ({ id: s.id, title: s.title, builtIn: s.builtIn, questions: s._count.questions }))}
          action={createAssignmentAction.bind(null, cls.id)}
        />
      </Card>
      <section aria-labelledby="reading-heading" className="mt-8">
        <h2 id="reading-heading" className="text-xl font-bold text-slate-900">
          Or: read and annotate
        </h2>
        <p className="mb-3 mt-1 text-slate-600">
          Students read an essay together, highlight, comment and flag what confuses them, and reply to each other.
        </p>
        <Card>
          <ReadingAssignmentForm readings={readings} action={createReadingAssignmentAction.bind(null, cls.id)} />
        </Card>
      </section>
    </div>
  );
}
