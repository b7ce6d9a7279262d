import { AssignmentForm } from "@/components/assignments/assignment-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { getLtiDeepLink } from "@/server/lti/get-lti-deep-link";
import { listAssignableSets } from "@/server/question-sets/list-assignable-sets";
import { chooseDeepLinkAction } from "./actions";

export const metadata = { title: "Add to your LMS course" };

// A teacher chose "add an activity" in their LMS course (LTI Deep Linking): pick the set and its settings here;
// the LMS gets a link to the new assignment with a gradebook column worth the set's points.
export default async function DeepLinkPage({ params }: { params: Promise<{ deepLinkId: string }> }) {
  const { deepLinkId } = await params;
  const user = await requireInstructorPage(`/lti/deep-link/${deepLinkId}`);
  const [dl, sets] = await Promise.all([getLtiDeepLink({ user, id: deepLinkId }), listAssignableSets({ user })]);
  const cls = dl.context.class;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Add a Passage activity to your course"
        description={`From ${dl.platform.name}: the assignment goes to your class ${cls.name}, and the LMS gets a link to it with a gradebook column.`}
      />
      {dl.answered ? (
        <Alert tone="info" title="Already added">
          This activity was already sent to your LMS. To add another, start again from your LMS course.
        </Alert>
      ) : dl.expired ? (
        <Alert tone="warning" title="This request has expired">
          Start again from your LMS course: choose Passage when adding an activity.
        </Alert>
      ) : (
        <Card>
          <AssignmentForm
            sets={sets.map((s) => ({ id: s.id, title: s.title, builtIn: s.builtIn, questions: s._count.questions }))}
            action={chooseDeepLinkAction.bind(null, dl.id)}
          />
        </Card>
      )}
    </div>
  );
}
