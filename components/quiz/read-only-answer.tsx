// A submitted answer, rendered on the server as static markup: it was the answering widget (a client component)
// disabled, which sent each question whole, and every citable passage of the essays, in the page's RSC payload.
// The options keep the widget's look (`.opt`): the chosen one is a checked, disabled radio or checkbox, so a
// screen reader announces it as checked, not only by its colour.
import { assertNever } from "@/lib/assert-never";
import { readAnswer } from "@/lib/questions/answer-shape";
import { passageLabel } from "@/lib/passages/group";
import type { PassageRef, PublicQuestion } from "@/lib/questions/public-question";
import { PassageQuote } from "./passage-quote";

type Option = { id: string; text: React.ReactNode };

/** A disabled fieldset of options, named by the question's heading (`labelledBy`), the chosen ones checked. */
function Options({
  labelledBy,
  options,
  picked,
  multi = false,
  grid = false,
  legend,
}: {
  labelledBy: string;
  options: Option[];
  picked: (id: string) => boolean;
  multi?: boolean;
  grid?: boolean;
  legend?: React.ReactNode;
}) {
  return (
    <fieldset
      disabled
      aria-labelledby={legend ? undefined : labelledBy}
      className={grid ? "grid grid-cols-2 gap-2" : "space-y-2"}
    >
      {legend && <legend className="mb-2 text-slate-800">{legend}</legend>}
      {multi && <p className="text-sm text-slate-600">Select all that apply.</p>}
      {options.map((o) => (
        <label key={o.id} className="opt">
          {/* Only the chosen option carries the attribute: the other 60-odd options of a result stay shorter. */}
          <input
            type={multi ? "checkbox" : "radio"}
            name={labelledBy}
            {...(picked(o.id) && { defaultChecked: true })}
          />
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A submitted answer as the student gave it; a debate answer as stance, argument and evidence. `passages` finds
 * the passages an evidence question offers and a debate answer cites (read on the server, never sent as data).
 */
export function ReadOnlyAnswer({
  question,
  answer,
  passages,
  labelledBy,
}: {
  question: PublicQuestion;
  answer: unknown;
  passages: ReadonlyMap<string, PassageRef>;
  labelledBy: string;
}) {
  const q = question;
  switch (q.type) {
    case "SHORT_ANSWER":
      return <p className="ro-box">{readAnswer.SHORT_ANSWER(answer).text}</p>;
    case "ORDERING": {
      // The order as a plain numbered list: the answering widget's arrows, disabled, read as controls.
      const text = new Map(q.content.items.map((i) => [i.id, i.text]));
      return (
        <ol aria-label="Your order" className="ro-order">
          {(readAnswer.ORDERING(answer).order ?? []).map((id) => (
            <li key={id}>{text.get(id) ?? "(a removed item)"}</li>
          ))}
        </ol>
      );
    }
    case "CLOZE":
      return (
        <p className="font-serif text-lg leading-loose">
          {q.content.before}
          <input
            disabled
            aria-label="Missing word or phrase"
            defaultValue={readAnswer.CLOZE(answer).text ?? ""}
            placeholder="…"
            className="cloze-in"
          />
          {q.content.after}
        </p>
      );
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT": {
      const multi = q.type === "MULTIPLE_SELECT";
      const ids = multi
        ? (readAnswer.MULTIPLE_SELECT(answer).choiceIds ?? [])
        : [readAnswer.SINGLE_CHOICE(answer).choiceId];
      return (
        <Options labelledBy={labelledBy} options={q.content.choices} picked={(id) => ids.includes(id)} multi={multi} />
      );
    }
    case "TRUE_FALSE": {
      const v = readAnswer.TRUE_FALSE(answer).value;
      return (
        <Options
          labelledBy={labelledBy}
          grid
          options={[
            { id: "true", text: "True" },
            { id: "false", text: "False" },
          ]}
          picked={(id) => String(v) === id}
        />
      );
    }
    case "EVIDENCE": {
      const chosen = readAnswer.EVIDENCE(answer).passageId;
      const options = q.content.options.map((pid) => {
        const p = passages.get(pid);
        return {
          id: pid,
          text: (
            <span className="font-serif">
              {p ? (
                <>
                  <span className="mr-2 font-sans text-xs font-semibold text-slate-500">{passageLabel(p)}</span>“
                  {p.text}”
                </>
              ) : (
                "Passage unavailable"
              )}
            </span>
          ),
        };
      });
      const legend = (
        <>
          Claim: <span className="font-semibold">{q.content.claim}</span>
          <span className="block text-sm text-slate-600">Pick the passage that supports it.</span>
        </>
      );
      return <Options labelledBy={labelledBy} options={options} picked={(id) => id === chosen} legend={legend} />;
    }
    case "ATTRIBUTION": {
      const chosen = readAnswer.ATTRIBUTION(answer).essaySlug;
      const legend = (
        <>
          <span className="font-serif italic">“{q.content.statement}”</span>
          <span className="block text-sm text-slate-600">Which essay argues this?</span>
        </>
      );
      return (
        <Options
          labelledBy={labelledBy}
          options={q.content.essays.map((e) => ({ id: e.slug, text: e.title }))}
          picked={(id) => id === chosen}
          legend={legend}
        />
      );
    }
    case "DEBATE": {
      const a = readAnswer.DEBATE(answer);
      return (
        <div className="space-y-2 text-sm">
          <p>
            <span className="font-semibold">Stance:</span>{" "}
            {q.content.stances.find((s) => s.id === a.stanceId)?.text ?? "none"}
          </p>
          <p className="ro-box text-base">{a.text}</p>
          {(a.citations ?? []).map((c) => {
            const p = passages.get(c.passageId);
            return p ? <PassageQuote key={c.passageId} p={p} exact={c.quote?.exact} /> : null;
          })}
        </div>
      );
    }
    default:
      return assertNever(q, "question type");
  }
}
