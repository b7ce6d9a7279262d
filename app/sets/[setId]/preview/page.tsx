import type { Metadata } from "next";
import { PreviewQuestions } from "@/components/sets/preview-questions";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/card";
import { forAnsweringAll, toPublicQuestion, type PassageRef } from "@/lib/questions/public-question";
import { requireInstructorPage } from "@/server/auth/session";
import { getSet } from "@/server/question-sets/get-set";

export const metadata: Metadata = { title: "Preview" };

export default async function PreviewPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const user = await requireInstructorPage(`/sets/${setId}/preview`);
  const set = await getSet({ user, setId });
  // Exactly what a student's browser would receive: toPublicQuestion drops the key, explanation and rubric.
  const keyed = new Map(set.questions.map((q) => [q.id, q]));
  const questions = forAnsweringAll(
    set.questions.map((q) =>
      toPublicQuestion({
        ...q,
        passages: q.passageIds.map((id) => set.refs.get(id)).filter((p): p is PassageRef => Boolean(p)),
      }),
    ),
    (q) => keyed.get(q.id),
  );
  const citable = [...set.refs.values()];
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: `/sets/${set.id}`, label: set.title }]} className="mb-4" />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Preview: {set.title}</h1>
      <p className="mt-1 text-slate-600">What a student sees, each question beside the passage it is drawn from.</p>
      <div className="my-4">
        <Alert tone="info">This is a preview: answers you give here are not stored or graded.</Alert>
      </div>
      {questions.length === 0 ? (
        <EmptyState title="This set has no questions yet" />
      ) : (
        <PreviewQuestions questions={questions} citable={citable} />
      )}
    </div>
  );
}
