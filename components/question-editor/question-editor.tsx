"use client";
// The question editor: the set's essay on one side (click sentences or paragraph numbers to cite them),
// the question's fields on the other. Errors come from the same `validateQuestion` the server runs.
import { useAppRouter } from "@/components/ui/nav-progress";
import { useEffect, useMemo, useState, useTransition } from "react";
import type { FieldErrors } from "@/lib/questions/schema";
import { QUESTION_TYPES, TYPE_LABELS } from "@/lib/questions/types";
import type { ActionResult } from "@/lib/actions/action-state";
import { passageLabel } from "@/lib/passages/group";
import { Alert } from "../ui/alert";
import { Button, ButtonLink } from "../ui/button";
import { Select } from "../ui/input";
import {
  blankParts,
  editorErrors,
  errorAt,
  patchParts,
  toInput,
  type Draft,
  type DraftCommon,
  type DraftParts,
  type EditorEssay,
  type EssayOption,
} from "./draft";
import { FieldError, TextArea, TextInput, smallButton } from "./inputs";
import { SelectableEssay } from "./selectable-essay";
import { TypeFields } from "./type-fields";

type SaveResult = ActionResult<{ id: string; regraded: number }>;
type Props = {
  setId: string;
  questionId: string | null;
  initial: Draft;
  essays: EditorEssay[];
  essayOptions: EssayOption[];
  save: (setId: string, questionId: string | null, input: unknown) => Promise<SaveResult>;
  answered?: number;
};

export function QuestionEditor({ setId, questionId, initial, essays, essayOptions, save, answered = 0 }: Props) {
  const router = useAppRouter();
  const [draft, setDraft] = useState<Draft>(initial);
  const [essayId, setEssayId] = useState(
    () => essays.find((e) => e.passages.some((p) => p.id === initial.passageIds[0]))?.id ?? essays[0]?.id ?? "",
  );
  const [mode, setMode] = useState<"cite" | "option">("cite");
  const [showErrors, setShowErrors] = useState(false);
  const [server, setServer] = useState<{ message: string; fieldErrors: FieldErrors } | null>(null);
  const [pending, startTransition] = useTransition();

  const passages = useMemo(
    () => new Map(essays.flatMap((e) => e.passages.map((p) => [p.id, { ...p, essayTitle: e.title }] as const))),
    [essays],
  );
  const input = toInput(draft);
  const localErrors = editorErrors(input);
  const errors: FieldErrors = showErrors ? { ...localErrors, ...(server?.fieldErrors ?? {}) } : {};

  const update = (patch: Partial<DraftCommon>) => {
    setServer(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setParts = (parts: DraftParts) => {
    setServer(null);
    setDraft((d) => ({ ...d, ...parts }));
  };
  const evidence = draft.type === "EVIDENCE";
  const options = draft.type === "EVIDENCE" ? (draft.content.options ?? []) : [];

  const toggle = (id: string) => {
    if (draft.type === "EVIDENCE" && mode === "option") {
      if (options.includes(id)) removeOption(id);
      else setParts(patchParts(draft, { content: { options: [...options, id] } }));
      return;
    }
    update({
      passageIds: draft.passageIds.includes(id) ? draft.passageIds.filter((x) => x !== id) : [...draft.passageIds, id],
    });
  };
  function removeOption(id: string) {
    if (draft.type !== "EVIDENCE") return;
    setParts(
      patchParts(draft, {
        content: { options: options.filter((x) => x !== id) },
        answerKey: { correct: (draft.answerKey.correct ?? []).filter((x) => x !== id) },
      }),
    );
  }

  const submit = () => {
    setShowErrors(true);
    if (Object.keys(localErrors).length > 0) return;
    startTransition(async () => {
      const r = await save(setId, questionId, input);
      if (r.ok) {
        router.push(`/sets/${setId}?saved=${r.id}${r.regraded ? `&regraded=${r.regraded}` : ""}`);
        router.refresh();
      } else setServer({ message: r.message, fieldErrors: r.fieldErrors ?? {} });
    });
  };

  // Unsaved work is not lost to a stray reload, tab close or Cancel.
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial) && !pending;
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const essay = essays.find((e) => e.id === essayId) ?? essays[0];
  const errorCount = Object.keys(errors).length;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section
        aria-labelledby="essay-pane"
        className="rounded-xl border border-slate-200 bg-white p-4 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto"
      >
        <h2 id="essay-pane" className="text-lg font-bold">
          Source essay
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          Click the sentences this question is drawn from, or a paragraph number for the whole paragraph.
        </p>
        {/* Every sentence is a tab stop; keyboard users can jump past the essay to the form. */}
        <a
          href="#q-type"
          className="sr-only rounded bg-brand-50 px-2 py-1 text-sm font-semibold text-brand-700 focus:not-sr-only focus:mb-3 focus:inline-block"
        >
          Skip the essay and go to the question form
        </a>
        {essays.length > 1 && (
          <label className="mb-3 block text-sm">
            <span className="mr-2 font-medium text-slate-800">Essay shown</span>
            <select
              value={essay?.id}
              onChange={(e) => setEssayId(e.target.value)}
              className="w-full max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 sm:w-auto"
            >
              {essays.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {evidence && (
          <fieldset className="mb-3 flex flex-wrap gap-3 rounded-lg bg-slate-50 p-2 text-sm">
            <legend className="sr-only">What a click does</legend>
            {(["cite", "option"] as const).map((m) => (
              <label key={m} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="click-mode"
                  checked={mode === m}
                  onChange={() => setMode(m)}
                  className="h-4 w-4 accent-brand-600"
                />
                {m === "cite" ? "Click to cite as source" : "Click to add as an option"}
              </label>
            ))}
          </fieldset>
        )}
        <div className="max-h-[50vh] overflow-y-auto lg:max-h-none">
          {essay && (
            <SelectableEssay
              essay={essay}
              cited={new Set(draft.passageIds)}
              options={evidence ? new Set(options) : undefined}
              onToggle={toggle}
              actionLabel={evidence && mode === "option" ? "Offer" : "Cite"}
            />
          )}
        </div>
      </section>

      <form
        className="space-y-5"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 className="text-xl font-bold">{questionId ? "Edit question" : "New question"}</h2>
        {answered > 0 && (
          <Alert tone="warning">
            {answered} student answer{answered === 1 ? " has" : "s have"} been recorded. Changing the answer key or
            points regrades them.
          </Alert>
        )}
        {server && <Alert tone="error">{server.message}</Alert>}
        {!server && errorCount > 0 && (
          <Alert tone="error">
            Fix the {errorCount === 1 ? "problem" : `${errorCount} problems`} marked below, then save.
          </Alert>
        )}
        <div>
          <label htmlFor="q-type" className="mb-1 block text-sm font-medium text-slate-800">
            Question type
          </label>
          {answered > 0 && (
            <p id="q-type-hint" className="mb-1 text-sm text-slate-600">
              Answered questions keep their type.
            </p>
          )}
          <Select
            id="q-type"
            disabled={answered > 0}
            aria-describedby={answered > 0 ? "q-type-hint" : undefined}
            value={draft.type}
            onChange={(e) => {
              const type = QUESTION_TYPES.find((t) => t === e.target.value);
              if (type) setParts(blankParts(type, essayOptions));
            }}
            look="plain"
          >
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
          <FieldError id="q-type-error" error={errors.type} />
        </div>
        <TextArea
          id="q-prompt"
          label="Question"
          value={draft.prompt}
          onChange={(prompt) => update({ prompt })}
          error={errorAt(errors, "prompt")}
          rows={2}
        />

        <fieldset aria-describedby={errors.passageIds ? "cited-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">Cited passages ({draft.passageIds.length})</legend>
          {draft.passageIds.length === 0 ? (
            <p className="mt-1 rounded-lg border border-dashed border-slate-300 p-3 text-sm text-slate-700">
              None yet: click the sentences in the essay this question is drawn from.
            </p>
          ) : (
            <ul className="mt-1 space-y-2" aria-label="Cited passages">
              {draft.passageIds.map((id) => {
                const p = passages.get(id);
                return (
                  <li key={id} className="flex items-start gap-2 rounded-lg border border-sky-300 bg-sky-50 p-2">
                    <p className="min-w-0 flex-1 font-serif text-sm">
                      <span className="mr-1 font-sans font-semibold text-slate-700">
                        {p ? `${passageLabel(p)}${essays.length > 1 ? ` · ${p.essayTitle}` : ""}` : "?"}
                      </span>
                      {p ? (p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text) : "Passage unavailable"}
                    </p>
                    <button
                      type="button"
                      className={smallButton}
                      onClick={() => toggle(id)}
                      aria-label={`Remove citation ${p ? passageLabel(p) : ""}`}
                    >
                      Remove
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <FieldError id="cited-error" error={errors.passageIds} />
        </fieldset>

        <TypeFields
          draft={draft}
          errors={errors}
          setParts={setParts}
          setRubric={(rubric) => update({ rubric })}
          passages={passages}
          essays={essayOptions}
          removeOption={removeOption}
        />

        <TextArea
          id="q-explanation"
          label="Explanation (shown after the answer is revealed)"
          value={draft.explanation}
          onChange={(explanation) => update({ explanation })}
          error={errorAt(errors, "explanation")}
          rows={2}
        />
        <TextInput
          id="q-points"
          label="Points"
          type="number"
          min={0.5}
          max={100}
          step="0.5"
          inputMode="decimal"
          className="max-w-40"
          value={draft.points}
          onChange={(points) => update({ points })}
          error={errors.points}
        />

        <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save question"}
          </Button>
          <ButtonLink
            variant="secondary"
            href={`/sets/${setId}`}
            onClick={(e) => dirty && !window.confirm("Discard your changes to this question?") && e.preventDefault()}
          >
            Cancel
          </ButtonLink>
        </div>
      </form>
    </div>
  );
}
