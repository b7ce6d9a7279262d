// One QTI item (3.0 names; 2.1 is renamed by dialect.ts first) as one of our questions, or the reason it cannot
// be one. Our own exports are read back exactly (interaction classes and the CITATIONS outcome say what they
// were); other tools' items map by interaction, with a warning for whatever does not carry over.
import type { QuestionType } from "@/lib/questions/schema";
import { reidPositionalChoices } from "@/lib/questions/choice-ids";
import { validateQuestion } from "@/lib/questions/schema";
import { indexPassages, type PassageIndex } from "../citations";
import { droppedMediaWarning, MEDIA_TAGS } from "../dropped-media";
import type { ImportedQuestion, InteropPassage, PassageHint, Unmapped } from "../model";
import { child, childrenNamed, descendants, elements, localName, textOf, type XmlChild, type XmlNode } from "../xml";
import { parseEssayIdentifier, parsePassageIdentifier } from "./identifiers";

type Decl = {
  cardinality: string;
  baseType: string;
  correct: string[];
  mapping: { key: string; value: number; caseSensitive: boolean }[];
  upper?: number;
};
const SUPPORTED = new Set([
  "qti-choice-interaction",
  "qti-order-interaction",
  "qti-text-entry-interaction",
  "qti-inline-choice-interaction",
  "qti-extended-text-interaction",
  "qti-hottext-interaction",
]);
const classes = (n: XmlNode) => (n.attrs.class ?? "").split(/\s+/).filter(Boolean);
const hasClass = (n: XmlNode, c: string) => classes(n).includes(c);
const values = (n: XmlNode | undefined) => (n ? childrenNamed(n, "qti-value").map((v) => textOf(v)) : []);

function declarations(item: XmlNode): Map<string, Decl> {
  const out = new Map<string, Decl>();
  for (const d of childrenNamed(item, "qti-response-declaration")) {
    const m = child(d, "qti-mapping");
    out.set(d.attrs.identifier ?? "RESPONSE", {
      cardinality: d.attrs.cardinality ?? "single",
      baseType: d.attrs["base-type"] ?? "identifier",
      correct: values(child(d, "qti-correct-response")),
      mapping: m
        ? childrenNamed(m, "qti-map-entry").map((e) => ({
            key: e.attrs["map-key"] ?? "",
            value: Number(e.attrs["mapped-value"]),
            caseSensitive: e.attrs["case-sensitive"] === "true",
          }))
        : [],
      upper: m?.attrs["upper-bound"] ? Number(m.attrs["upper-bound"]) : undefined,
    });
  }
  return out;
}
const outcomeDefault = (item: XmlNode, id: string) =>
  values(
    child(
      childrenNamed(item, "qti-outcome-declaration").find((o) => o.attrs.identifier === id) ?? {
        name: "",
        attrs: {},
        children: [],
      },
      "qti-default-value",
    ),
  );

/** Text before and after `target` inside `block`, flattened. */
function around(block: XmlNode, target: XmlNode): [string, string] {
  let before = "";
  let after = "";
  let seen = false;
  (function walk(n: XmlChild) {
    if (n === target) return void (seen = true);
    if (typeof n === "string") return seen ? void (after += n) : void (before += n);
    n.children.forEach(walk);
  })(block);
  const squash = (s: string) => s.replace(/\s+/g, " ");
  return [squash(before).trimStart(), squash(after).trimEnd()];
}
function parentOf(root: XmlNode, target: XmlNode): XmlNode | undefined {
  for (const c of elements(root)) {
    if (c === target) return root;
    const p = parentOf(c, target);
    if (p) return p;
  }
}

export type ReadOptions = { passages?: readonly InteropPassage[] };

export function readItem(item: XmlNode, source: string, opts: ReadOptions = {}): ImportedQuestion | Unmapped {
  const index: PassageIndex = indexPassages(opts.passages ?? []);
  const body = child(item, "qti-item-body");
  if (!body) return { source, reason: "The item has no body." };
  const interactions = collectInteractions(body);
  if (interactions.length === 0) return { source, reason: "The item has no interaction (it is content only)." };
  const unsupported = interactions.find((i) => !SUPPORTED.has(localName(i.name)));
  if (unsupported)
    return {
      source,
      reason: `${localName(unsupported.name).replace(/^qti-/, "")} has no equivalent among our question types.`,
    };
  const debate =
    interactions.length === 2 &&
    interactions.some((i) => hasClass(i, "passage-debate")) &&
    interactions.some((i) => localName(i.name) === "qti-extended-text-interaction");
  if (interactions.length > 1 && !debate)
    return {
      source,
      reason: `The item asks ${interactions.length} questions in one; we import items with one interaction each.`,
    };

  const decls = declarations(item);
  const warnings: string[] = [];
  // Media in the item's text (choices have their own warning below).
  const inChoices = new Set(
    descendants(body, "qti-simple-choice").flatMap((c) => MEDIA_TAGS.flatMap((t) => descendants(c, t))),
  );
  const media = droppedMediaWarning(
    MEDIA_TAGS.flatMap((t) => descendants(body, t))
      .filter((n) => !inChoices.has(n))
      .map((n) => ({ tag: localName(n.name), ...(n.attrs.alt?.trim() ? { alt: n.attrs.alt.trim() } : {}) })),
  );
  if (media) warnings.push(media);
  const main = debate ? interactions.find((i) => hasClass(i, "passage-debate"))! : interactions[0]!;
  const decl = decls.get(main.attrs["response-identifier"] ?? "RESPONSE") ?? {
    cardinality: "single",
    baseType: "identifier",
    correct: [],
    mapping: [],
  };
  const positive = [...new Set([...decl.correct, ...decl.mapping.filter((m) => m.value > 0).map((m) => m.key)])];
  const blockquote = (cls: string) => descendants(body, "blockquote").find((b) => hasClass(b, cls));
  const promptOf = (i: XmlNode) => {
    const p = child(i, "qti-prompt");
    if (p && textOf(p)) return textOf(p);
    const rest = elements(body).filter(
      (b) =>
        !descendants(b, localName(i.name)).length &&
        b !== i &&
        !["blockquote", "qti-rubric-block"].includes(localName(b.name)),
    );
    return rest.map(textOf).filter(Boolean).join(" ") || item.attrs.title || "";
  };
  const choicesOf = (i: XmlNode, name = "qti-simple-choice") =>
    descendants(i, name).map((c) => {
      if (descendants(c, "img").length || descendants(c, "math").length)
        warnings.push("A choice had an image or formula, which was dropped.");
      return { id: c.attrs.identifier ?? "", text: textOf(c) };
    });

  let type: QuestionType;
  let content: Record<string, unknown> = {};
  let answerKey: Record<string, unknown> = {};
  let prompt = promptOf(main);
  const kind = localName(main.name);
  if (debate) {
    type = "DEBATE";
    const min = /passage-min-citations-(\d+)/.exec(main.attrs.class ?? "")?.[1];
    content = { stances: choicesOf(main), minCitations: min ? Number(min) : 1 };
  } else if (kind === "qti-choice-interaction" || kind === "qti-hottext-interaction") {
    const choices = choicesOf(main, kind === "qti-hottext-interaction" ? "qti-hottext" : "qti-simple-choice");
    const passagesOffered = choices.map((c) => {
      const ref = parsePassageIdentifier(c.id);
      return (ref && index.byAnchor(ref.essaySlug, ref.anchor)) || index.byText(c.text);
    });
    const single =
      decl.cardinality === "single" && main.attrs["max-choices"] !== "0" && Number(main.attrs["max-choices"] ?? 1) <= 1;
    if ((hasClass(main, "passage-evidence") || kind === "qti-hottext-interaction") && passagesOffered.every(Boolean)) {
      type = "EVIDENCE";
      const pid = new Map(choices.map((c, i) => [c.id, passagesOffered[i]!.id]));
      content = {
        claim: textOf(blockquote("passage-claim") ?? { name: "", attrs: {}, children: [prompt] }),
        options: choices.map((c) => pid.get(c.id)!),
      };
      answerKey = { correct: positive.map((k) => pid.get(k)).filter(Boolean) };
    } else if (hasClass(main, "passage-attribution")) {
      type = "ATTRIBUTION";
      const slug = (id: string) => parseEssayIdentifier(id) ?? id;
      content = {
        statement: textOf(blockquote("passage-statement") ?? { name: "", attrs: {}, children: [prompt] }),
        essays: choices.map((c) => ({ slug: slug(c.id), title: c.text })),
      };
      answerKey = { correct: slug(positive[0] ?? "") };
    } else if (single && choices.length === 2 && choices.every((c) => /^(true|false)$/i.test(c.text))) {
      type = "TRUE_FALSE";
      answerKey = { correct: /^true$/i.test(choices.find((c) => c.id === positive[0])?.text ?? "") };
    } else {
      if (hasClass(main, "passage-evidence") || kind === "qti-hottext-interaction")
        warnings.push("The passages offered were not found in our essays, so this became a choice question.");
      type = single ? "SINGLE_CHOICE" : "MULTIPLE_SELECT";
      content = { choices };
      answerKey = { correct: single ? positive[0] : positive };
      if (single && positive.length > 1)
        warnings.push("The source accepted several answers; only the first is kept as correct.");
      if (
        !single &&
        decl.mapping.some(
          (m) => m.value > 0 && Math.abs(m.value * positive.length - (decl.upper ?? m.value * positive.length)) > 1e-6,
        )
      )
        warnings.push("The source weighted its correct answers differently; we score each correct pick equally.");
    }
  } else if (kind === "qti-order-interaction") {
    type = "ORDERING";
    content = { items: choicesOf(main) };
    answerKey = { order: decl.correct };
  } else if (kind === "qti-text-entry-interaction" || kind === "qti-inline-choice-interaction") {
    type = "CLOZE";
    const block = parentOf(body, main)!;
    const [before, after] = around(block, main);
    const promptBlock = elements(body).find((b) => hasClass(b, "passage-prompt"));
    prompt = promptBlock
      ? textOf(promptBlock)
      : elements(body)
          .filter((b) => b !== block && !descendants(b, kind).length)
          .map(textOf)
          .filter(Boolean)
          .join(" ") ||
        item.attrs.title ||
        "Fill in the blank.";
    content = { before, after };
    if (kind === "qti-inline-choice-interaction") {
      warnings.push("The drop-down's options were dropped: students type the missing word.");
      answerKey = {
        accepted: choicesOf(main, "qti-inline-choice")
          .filter((c) => positive.includes(c.id))
          .map((c) => c.text),
        caseSensitive: false,
      };
    } else answerKey = { accepted: positive, caseSensitive: decl.mapping.some((m) => m.caseSensitive) };
  } else {
    type = "SHORT_ANSWER";
    const max = /passage-max-words-(\d+)/.exec(main.attrs.class ?? "")?.[1];
    content = max ? { maxWords: Number(max) } : {};
    const keywords = descendants(body, "qti-rubric-block")
      .filter((r) => hasClass(r, "passage-keywords"))
      .flatMap((r) => descendants(r, "li").map(textOf));
    answerKey = { modelAnswer: decl.correct[0] ?? "", keywords };
  }

  const rubrics = descendants(body, "qti-rubric-block").filter((r) => !hasClass(r, "passage-keywords"));
  const rubric =
    rubrics
      .map((r) => descendants(r, "p").map(textOf).join("\n") || textOf(r))
      .filter(Boolean)
      .join("\n") || null;
  if (type === "SHORT_ANSWER" && !(answerKey.modelAnswer as string)) {
    answerKey.modelAnswer = rubric ?? "No model answer was given in the source.";
    warnings.push("The source has no model answer; write one before saving.");
  }
  const feedback = childrenNamed(item, "qti-modal-feedback");
  const own = feedback.find((f) => f.attrs.identifier === "EXPLANATION");
  if (!own && feedback.length > 1)
    warnings.push("Separate feedback for right and wrong answers was merged into one explanation.");
  const explanation = (own ? [own] : feedback)
    .map((f) => descendants(f, "p").map(textOf).join("\n") || textOf(f))
    .join("\n");
  const max = Number(outcomeDefault(item, "MAXSCORE")[0] ?? decl.upper ?? 1);
  let points = Number.isFinite(max) && max > 0 ? max : 1;
  if (points < 0.5 || points > 100) {
    warnings.push(`The source gave ${points} points; set to ${Math.min(100, Math.max(0.5, points))}.`);
    points = Math.min(100, Math.max(0.5, points));
  }

  const hints: PassageHint[] = outcomeDefault(item, "CITATIONS").map((v) => parsePassageIdentifier(v) ?? { text: v });
  if (!hints.length)
    for (const b of descendants(body, "blockquote").filter((b) => hasClass(b, "passage-citation")))
      hints.push({ text: textOf(child(b, "p") ?? b) });
  const passageIds = hints
    .map(
      (h) =>
        (h.essaySlug && h.anchor ? index.byAnchor(h.essaySlug, h.anchor) : h.text ? index.byText(h.text) : undefined)
          ?.id,
    )
    .filter((x): x is string => !!x);

  // Another tool's identifiers often letter or number the choices in authored order ("A", "ChoiceB"): those
  // become opaque, so they cannot give the key away (issue 14); our own exports keep their ids.
  const ids = reidPositionalChoices(type, content, answerKey);
  const question = {
    type,
    prompt,
    content: ids.content,
    answerKey: ids.answerKey,
    explanation,
    points,
    rubric,
    passageIds: [...new Set(passageIds)],
  };
  const check = validateQuestion({ ...question, passageIds: ["placeholder"] });
  if (!check.ok)
    return {
      source,
      reason: `Not a valid ${type.toLowerCase().replace(/_/g, " ")} question: ${Object.values(check.errors).join(" ")}`,
    };
  return {
    source,
    question: { ...question, content: check.question.content, answerKey: check.question.answerKey },
    hints,
    warnings: [...new Set(warnings)],
  };
}

function collectInteractions(body: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  (function walk(n: XmlNode) {
    for (const c of elements(n)) {
      if (/^qti-.*-interaction$/.test(localName(c.name)) || localName(c.name) === "qti-custom-interaction") out.push(c);
      else walk(c);
    }
  })(body);
  return out;
}
