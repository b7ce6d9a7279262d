import type { Metadata } from "next";
import { Suspense } from "react";
import { DraftOptions } from "@/components/sets/draft-options";
import { DraftReview } from "@/components/sets/draft-review";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { EmptyState } from "@/components/ui/card";
import { DRAFT_KINDS, defaultDraftCount, type DraftKind } from "@/lib/drafting/draft-questions";
import { requireInstructorPage, type SessionUser } from "@/server/auth/session";
import { getEssay } from "@/server/essays/get-essay";
import { draftEssayQuestions } from "@/server/essays/draft-essay-questions";
import { listEssays } from "@/server/essays/list-essays";
import { llmConfig, suggestLlmDrafts } from "@/server/essays/suggest-llm-drafts";
import { listSets } from "@/server/question-sets/list-sets";
import { acceptDraftAction } from "./actions";

export const metadata: Metadata = { title: "Draft questions" };

type Search = { count?: string; kind?: string | string[]; with?: string; llm?: string };

/** The options from the query string, each checked: unknown kinds and out-of-range counts are dropped. */
function options(q: Search) {
  const n = Number(q.count);
  const count = Number.isInteger(n) && n >= 1 && n <= 60 ? n : undefined;
  const asked = [q.kind ?? []].flat();
  const kinds = asked.length ? DRAFT_KINDS.filter((k) => asked.includes(k)) : [...DRAFT_KINDS];
  const pairWith = typeof q.with === "string" ? q.with.slice(0, 200) : "";
  return { count, kinds: (kinds.length ? kinds : [...DRAFT_KINDS]) as DraftKind[], pairWith, llm: q.llm === "1" };
}

export default async function DraftsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams?: Promise<Search>;
}) {
  const { slug } = await params;
  const user = await requireInstructorPage(`/essays/${slug}/drafts`);
  // The header at once (the layout read the essay already); the drafting, which takes a few seconds on a long
  // essay or with a language model, streams in under it (decision 0093).
  const essay = await getEssay(slug, user);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb trail={[{ href: `/essays/${essay.slug}`, label: essay.title }]} className="mb-4" />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Draft questions</h1>
      <p className="mt-1 text-slate-600">
        Suggested from “{essay.title}”, each citing the passage it comes from and saying which rule made it. Accept the
        good ones into a set you choose, edit any that need it, discard the rest. Nothing is saved until you accept.
      </p>
      <Suspense fallback={<DraftingSkeleton />}>
        <Drafts user={user} slug={slug} searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

function DraftingSkeleton() {
  return (
    <div className="mt-4" role="status" aria-live="polite">
      <p className="text-slate-600">Reading the essay and drafting questions… this takes a few seconds.</p>
      <div className="mt-6 space-y-4" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-40 animate-pulse rounded-xl border border-slate-200 bg-white" />
        ))}
      </div>
    </div>
  );
}

async function Drafts({
  user,
  slug,
  searchParams,
}: {
  user: SessionUser;
  slug: string;
  searchParams?: Promise<Search>;
}) {
  const { count, kinds, pairWith, llm } = options((await searchParams) ?? {});
  const [{ essay, peers, peerPassages, drafts }, sets, essays] = await Promise.all([
    draftEssayQuestions({ user, slug, limit: count, kinds, peers: pairWith ? [pairWith] : [] }),
    listSets({ user }),
    listEssays(user),
  ]);
  const passages = Object.fromEntries(
    [...essay.passages, ...peerPassages].map((p) => [
      p.id,
      { paragraph: p.paragraph, sentence: p.sentence, text: p.text },
    ]),
  );
  // The language model is asked only when it is set up and the teacher ticked it: never by default.
  const config = llmConfig();
  const suggested =
    config && llm
      ? await suggestLlmDrafts({
          essay,
          ruleDrafts: drafts,
          count: count ?? defaultDraftCount(essay.body.split(/\s+/).length),
          config,
        })
      : null;
  const all = [...drafts, ...(suggested?.drafts ?? [])];
  return (
    <>
      {peers.length > 0 && (
        <p className="mt-2 text-sm text-slate-600">Paired with “{peers[0]!.title}”: some drafts compare the two.</p>
      )}
      <div className="mt-4">
        <DraftOptions
          count={count ?? defaultDraftCount(essay.body.split(/\s+/).length)}
          kinds={kinds}
          pairWith={peers[0]?.slug ?? ""}
          essays={essays.filter((e) => e.slug !== essay.slug).map((e) => ({ slug: e.slug, title: e.title }))}
          llm={config ? { model: config.model, on: !!suggested } : null}
        />
      </div>
      {suggested && (
        <div className="mt-4" aria-live="polite">
          {suggested.error ? (
            <Alert tone="error">{suggested.error}</Alert>
          ) : (
            <Alert tone="info">
              {suggested.model} suggested {suggested.drafts.length + suggested.rejected.length} drafts;{" "}
              {suggested.drafts.length} passed the checks every draft must pass and are listed after the rule drafts,
              marked “Suggested by {suggested.model}”.
              {suggested.rejected.length > 0 &&
                ` ${suggested.rejected.length} left out (the first because ${suggested.rejected[0]!.reason}).`}
            </Alert>
          )}
        </div>
      )}
      <div className="mt-6">
        {all.length === 0 ? (
          <EmptyState title="No drafts for this essay">
            It may be too short to draw questions from, or the kinds chosen find nothing in it. Write them yourself in a
            question set.
          </EmptyState>
        ) : (
          <DraftReview
            essaySlug={essay.slug}
            essayTitle={essay.title}
            drafts={all}
            passages={passages}
            sets={sets.filter((s) => !s.builtIn).map((s) => ({ id: s.id, title: s.title }))}
            accept={acceptDraftAction}
          />
        )}
      </div>
    </>
  );
}
