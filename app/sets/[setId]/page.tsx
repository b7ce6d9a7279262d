import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionEditor } from "@/components/question-editor/question-editor";
import { draftFrom, newDraft } from "@/components/question-editor/draft";
import { ConfirmAction } from "@/components/sets/confirm-action";
import { ExportMenu } from "@/components/sets/export-menu";
import { QuestionList } from "@/components/sets/question-list";
import { SetDetailsForm } from "@/components/sets/set-details-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { SubmitButton } from "@/components/sets/submit-button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { passageLabel } from "@/lib/passages/group";
import { describeOptions } from "@/lib/questions/describe-options";
import { describeKey } from "@/server/attempts/describe-key";
import { requireInstructorPage } from "@/server/auth/session";
import { listEssays } from "@/server/essays/list-essays";
import { getSet } from "@/server/question-sets/get-set";
import { duplicateSetAction } from "../actions";
import {
  deleteQuestionAction,
  deleteSetAction,
  moveQuestionAction,
  saveQuestionAction,
  updateSetAction,
} from "./actions";

type Props = {
  params: Promise<{ setId: string }>;
  searchParams: Promise<{ q?: string; saved?: string; regraded?: string; duplicated?: string }>;
};

export const metadata: Metadata = { title: "Question set" };

export default async function SetPage({ params, searchParams }: Props) {
  const { setId } = await params;
  const { q, saved, regraded, duplicated } = await searchParams;
  const user = await requireInstructorPage(`/sets/${setId}`);
  const set = await getSet({ user, setId });
  const essays = await listEssays(user);
  const essayOptions = essays.map((e) => ({ slug: e.slug, title: e.title }));

  if (q && set.editable) {
    const existing = q === "new" ? null : set.questions.find((x) => x.id === q);
    if (q !== "new" && !existing) notFound();
    return (
      <>
        <Breadcrumb trail={[{ href: `/sets/${set.id}`, label: set.title }]} className="mb-4" />
        <QuestionEditor
          setId={set.id}
          questionId={existing?.id ?? null}
          initial={existing ? draftFrom(existing) : newDraft("SINGLE_CHOICE", essayOptions)}
          essays={set.essays}
          essayOptions={essayOptions}
          save={saveQuestionAction}
          answered={existing?.responses ?? 0}
        />
      </>
    );
  }

  const questions = set.questions.map((x) => ({
    id: x.id,
    type: x.type,
    prompt: x.prompt,
    points: x.points,
    responses: x.responses,
    // The set page is for instructors only (requireInstructorPage): the key is theirs to check.
    options: describeOptions(x),
    key: describeKey(x, set.refs),
    cites: x.passageIds.map((pid) => {
      const p = set.refs.get(pid);
      return p ? `${passageLabel(p)}${set.essays.length > 1 ? ` (${p.essayTitle})` : ""}` : "a removed passage";
    }),
  }));
  return (
    <>
      <Breadcrumb trail={[{ href: "/sets", label: "Question sets" }]} className="mb-4" />
      <PageHeader
        title={set.title}
        description={set.description || undefined}
        eyebrow={set.builtIn ? <Badge tone="brand">Built-in · read-only</Badge> : undefined}
        actions={
          <>
            <ButtonLink href={`/sets/${set.id}/preview`} variant="secondary">
              Preview as a student
            </ButtonLink>
            <ExportMenu setId={set.id} />
            <form action={duplicateSetAction}>
              <input type="hidden" name="setId" value={set.id} />
              <SubmitButton variant={set.editable ? "secondary" : "primary"} pendingLabel="Duplicating…">
                {set.editable ? "Duplicate" : "Duplicate to edit"}
              </SubmitButton>
            </form>
            {set.editable && <ButtonLink href={`/sets/${set.id}?q=new`}>Add a question</ButtonLink>}
          </>
        }
      >
        <p className="mt-1 text-sm text-slate-600">From {set.essays.map((e) => e.title).join(" and ")}</p>
      </PageHeader>

      <div className="space-y-6">
        {saved && (
          <Alert tone="success">
            Question saved
            {regraded ? `; ${regraded} student answer${regraded === "1" ? " was" : "s were"} regraded` : ""}.
          </Alert>
        )}
        {duplicated && <Alert tone="success">This is your copy: edit it freely.</Alert>}
        {!set.editable && (
          <Alert tone="info">Built-in sets are read-only. Duplicate this set to get a copy you can edit.</Alert>
        )}

        <section aria-labelledby="questions-heading" className="space-y-3">
          <h2 id="questions-heading" tabIndex={-1} className="text-lg font-bold">
            Questions ({questions.length})
          </h2>
          {questions.length === 0 ? (
            <EmptyState title="No questions yet">
              Add a question, then click the passages of the essay it is drawn from.
            </EmptyState>
          ) : (
            <QuestionList
              setId={set.id}
              questions={questions}
              editable={set.editable}
              move={moveQuestionAction}
              remove={deleteQuestionAction}
            />
          )}
        </section>

        {set.editable && (
          <>
            <details className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <summary className="cursor-pointer text-lg font-bold">Set details</summary>
              <div className="mt-4">
                <SetDetailsForm
                  action={updateSetAction.bind(null, set.id)}
                  essays={essays}
                  initial={{ title: set.title, description: set.description, essayIds: set.essays.map((e) => e.id) }}
                  submitLabel="Save details"
                  pendingLabel="Saving…"
                />
              </div>
            </details>
            <section aria-labelledby="danger" className="rounded-xl border border-red-200 bg-white p-5">
              <h2 id="danger" className="mb-2 font-bold text-red-900">
                Delete this set
              </h2>
              <ConfirmAction
                action={deleteSetAction.bind(null, set.id)}
                label="Delete set"
                question="Delete this set and all its questions? This cannot be undone."
                confirmLabel="Delete set"
              />
            </section>
          </>
        )}
      </div>
    </>
  );
}
