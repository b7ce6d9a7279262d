"use client";
// The student-facing answer widget for every question type. Controlled: the parent owns the value
// (and autosaves it). Used by quiz taking, the instructor's preview and live mode alike.
import { useId } from "react";
import { assertNever } from "@/lib/assert-never";
import { readAnswer, type AnswerShape } from "@/lib/questions/answer-shape";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { Button } from "@/components/ui/button";
import type { Content } from "@/lib/questions/schema";
import { TextArea } from "@/components/ui/input";
import { EvidencePicker } from "./evidence-picker";

type Choice = { id: string; text: string };
type Props = {
  question: PublicQuestion;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled?: boolean;
  /** passages a debate answer may cite, and the texts of evidence options (by id) */
  citable?: PassageRef[];
};

const label = (p: PassageRef) => (p.sentence === 0 ? `¶${p.paragraph}` : `¶${p.paragraph} s${p.sentence}`);
// An option's look, and its input's, is `.opt` in globals.css: a quiz has some 60 options, and a utility string
// was repeated on each in the page's HTML.
const optionClass = "opt";

export function AnswerInput({ question, value, onChange, disabled, citable = [] }: Props) {
  const uid = useId();
  const name = `q-${question.id}-${uid}`;
  const byId = new Map([...citable, ...question.passages].map((p) => [p.id, p]));

  switch (question.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT": {
      const multi = question.type === "MULTIPLE_SELECT";
      const choiceId = readAnswer.SINGLE_CHOICE(value).choiceId;
      const picked = new Set(multi ? (readAnswer.MULTIPLE_SELECT(value).choiceIds ?? []) : choiceId ? [choiceId] : []);
      const choices = question.content.choices;
      return (
        <fieldset className="space-y-2" disabled={disabled}>
          <legend className="sr-only">{question.prompt}</legend>
          {multi && <p className="text-sm text-slate-600">Select all that apply.</p>}
          {choices.map((ch) => (
            <label key={ch.id} className={optionClass}>
              <input
                type={multi ? "checkbox" : "radio"}
                name={name}
                value={ch.id}
                checked={picked.has(ch.id)}
                onChange={(e) => {
                  if (!multi) return onChange({ choiceId: ch.id });
                  const next = new Set(picked);
                  if (e.target.checked) next.add(ch.id);
                  else next.delete(ch.id);
                  onChange({ choiceIds: choices.map((x) => x.id).filter((id) => next.has(id)) });
                }}
              />
              <span>{ch.text}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case "TRUE_FALSE":
      return (
        <fieldset className="grid grid-cols-2 gap-2" disabled={disabled}>
          <legend className="sr-only">{question.prompt}</legend>
          {[true, false].map((b) => (
            <label key={String(b)} className={optionClass}>
              <input
                type="radio"
                name={name}
                checked={readAnswer.TRUE_FALSE(value).value === b}
                onChange={() => onChange({ value: b })}
              />
              <span>{b ? "True" : "False"}</span>
            </label>
          ))}
        </fieldset>
      );
    case "SHORT_ANSWER":
      return (
        <div>
          <label htmlFor={name} className="mb-1 block text-sm font-medium text-slate-800">
            Your answer
          </label>
          <TextArea
            id={name}
            rows={5}
            disabled={disabled}
            value={readAnswer.SHORT_ANSWER(value).text ?? ""}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        </div>
      );
    case "CLOZE":
      return (
        <p className="font-serif text-lg leading-loose">
          {question.content.before}
          <label htmlFor={name} className="sr-only">
            Missing word or phrase
          </label>
          <input
            id={name}
            disabled={disabled}
            value={readAnswer.CLOZE(value).text ?? ""}
            onChange={(e) => onChange({ text: e.target.value })}
            placeholder="…"
            className="cloze-in"
          />
          {question.content.after}
        </p>
      );
    case "EVIDENCE":
      return (
        <fieldset className="space-y-2" disabled={disabled}>
          <legend className="mb-2 text-slate-800">
            Claim: <span className="font-semibold">{question.content.claim}</span>
            <span className="block text-sm text-slate-600">Pick the passage that supports it.</span>
          </legend>
          {question.content.options.map((pid) => {
            const p = byId.get(pid);
            return (
              <label key={pid} className={optionClass}>
                <input
                  type="radio"
                  name={name}
                  checked={readAnswer.EVIDENCE(value).passageId === pid}
                  onChange={() => onChange({ passageId: pid })}
                />
                <span className="font-serif">
                  {p ? (
                    <>
                      <span className="mr-2 font-sans text-xs font-semibold text-slate-500">{label(p)}</span>“{p.text}”
                    </>
                  ) : (
                    "Passage unavailable"
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
      );
    case "ATTRIBUTION":
      return (
        <fieldset className="space-y-2" disabled={disabled}>
          <legend className="mb-2 text-slate-800">
            <span className="font-serif italic">“{question.content.statement}”</span>
            <span className="block text-sm text-slate-600">Which essay argues this?</span>
          </legend>
          {question.content.essays.map((e) => (
            <label key={e.slug} className={optionClass}>
              <input
                type="radio"
                name={name}
                checked={readAnswer.ATTRIBUTION(value).essaySlug === e.slug}
                onChange={() => onChange({ essaySlug: e.slug })}
              />
              <span>{e.title}</span>
            </label>
          ))}
        </fieldset>
      );
    case "ORDERING":
      return (
        <OrderingInput
          items={question.content.items}
          value={readAnswer.ORDERING(value).order ?? []}
          onChange={(order) => onChange({ order })}
          disabled={disabled}
        />
      );
    case "DEBATE":
      return (
        <DebateInput
          name={name}
          content={question.content}
          value={readAnswer.DEBATE(value)}
          onChange={onChange}
          disabled={disabled}
          citable={citable.length ? citable : question.passages}
        />
      );
    default:
      return assertNever(question, "question type");
  }
}

function OrderingInput({
  items,
  value,
  onChange,
  disabled,
}: {
  items: Choice[];
  value: string[];
  onChange: (o: string[]) => void;
  disabled?: boolean;
}) {
  // Start from the shown order; keep any ids the value already has.
  const order = value.length === items.length ? value : items.map((i) => i.id);
  const text = new Map(items.map((i) => [i.id, i.text]));
  const move = (from: number, to: number) => {
    const next = [...order];
    const [x] = next.splice(from, 1);
    next.splice(to, 0, x!);
    onChange(next);
  };
  // The order shown is a valid answer too: without this a student who agrees with it could never record it.
  const confirmed = value.length === items.length;
  return (
    <div className="space-y-3">
      <OrderList order={order} text={text} move={move} disabled={disabled} />
      {confirmed ? (
        <p className="text-sm text-slate-600">Move items to change your order.</p>
      ) : (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <Button variant="secondary" disabled={disabled} onClick={() => onChange(order)}>
            Keep this order
          </Button>
          <span className="text-sm text-slate-600">Not answered yet: move items, or keep the order shown.</span>
        </div>
      )}
    </div>
  );
}

function OrderList({
  order,
  text,
  move,
  disabled,
}: {
  order: string[];
  text: Map<string, string>;
  move: (from: number, to: number) => void;
  disabled?: boolean;
}) {
  return (
    <ol className="space-y-2" aria-label="Put these in order">
      {order.map((id, i) => (
        <li key={id} className="flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2">
          <span className="w-6 text-sm font-bold text-slate-500">{i + 1}.</span>
          <span className="flex-1">{text.get(id)}</span>
          <button
            type="button"
            disabled={disabled || i === 0}
            onClick={() => move(i, i - 1)}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm disabled:opacity-40"
            aria-label={`Move “${text.get(id)}” up`}
          >
            ↑
          </button>
          <button
            type="button"
            disabled={disabled || i === order.length - 1}
            onClick={() => move(i, i + 1)}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm disabled:opacity-40"
            aria-label={`Move “${text.get(id)}” down`}
          >
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}

function DebateInput({
  name,
  content,
  value,
  onChange,
  disabled,
  citable,
}: {
  name: string;
  content: Content<"DEBATE">;
  value: AnswerShape<"DEBATE">;
  onChange: (v: unknown) => void;
  disabled?: boolean;
  citable: PassageRef[];
}) {
  const stances = content.stances;
  const citations = value.citations ?? [];
  const cited = new Set(citations.map((x) => x.passageId));
  const set = (patch: Partial<AnswerShape<"DEBATE">>) =>
    onChange({ stanceId: value.stanceId ?? "", text: value.text ?? "", citations, ...patch });
  const min = content.minCitations;
  return (
    <div className="space-y-4">
      <fieldset disabled={disabled}>
        <legend className="mb-2 text-sm font-medium text-slate-800">Your stance</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {stances.map((s) => (
            <label key={s.id} className={optionClass}>
              <input
                type="radio"
                name={`${name}-stance`}
                checked={value.stanceId === s.id}
                onChange={() => set({ stanceId: s.id })}
              />
              <span>{s.text}</span>
            </label>
          ))}
        </div>
        {!value.stanceId && String(value.text ?? "").trim() && (
          <p className="mt-2 text-sm text-amber-800">
            Your argument is saved as a draft. Choose a side before you submit: without one it does not count as
            answered.
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor={`${name}-arg`} className="mb-1 block text-sm font-medium text-slate-800">
          Your argument
        </label>
        <TextArea
          id={`${name}-arg`}
          rows={6}
          disabled={disabled}
          value={value.text ?? ""}
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      <EvidencePicker
        citable={citable}
        cited={cited}
        min={min}
        disabled={disabled}
        onToggle={(passageId, on) =>
          set({
            citations: on ? [...citations, { passageId }] : citations.filter((x) => x.passageId !== passageId),
          })
        }
      />
    </div>
  );
}
