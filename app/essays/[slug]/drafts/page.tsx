import type { Metadata } from "next";
import { DraftReview } from "@/components/sets/draft-review";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { EmptyState } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { draftEssayQuestions } from "@/server/essays/draft-essay-questions";
import { listSets } from "@/server/question-sets/list-sets";
import { acceptDraftAction } from "./actions";

export const metadata: Metadata = { title: "Draft questions" };

export default async function DraftsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireInstructorPage(`/essays/${slug}/drafts`);
  const [{ essay, drafts }, sets] = await Promise.all([draftEssayQuestions({ user, slug }), listSets({ user })]);
  const passages = Object.fromEntries(
    essay.passages.map((p) => [p.id, { paragraph: p.paragraph, sentence: p.sentence, text: p.text }]),
  );
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: `/essays/${essay.slug}`, label: essay.title }]} className="mb-4" />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Draft questions</h1>
      <p className="mt-1 text-slate-600">
        Suggested from “{essay.title}”, each citing the passage it comes from. Accept the good ones into a set, edit any
        that need it, discard the rest. Nothing is saved until you accept.
      </p>
      <div className="mt-6">
        {drafts.length === 0 ? (
          <EmptyState title="No drafts for this essay">
            It may be too short to draw questions from. Write them yourself in a question set.
          </EmptyState>
        ) : (
          <DraftReview
            essaySlug={essay.slug}
            essayTitle={essay.title}
            drafts={drafts}
            passages={passages}
            sets={sets.filter((s) => !s.builtIn).map((s) => ({ id: s.id, title: s.title }))}
            accept={acceptDraftAction}
          />
        )}
      </div>
    </div>
  );
}
