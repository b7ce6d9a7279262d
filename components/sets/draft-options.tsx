// The drafter's options, as a plain GET form (it works before hydration): how many drafts, which kinds, and an
// essay to pair with (for which-essay-says-this and comparison).
import { DRAFT_KIND_LABELS, DRAFT_KINDS, type DraftKind } from "@/lib/drafting/types";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Select } from "../ui/input";

type Props = {
  count: number;
  kinds: readonly DraftKind[];
  pairWith: string;
  essays: { slug: string; title: string }[];
  /** the language model the server is set up with (null: none), and whether it was asked this time */
  llm: { model: string; on: boolean } | null;
};

export function DraftOptions({ count, kinds, pairWith, essays, llm }: Props) {
  return (
    <form method="get" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-label="Draft options">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="How many drafts" name="count" type="number" min={1} max={60} defaultValue={count} look="plain" />
        <div className="space-y-1">
          <label htmlFor="draft-pair" className="block text-sm font-medium text-slate-800">
            Pair with an essay (optional)
          </label>
          <Select look="plain" id="draft-pair" name="with" defaultValue={pairWith}>
            <option value="">No other essay</option>
            {essays.map((e) => (
              <option key={e.slug} value={e.slug}>
                {e.title}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <fieldset className="mt-3">
        <legend className="text-sm font-medium text-slate-800">Kinds of question</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {DRAFT_KINDS.map((k) => (
            <label key={k} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" name="kind" value={k} defaultChecked={kinds.includes(k)} className="h-4 w-4" />
              {DRAFT_KIND_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="mt-2 text-sm text-slate-600">
        Which essay says this and what two essays both discuss are drafted only with the essay you pair here.
      </p>
      {llm && (
        <div className="mt-3">
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="llm"
              value="1"
              defaultChecked={llm.on}
              className="h-4 w-4"
              aria-describedby="draft-llm-hint"
            />
            Also ask the language model {llm.model}
          </label>
          <p id="draft-llm-hint" className="mt-1 text-sm text-slate-600">
            Optional. Its drafts are checked like the rule drafts (they must cite sentences of this essay, and the
            answer must be in the cited text) and are marked as suggested by it. The essay’s text is sent to it.
          </p>
        </div>
      )}
      <Button type="submit" variant="secondary" className="mt-3 min-h-9 px-3 py-1">
        Draft again
      </Button>
    </form>
  );
}
