"use client";
// Review of drafted questions: choose the set they go to (or a new one), then accept, edit or discard each.
import { Link } from "@/components/ui/link";
import { useAppRouter } from "@/components/ui/nav-progress";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-state";
import type { Draft } from "@/lib/drafting/draft-questions";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Select, TextInput } from "../ui/input";
import { DraftSummary, type PassageText } from "./draft-summary";

type Target = { setId: string } | { newSetTitle: string };
type Props = {
  essaySlug: string;
  essayTitle: string;
  drafts: Draft[];
  passages: Record<string, PassageText>;
  sets: { id: string; title: string }[];
  accept: (target: Target, input: unknown) => Promise<ActionResult<{ setId: string; questionId: string }>>;
};
type State =
  | { status: "open" }
  | { status: "discarded" }
  | { status: "accepted"; setId: string; setTitle: string }
  | { status: "error"; message: string };

export function DraftReview({ essayTitle, drafts, passages, sets: initialSets, accept }: Props) {
  const router = useAppRouter();
  const [sets, setSets] = useState(initialSets);
  // No default: a draft must not land in whichever set happens to come first.
  const [choice, setChoice] = useState("");
  const [newTitle, setNewTitle] = useState(`Questions on ${essayTitle}`.slice(0, 200));
  const [states, setStates] = useState<State[]>(() => drafts.map(() => ({ status: "open" })));
  const [busy, setBusy] = useState<number | null>(null);
  const [, start] = useTransition();
  const setState = (i: number, s: State) => setStates((all) => all.map((x, j) => (j === i ? s : x)));

  const run = (i: number, edit: boolean) => {
    if (!choice) return setState(i, { status: "error", message: "Choose the set this question goes to first." });
    const { kind: _kind, rationale: _rationale, source: _source, ...input } = drafts[i]!;
    const target: Target = choice === "new" ? { newSetTitle: newTitle } : { setId: choice };
    setBusy(i);
    start(async () => {
      const r = await accept(target, input);
      setBusy(null);
      if (!r.ok) return setState(i, { status: "error", message: r.fieldErrors?.newSetTitle ?? r.message });
      const title = choice === "new" ? newTitle.trim() : (sets.find((s) => s.id === r.setId)?.title ?? "");
      if (choice === "new") {
        // Later accepts go to the set just created, not to yet another new one.
        setSets((all) => [{ id: r.setId, title }, ...all]);
        setChoice(r.setId);
      }
      if (edit) router.push(`/sets/${r.setId}?q=${r.questionId}`);
      else setState(i, { status: "accepted", setId: r.setId, setTitle: title });
    });
  };

  const open = states.filter((s) => s.status === "open" || s.status === "error").length;
  return (
    <div className="space-y-5">
      <section aria-labelledby="target-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="target-heading" className="font-bold">
          Where accepted questions go
        </h2>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="draft-target" className="mb-1 block text-sm font-medium text-slate-800">
              Question set
            </label>
            <Select
              look="plain"
              id="draft-target"
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              required
              aria-describedby="draft-target-hint"
            >
              <option value="" disabled>
                Choose a set…
              </option>
              {sets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
              <option value="new">A new set…</option>
            </Select>
          </div>
          {choice === "new" && (
            <div>
              <label htmlFor="draft-new-title" className="mb-1 block text-sm font-medium text-slate-800">
                New set title
              </label>
              <TextInput
                look="plain"
                id="draft-new-title"
                value={newTitle}
                onChange={(e) => setNewTitle(e.target.value)}
                maxLength={200}
              />
            </div>
          )}
        </div>
        <p id="draft-target-hint" className="mt-2 text-sm text-slate-600">
          Choose a set before accepting: drafts are never added to a set you did not pick.
        </p>
        <p className="mt-1 text-sm text-slate-600" aria-live="polite">
          {open} of {drafts.length} drafts left to review.
        </p>
      </section>

      <ol className="space-y-4" aria-label="Drafts">
        {drafts.map((d, i) => {
          const s = states[i]!;
          const label = `draft ${i + 1}`;
          return (
            <li
              key={i}
              aria-label={`Draft ${i + 1}`}
              className={`rounded-xl border bg-white p-4 shadow-sm ${s.status === "accepted" ? "border-emerald-300" : s.status === "discarded" ? "border-dashed border-slate-300" : "border-slate-200"}`}
            >
              {s.status === "discarded" ? (
                <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
                  <span>
                    Draft {i + 1} discarded: {d.prompt}
                  </span>
                  <Button
                    type="button"
                    variant="ghost"
                    className="min-h-9 px-3 py-1"
                    onClick={() => setState(i, { status: "open" })}
                    aria-label={`Undo discard of ${label}`}
                  >
                    Undo
                  </Button>
                </div>
              ) : (
                <>
                  <DraftSummary draft={d} index={i} passages={passages} />
                  {s.status === "accepted" ? (
                    <div className="mt-3">
                      <Alert tone="success">
                        Added to{" "}
                        <Link href={`/sets/${s.setId}`} className="font-semibold underline">
                          {s.setTitle}
                        </Link>
                        .
                      </Alert>
                    </div>
                  ) : (
                    <div className="mt-3 space-y-2">
                      {s.status === "error" && <Alert tone="error">{s.message}</Alert>}
                      <div className="flex flex-wrap gap-2">
                        <Button
                          type="button"
                          className="min-h-9 px-3 py-1"
                          disabled={busy !== null}
                          onClick={() => run(i, false)}
                          aria-label={`Accept ${label}`}
                        >
                          {busy === i ? "Saving…" : "Accept"}
                        </Button>
                        <Button
                          type="button"
                          variant="secondary"
                          className="min-h-9 px-3 py-1"
                          disabled={busy !== null}
                          onClick={() => run(i, true)}
                          aria-label={`Edit ${label}`}
                          title="Adds it to the set and opens it in the editor"
                        >
                          Edit
                        </Button>
                        <Button
                          type="button"
                          variant="secondary"
                          className="min-h-9 px-3 py-1"
                          disabled={busy !== null}
                          onClick={() => setState(i, { status: "discarded" })}
                          aria-label={`Discard ${label}`}
                        >
                          Discard
                        </Button>
                      </div>
                    </div>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
