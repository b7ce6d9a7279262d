"use client";
// The fields that differ per question type. Each edits `content` (what students see) and `answerKey`.
import { assertNever } from "@/lib/assert-never";
import type { FieldErrors, QuestionType } from "@/lib/questions/schema";
import { ChoiceList } from "./choice-list";
import { ClozeFields } from "./cloze-fields";
import {
  errorAt,
  patchParts,
  type Draft,
  type DraftOf,
  type DraftParts,
  type EditorPassage,
  type EssayOption,
} from "./draft";
import { EvidenceFields } from "./evidence-fields";
import { FieldError, TextArea, TextInput } from "./inputs";

export type TypeFieldsProps = {
  draft: Draft;
  errors: FieldErrors;
  /** replaces the draft's type-dependent part (build it with patchParts) */
  setParts: (parts: DraftParts) => void;
  setRubric: (rubric: string) => void;
  passages: Map<string, EditorPassage & { essayTitle: string }>;
  essays: EssayOption[];
  removeOption: (id: string) => void;
};

/** The props of one type's fields, its draft narrowed to that type. */
export type TypeFieldsOf<T extends QuestionType> = Omit<TypeFieldsProps, "draft"> & { draft: DraftOf<T> };

export function TypeFields(props: TypeFieldsProps) {
  const { draft, errors, setParts } = props;
  const choiceList = {
    idPrefix: "choice",
    noun: "Choice",
    min: 2,
    max: 10,
    errors,
    path: "content.choices",
    dropBlank: true,
    markError: errorAt(errors, "answerKey.correct", "answerKey"),
  };
  switch (draft.type) {
    case "SINGLE_CHOICE": {
      const correct = draft.answerKey.correct;
      return (
        <ChoiceList
          {...choiceList}
          legend="Choices (mark the correct one)"
          items={draft.content.choices ?? []}
          onChange={(choices) => setParts(patchParts(draft, { content: { choices } }))}
          mark="radio"
          marked={correct ? [correct] : []}
          onMark={(ids) => setParts(patchParts(draft, { answerKey: { correct: ids[0] ?? "" } }))}
        />
      );
    }
    case "MULTIPLE_SELECT":
      return (
        <ChoiceList
          {...choiceList}
          legend="Choices (mark every correct one)"
          items={draft.content.choices ?? []}
          onChange={(choices) => setParts(patchParts(draft, { content: { choices } }))}
          mark="checkbox"
          marked={draft.answerKey.correct ?? []}
          onMark={(ids) => setParts(patchParts(draft, { answerKey: { correct: ids } }))}
        />
      );
    case "TRUE_FALSE":
      return (
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800">The statement in the question is…</legend>
          <div className="flex gap-2">
            {[true, false].map((b) => (
              <label
                key={String(b)}
                className="flex min-h-10 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="tf-correct"
                  checked={draft.answerKey.correct === b}
                  onChange={() => setParts(patchParts(draft, { answerKey: { correct: b } }))}
                  className="h-4 w-4 accent-brand-600"
                />
                {b ? "True" : "False"}
              </label>
            ))}
          </div>
          <FieldError id="tf-error" error={errorAt(errors, "answerKey.correct", "answerKey")} />
        </fieldset>
      );
    case "SHORT_ANSWER":
      return (
        <div className="space-y-4">
          <TextArea
            id="model-answer"
            label="Model answer"
            value={draft.answerKey.modelAnswer ?? ""}
            onChange={(modelAnswer) => setParts(patchParts(draft, { answerKey: { modelAnswer } }))}
            error={errorAt(errors, "answerKey.modelAnswer")}
            rows={3}
          />
          <TextArea
            id="rubric"
            label="Rubric (for grading)"
            value={draft.rubric}
            onChange={props.setRubric}
            error={errorAt(errors, "rubric")}
            rows={3}
            hint="What a full-marks answer must do. Shown to graders, never to students."
          />
          <TextInput
            id="keywords"
            label="Keywords (comma-separated)"
            hint="Highlighted in students' answers to speed up grading."
            value={(draft.answerKey.keywords ?? []).join(", ")}
            onChange={(s) => {
              const keywords = s
                .split(",")
                .map((x) => x.trim())
                .filter(Boolean);
              setParts(patchParts(draft, { answerKey: { keywords } }));
            }}
            error={errorAt(errors, "answerKey.keywords")}
          />
        </div>
      );
    case "CLOZE":
      return <ClozeFields {...props} draft={draft} />;
    case "EVIDENCE":
      return <EvidenceFields {...props} draft={draft} />;
    case "ATTRIBUTION": {
      const offered = draft.content.essays ?? [];
      const slugs = new Set(offered.map((e) => e.slug));
      const correct = draft.answerKey.correct;
      return (
        <div className="space-y-4">
          <TextArea
            id="statement"
            label="Statement"
            hint="A claim one of the essays makes, in your words or quoted."
            value={draft.content.statement ?? ""}
            onChange={(statement) => setParts(patchParts(draft, { content: { statement } }))}
            error={errorAt(errors, "content.statement")}
          />
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-800">
              Essays offered (mark the one that says this)
            </legend>
            <ul className="space-y-2">
              {props.essays.map((e) => (
                <li
                  key={e.slug}
                  className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-slate-50 p-2"
                >
                  <label className="flex flex-1 items-center gap-2">
                    <input
                      type="checkbox"
                      checked={slugs.has(e.slug)}
                      onChange={(ev) => {
                        const essays = ev.target.checked ? [...offered, e] : offered.filter((x) => x.slug !== e.slug);
                        const unmark = !ev.target.checked && correct === e.slug;
                        setParts(patchParts(draft, { content: { essays }, answerKey: unmark ? { correct: "" } : {} }));
                      }}
                      className="h-4 w-4 accent-brand-600"
                    />
                    {e.title}
                  </label>
                  <label className="flex items-center gap-1 text-sm">
                    <input
                      type="radio"
                      name="attr-correct"
                      disabled={!slugs.has(e.slug)}
                      checked={correct === e.slug}
                      onChange={() => setParts(patchParts(draft, { answerKey: { correct: e.slug } }))}
                      className="h-4 w-4 accent-brand-600"
                      aria-label={`${e.title} says this`}
                    />
                    Says this
                  </label>
                </li>
              ))}
            </ul>
            <FieldError id="attr-error" error={errorAt(errors, "content.essays", "answerKey.correct", "answerKey")} />
          </fieldset>
        </div>
      );
    }
    case "ORDERING":
      return (
        <ChoiceList
          idPrefix="item"
          legend="Items, in the correct order (students see them shuffled)"
          noun="Item"
          items={draft.content.items ?? []}
          onChange={(items) => setParts(patchParts(draft, { content: { items } }))}
          reorder
          min={2}
          max={10}
          errors={errors}
          path="content.items"
          markError={errorAt(errors, "answerKey.order")}
        />
      );
    case "DEBATE":
      return (
        <div className="space-y-4">
          <ChoiceList
            idPrefix="stance"
            legend="Sides students can take"
            noun="Side"
            items={draft.content.stances ?? []}
            onChange={(stances) => setParts(patchParts(draft, { content: { stances } }))}
            min={2}
            max={4}
            errors={errors}
            path="content.stances"
          />
          <TextInput
            id="min-citations"
            label="Passages a student must cite"
            type="number"
            min={1}
            max={5}
            inputMode="numeric"
            className="max-w-48"
            value={String(draft.content.minCitations ?? "")}
            onChange={(s) =>
              setParts(patchParts(draft, { content: { minCitations: s === "" ? undefined : Number(s) } }))
            }
            error={errorAt(errors, "content.minCitations")}
          />
          <TextArea
            id="rubric"
            label="Rubric (for grading)"
            value={draft.rubric}
            onChange={props.setRubric}
            error={errorAt(errors, "rubric")}
            rows={3}
            hint="Shown to graders, never to students."
          />
        </div>
      );
    default:
      return assertNever(draft, "question type");
  }
}
