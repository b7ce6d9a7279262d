import { Link } from "@/components/ui/link";
import { SetDetailsForm } from "@/components/sets/set-details-form";
import { SetCard } from "@/components/sets/set-card";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireInstructorPage } from "@/server/auth/session";
import { listEssays } from "@/server/essays/list-essays";
import { listSets } from "@/server/question-sets/list-sets";
import { createSetAction, duplicateSetAction } from "./actions";

export const metadata = { title: "Question sets" };

export default async function SetsPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string; notDuplicated?: string }>;
}) {
  const user = await requireInstructorPage("/sets");
  const { deleted, notDuplicated } = await searchParams;
  const [sets, essays] = await Promise.all([listSets({ user }), listEssays(user)]);
  const own = sets.filter((s) => !s.builtIn);
  const builtIn = sets.filter((s) => s.builtIn);
  return (
    <>
      <PageHeader
        title="Question sets"
        description="Every question cites the passage it is drawn from. Build your own sets, or duplicate a built-in one and adapt it."
        actions={
          <ButtonLink href="/sets/import" variant="secondary">
            Import questions
          </ButtonLink>
        }
      />
      <div className="space-y-8">
        {deleted && <Alert tone="success">The set was deleted.</Alert>}
        {notDuplicated && (
          <Alert tone="error">
            That set could not be copied: it no longer exists or you cannot read it. Pick a set from the lists below.
          </Alert>
        )}
        <section aria-labelledby="own-sets" className="space-y-3">
          <h2 id="own-sets" className="text-lg font-bold">
            Your sets
          </h2>
          {own.length === 0 ? (
            <EmptyState title="You have no question sets yet">
              Create one below, or duplicate a built-in set.
            </EmptyState>
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {own.map((s) => (
                <li key={s.id}>
                  <SetCard set={s} duplicate={duplicateSetAction} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="new-set" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="new-set" className="mb-3 text-lg font-bold">
            New set
          </h2>
          {essays.length === 0 ? (
            <p className="text-slate-700">
              There are no essays to draw questions from yet.{" "}
              <Link href="/essays/import" className="font-semibold text-brand-700 underline">
                Import an essay
              </Link>{" "}
              first.
            </p>
          ) : (
            <SetDetailsForm
              action={createSetAction}
              essays={essays}
              submitLabel="Create set"
              pendingLabel="Creating…"
            />
          )}
        </section>

        <section aria-labelledby="builtin-sets" className="space-y-3">
          <h2 id="builtin-sets" className="text-lg font-bold">
            Built-in sets
          </h2>
          <p className="text-sm text-slate-600">Read-only for everyone. Duplicate one to get a copy you can edit.</p>
          {builtIn.length === 0 ? (
            <EmptyState title="No built-in sets are installed" />
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {builtIn.map((s) => (
                <li key={s.id}>
                  <SetCard set={s} duplicate={duplicateSetAction} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
