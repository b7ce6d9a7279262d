// One of our questions as a QTI 3 assessment item (renamed for 2.1 by dialect.ts). Scoring is written out as
// response processing that gives what lib/grading/grade.ts gives, times the question's points: a match for
// single answers, a mapping for multiple select (±points/n, floor 0), evidence and cloze, and one condition per
// position for ordering. The explanation is modal feedback; citations are a CITATIONS outcome whose values
// name essay and anchor, plus (QTI 3) a reference to the essay's stimulus or (2.1) the quoted passages.
import { assertNever } from "@/lib/assert-never";
import { parseQuestion } from "@/lib/questions/typed-question";
import type { InteropPassage, InteropQuestion } from "../model";
import { el, type XmlNode } from "../xml";
import type { Dialect } from "./dialect";
import { choiceIdentifiers, essayIdentifier, passageIdentifier, stimulusIdentifier } from "./identifiers";

type Choice = { id: string; text: string };
export type ItemContext = {
  dialect: Dialect;
  passage: (id: string) => InteropPassage | undefined;
  essayIndex: (slug: string) => number;
  essayTitle: (slug: string) => string;
};

const value = (v: string | number) => el("qti-value", {}, String(v));
const decl = (identifier: string, cardinality: string, baseType: string, correct?: (string | number)[]) =>
  el(
    "qti-response-declaration",
    { identifier, cardinality, "base-type": baseType },
    correct?.length ? el("qti-correct-response", {}, correct.map(value)) : null,
  );
const outcome = (identifier: string, cardinality: string, baseType: string, dflt?: (string | number)[]) =>
  el(
    "qti-outcome-declaration",
    { identifier, cardinality, "base-type": baseType },
    dflt?.length ? el("qti-default-value", {}, dflt.map(value)) : null,
  );
const setOutcome = (identifier: string, expr: XmlNode) => el("qti-set-outcome-value", { identifier }, expr);
const base = (type: string, v: string | number) => el("qti-base-value", { "base-type": type }, String(v));
const variable = (identifier: string) => el("qti-variable", { identifier });
const round = (n: number) => n; // full precision: three shares of 1/3 must add up to 1

function choiceInteraction(responseId: string, prompt: string, choices: Choice[], maxChoices: number, cls?: string) {
  return el(
    "qti-choice-interaction",
    { "response-identifier": responseId, shuffle: "false", "max-choices": maxChoices, class: cls },
    el("qti-prompt", {}, prompt),
    choices.map((c) => el("qti-simple-choice", { identifier: c.id }, c.text)),
  );
}
const rubricBlock = (cls: string, ...content: XmlNode[]) =>
  el("qti-rubric-block", { view: "scorer", use: "scoring", class: cls }, el("qti-content-body", {}, content));

/** Body, declarations and scoring for one question; `n` numbers it within the set. */
export function buildItem(q: InteropQuestion, n: number, ctx: ItemContext): XmlNode {
  const t = parseQuestion({ type: q.type, content: q.content, answerKey: q.answerKey });
  const points = q.points ?? 1;
  const decls: XmlNode[] = [];
  const body: XmlNode[] = [];
  let scoring: XmlNode[] = [];
  const withIds = (list: Choice[]) => {
    const ids = choiceIdentifiers(list.map((x) => x.id));
    const map = new Map(list.map((x, i) => [x.id, ids[i]!]));
    return { choices: list.map((x, i) => ({ id: ids[i]!, text: x.text })), id: (x: string) => map.get(x) ?? x };
  };
  const matchScore = () => [
    el(
      "qti-response-condition",
      {},
      el(
        "qti-response-if",
        {},
        el("qti-match", {}, variable("RESPONSE"), el("qti-correct", { identifier: "RESPONSE" })),
        setOutcome("SCORE", base("float", points)),
      ),
    ),
  ];
  const mapScore = () => [setOutcome("SCORE", el("qti-map-response", { identifier: "RESPONSE" }))];
  const mapping = (
    entries: { key: string; value: number; caseSensitive?: boolean }[],
    lower?: number,
    upper?: number,
  ) =>
    el(
      "qti-mapping",
      { "default-value": 0, "lower-bound": lower, "upper-bound": upper },
      entries.map((e) =>
        el("qti-map-entry", {
          "map-key": e.key,
          "mapped-value": round(e.value),
          "case-sensitive": e.caseSensitive === undefined ? undefined : String(e.caseSensitive),
        }),
      ),
    );

  switch (t.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT": {
      const { choices, id } = withIds(t.content.choices);
      if (t.type === "SINGLE_CHOICE") {
        decls.push(decl("RESPONSE", "single", "identifier", [id(t.answerKey.correct)]));
        scoring = matchScore();
      } else {
        const correct = new Set(t.answerKey.correct.map(id));
        const share = points / correct.size;
        const d = decl("RESPONSE", "multiple", "identifier", [...correct]);
        d.children.push(
          mapping(
            choices.map((x) => ({ key: x.id, value: correct.has(x.id) ? share : -share })),
            0,
            points,
          ),
        );
        decls.push(d);
        scoring = mapScore();
      }
      body.push(choiceInteraction("RESPONSE", q.prompt, choices, t.type === "SINGLE_CHOICE" ? 1 : 0));
      break;
    }
    case "TRUE_FALSE":
      decls.push(decl("RESPONSE", "single", "identifier", [String(t.answerKey.correct)]));
      body.push(
        choiceInteraction(
          "RESPONSE",
          q.prompt,
          [
            { id: "true", text: "True" },
            { id: "false", text: "False" },
          ],
          1,
          "passage-true-false",
        ),
      );
      scoring = matchScore();
      break;
    case "ATTRIBUTION": {
      const essays = t.content.essays;
      const key = t.answerKey.correct;
      const ids = essays.map((e) => essayIdentifier(e.slug, ctx.essayIndex(e.slug)));
      decls.push(decl("RESPONSE", "single", "identifier", [ids[essays.findIndex((e) => e.slug === key)]!]));
      body.push(el("blockquote", { class: "passage-statement" }, el("p", {}, t.content.statement)));
      body.push(
        choiceInteraction(
          "RESPONSE",
          q.prompt,
          essays.map((e, i) => ({ id: ids[i]!, text: e.title })),
          1,
          "passage-attribution",
        ),
      );
      scoring = matchScore();
      break;
    }
    case "EVIDENCE": {
      const key = t.answerKey.correct;
      const options = t.content.options.map((pid, i) => {
        const p = ctx.passage(pid);
        return { pid, id: p ? passageIdentifier(p, i) : `P${i + 1}`, text: p?.text ?? pid };
      });
      const correct = options.filter((o) => key.includes(o.pid));
      const d = decl("RESPONSE", "single", "identifier", [correct[0]!.id]);
      d.children.push(
        mapping(
          correct.map((o) => ({ key: o.id, value: points })),
          0,
          points,
        ),
      );
      decls.push(d);
      body.push(el("blockquote", { class: "passage-claim" }, el("p", {}, t.content.claim)));
      body.push(choiceInteraction("RESPONSE", q.prompt, options, 1, "passage-evidence"));
      scoring = mapScore();
      break;
    }
    case "CLOZE": {
      const accepted = t.answerKey.accepted;
      const cs = t.answerKey.caseSensitive;
      const d = decl("RESPONSE", "single", "string", [accepted[0]!]);
      d.children.push(
        mapping(
          accepted.map((a) => ({ key: a, value: points, caseSensitive: cs })),
          0,
          points,
        ),
      );
      decls.push(d);
      const longest = Math.max(...accepted.map((a) => a.length));
      body.push(el("p", { class: "passage-prompt" }, q.prompt));
      body.push(
        el(
          "p",
          { class: "passage-cloze" },
          t.content.before,
          el("qti-text-entry-interaction", { "response-identifier": "RESPONSE", "expected-length": longest }),
          t.content.after,
        ),
      );
      scoring = mapScore();
      break;
    }
    case "ORDERING": {
      const { choices, id } = withIds(t.content.items);
      const order = t.answerKey.order.map(id);
      decls.push(decl("RESPONSE", "ordered", "identifier", order));
      body.push(
        el(
          "qti-order-interaction",
          { "response-identifier": "RESPONSE", shuffle: "false" },
          el("qti-prompt", {}, q.prompt),
          choices.map((x) => el("qti-simple-choice", { identifier: x.id }, x.text)),
        ),
      );
      // Credit per item in its place (grade.ts), which a mapping over an ordered response cannot express.
      scoring = [setOutcome("SCORE", base("float", 0))];
      order.forEach((want, i) =>
        scoring.push(
          el(
            "qti-response-condition",
            {},
            el(
              "qti-response-if",
              {},
              el("qti-match", {}, el("qti-index", { n: i + 1 }, variable("RESPONSE")), base("identifier", want)),
              setOutcome("SCORE", el("qti-sum", {}, variable("SCORE"), base("float", round(points / order.length)))),
            ),
          ),
        ),
      );
      break;
    }
    case "SHORT_ANSWER": {
      decls.push(decl("RESPONSE", "single", "string", [t.answerKey.modelAnswer]));
      const maxWords = t.content.maxWords;
      body.push(
        el(
          "qti-extended-text-interaction",
          {
            "response-identifier": "RESPONSE",
            "expected-lines": 6,
            class: `passage-short-answer${maxWords ? ` passage-max-words-${maxWords}` : ""}`,
          },
          el("qti-prompt", {}, q.prompt),
        ),
      );
      const keywords = t.answerKey.keywords;
      if (keywords.length)
        body.push(
          rubricBlock(
            "passage-keywords",
            el(
              "ul",
              {},
              keywords.map((w) => el("li", {}, w)),
            ),
          ),
        );
      break;
    }
    case "DEBATE": {
      const stances = withIds(t.content.stances);
      decls.push(decl("STANCE", "single", "identifier"), decl("RESPONSE", "single", "string"));
      body.push(
        choiceInteraction(
          "STANCE",
          q.prompt,
          stances.choices,
          1,
          `passage-debate passage-min-citations-${t.content.minCitations}`,
        ),
      );
      body.push(
        el(
          "qti-extended-text-interaction",
          { "response-identifier": "RESPONSE", "expected-lines": 10 },
          el("qti-prompt", {}, "Argue your side, citing the passages."),
        ),
      );
      break;
    }
    default:
      return assertNever(t, "question type");
  }
  if (q.rubric) body.push(rubricBlock("passage-rubric", ...q.rubric.split(/\n+/).map((line) => el("p", {}, line))));

  const cited = q.passageIds.map((pid) => ctx.passage(pid)).filter((p): p is InteropPassage => !!p);
  const where = (p: InteropPassage) =>
    `${ctx.essayTitle(p.essaySlug)}, paragraph ${p.paragraph}${p.sentence ? `, sentence ${p.sentence}` : ""}`;
  if (ctx.dialect === "qti21")
    body.unshift(
      ...cited.map((p) =>
        el(
          "blockquote",
          { class: "passage-citation" },
          el("p", {}, p.text),
          el("p", { class: "passage-source" }, where(p)),
        ),
      ),
    );
  const slugs = [...new Set(cited.map((p) => p.essaySlug))];
  const feedback = q.explanation ? [setOutcome("FEEDBACK", base("identifier", "EXPLANATION"))] : [];
  const outcomes = [
    outcome("SCORE", "single", "float", [0]),
    outcome("MAXSCORE", "single", "float", [points]),
    outcome("FEEDBACK", "single", "identifier"),
    cited.length
      ? outcome(
          "CITATIONS",
          "multiple",
          "string",
          cited.map((p, i) => passageIdentifier(p, i)),
        )
      : null,
  ].filter((x): x is XmlNode => x !== null);
  const ns =
    ctx.dialect === "qti3"
      ? {
          xmlns: "http://www.imsglobal.org/xsd/imsqtiasi_v3p0",
          "xsi:schemaLocation":
            "http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd",
        }
      : {
          xmlns: "http://www.imsglobal.org/xsd/imsqti_v2p1",
          "xsi:schemaLocation":
            "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd",
        };
  return el(
    "qti-assessment-item",
    {
      ...ns,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      identifier: itemIdentifier(n),
      title: q.prompt.slice(0, 100),
      adaptive: "false",
      "time-dependent": "false",
    },
    decls,
    outcomes,
    ctx.dialect === "qti3"
      ? slugs.map((s) =>
          el("qti-assessment-stimulus-ref", {
            identifier: stimulusIdentifier(s, ctx.essayIndex(s)),
            href: `../stimuli/${s}.xml`,
            title: ctx.essayTitle(s),
          }),
        )
      : [],
    el("qti-item-body", {}, body),
    scoring.length || feedback.length ? el("qti-response-processing", {}, scoring, feedback) : null,
    q.explanation
      ? el(
          "qti-modal-feedback",
          { "outcome-identifier": "FEEDBACK", identifier: "EXPLANATION", "show-hide": "show", title: "Explanation" },
          el("qti-content-body", {}, el("p", {}, q.explanation)),
        )
      : null,
  );
}

export const itemIdentifier = (n: number) => `Q${String(n).padStart(3, "0")}`;
