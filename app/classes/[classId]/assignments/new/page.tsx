import Link from "next/link";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { listAssignableSets } from "@/server/question-sets/list-assignable-sets";
import { getClassForInstructor } from "@/server/classes/get-class-for-instructor";
import { createAssignmentAction } from "../../../actions";

export const metadata = { title: "New assignment" };

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireInstructorPage(`/classes/${classId}/assignments/new`);
  const [cls, sets] = await Promise.all([getClassForInstructor({ user, classId }), listAssignableSets({ user })]);
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
    </div>
  );
}
