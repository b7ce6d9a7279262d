"use client";
// The fields that differ per question type. Each edits `content` (what students see) and `answerKey`.
import type { FieldErrors } from "@/lib/questions/schema";
import { ChoiceList } from "./choice-list";
import { ClozeFields } from "./cloze-fields";
import { errorAt, type Choice, type Draft, type EditorPassage, type EssayOption } from "./draft";
import { EvidenceFields } from "./evidence-fields";
import { FieldError, TextArea, TextInput } from "./inputs";

export type TypeFieldsProps = {
  draft: Draft;
  errors: FieldErrors;
  setContent: (patch: Record<string, unknown>) => void;
  setKey: (patch: Record<string, unknown>) => void;
  setRubric: (rubric: string) => void;
  passages: Map<string, EditorPassage & { essayTitle: string }>;
  essays: EssayOption[];
  removeOption: (id: string) => void;
};

export function TypeFields(props: TypeFieldsProps) {
  const { draft, errors, setContent, setKey } = props;
  const c = draft.content;
  const k = draft.answerKey;
  switch (draft.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT": {
      const single = draft.type === "SINGLE_CHOICE";
      return (
        <ChoiceList
          idPrefix="choice"
          legend={single ? "Choices (mark the correct one)" : "Choices (mark every correct one)"}
          noun="Choice"
          items={(c.choices ?? []) as Choice[]}
          onChange={(choices) => setContent({ choices })}
          mark={single ? "radio" : "checkbox"}
          marked={single ? (k.correct ? [k.correct as string] : []) : ((k.correct ?? []) as string[])}
          onMark={(ids) => setKey({ correct: single ? (ids[0] ?? "") : ids })}
          min={2}
          max={10}
          errors={errors}
          path="content.choices"
          dropBlank
          markError={errorAt(errors, "answerKey.correct", "answerKey")}
        />
      );
    }
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
                  checked={k.correct === b}
                  onChange={() => setKey({ correct: b })}
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
            value={(k.modelAnswer as string) ?? ""}
            onChange={(modelAnswer) => setKey({ modelAnswer })}
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
            value={((k.keywords ?? []) as string[]).join(", ")}
            onChange={(s) =>
              setKey({
                keywords: s
                  .split(",")
                  .map((x) => x.trim())
                  .filter(Boolean),
              })
            }
            error={errorAt(errors, "answerKey.keywords")}
          />
        </div>
      );
    case "CLOZE":
      return <ClozeFields {...props} />;
    case "EVIDENCE":
      return <EvidenceFields {...props} />;
    case "ATTRIBUTION": {
      const offered = (c.essays ?? []) as EssayOption[];
      const slugs = new Set(offered.map((e) => e.slug));
      return (
        <div className="space-y-4">
          <TextArea
            id="statement"
            label="Statement"
            hint="A claim one of the essays makes, in your words or quoted."
            value={(c.statement as string) ?? ""}
            onChange={(statement) => setContent({ statement })}
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
                        setContent({
                          essays: ev.target.checked ? [...offered, e] : offered.filter((x) => x.slug !== e.slug),
                        });
                        if (!ev.target.checked && k.correct === e.slug) setKey({ correct: "" });
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
                      checked={k.correct === e.slug}
                      onChange={() => setKey({ correct: e.slug })}
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
          items={(c.items ?? []) as Choice[]}
          onChange={(items) => setContent({ items })}
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
            items={(c.stances ?? []) as Choice[]}
            onChange={(stances) => setContent({ stances })}
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
            value={String(c.minCitations ?? "")}
            onChange={(s) => setContent({ minCitations: s === "" ? undefined : Number(s) })}
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
  }
}
