// Moodle XML (a <quiz> of <question type="…">) as our questions. Our own exports come back with their type
// (the `passage-type:` tag), citations (blockquote cite= or `passage-cite:` tags) and grader information;
// other Moodle banks map by type: multichoice, truefalse, shortanswer, essay, ordering, and a gapselect with one
// gap. Everything else (matching, numerical, calculated, drag and drop, embedded Cloze…) is unmapped with why.
import { indexPassages } from "../citations";
import { finishQuestion, type Draft } from "../finish-question";
import { InteropError, type ImportResult, type ImportedQuestion, type InteropPassage, type Unmapped } from "../model";
import { parsePassageIdentifier } from "../qti/identifiers";
import { droppedMediaWarning, mediaInHtml } from "../dropped-media";
import { htmlInline, htmlToText, passagesByText, readStemHtml } from "../stem";
import { checkUpload, decodeText } from "../upload";
import { child, childrenNamed, descendants, localName, parseXml, type XmlNode } from "../xml";

/** The raw text of a node (a <text> keeps its HTML as typed; CDATA arrives as text). */
const raw = (n: XmlNode | undefined): string =>
  n ? n.children.map((c) => (typeof c === "string" ? c : raw(c))).join("") : "";
const field = (q: XmlNode, name: string) => raw(child(child(q, name) ?? { name: "", attrs: {}, children: [] }, "text"));
const valueOf = (q: XmlNode, name: string) => raw(child(q, name)).trim();
const classText = (html: string, cls: string) => {
  const m = new RegExp(`<(p|div) class="${cls}">([\\s\\S]*?)</\\1>`).exec(html);
  return m ? htmlToText(m[2]!) : undefined;
};

const UNMAPPED: Record<string, string> = {
  matching: "Matching questions have no equivalent among our types.",
  numerical: "Numerical questions have no equivalent among our types.",
  calculated: "Calculated questions have no equivalent among our types.",
  calculatedsimple: "Calculated questions have no equivalent among our types.",
  calculatedmulti: "Calculated questions have no equivalent among our types.",
  multianswer: "Embedded answers (Cloze) with several gaps have no equivalent; we have one blank per question.",
  ddwtos: "Drag and drop into text has no equivalent among our types.",
  ddimageortext: "Drag and drop onto an image has no equivalent among our types.",
  ddmarker: "Drag and drop markers have no equivalent among our types.",
  randomsamatch: "Random short-answer matching has no equivalent among our types.",
  description: "A description (text with no question) has no equivalent.",
  random: "A random question drawn from a category has no equivalent.",
};

export function importMoodleXml(
  bytes: Uint8Array,
  name: string,
  opts: { passages?: readonly InteropPassage[] } = {},
): ImportResult {
  if (checkUpload(bytes, name) !== "xml") throw new InteropError(`“${name}” is not a Moodle XML file.`);
  const root = parseXml(decodeText(bytes, name), `“${name}”`);
  if (localName(root.name) !== "quiz")
    throw new InteropError(`“${name}” is not Moodle XML: its root is <${root.name}>, not <quiz>.`);
  const passages = opts.passages ?? [];
  const index = indexPassages(passages);
  const questions: ImportedQuestion[] = [];
  const unmapped: Unmapped[] = [];
  childrenNamed(root, "question").forEach((q, i) => {
    const type = q.attrs.type ?? "";
    if (type === "category") return;
    const title = htmlToText(field(q, "name"));
    const source = title ? `“${title}” (question ${i + 1})` : `question ${i + 1}`;
    const r = UNMAPPED[type] ? { source, reason: UNMAPPED[type]! } : mapQuestion(q, type, source, passages);
    if ("reason" in r) return void unmapped.push(r);
    const done = finishQuestion(r, source, index);
    if ("reason" in done) unmapped.push(done);
    else questions.push(done);
  });
  if (!questions.length && !unmapped.length) throw new InteropError(`“${name}” has no Moodle questions in it.`);
  return { format: "moodle-xml", questions, stimuli: [], unmapped, warnings: [] };
}

function mapQuestion(q: XmlNode, type: string, source: string, passages: readonly InteropPassage[]): Draft | Unmapped {
  const tags = descendants(child(q, "tags") ?? { name: "", attrs: {}, children: [] }, "text").map((t) => raw(t).trim());
  const ours = tags.find((t) => t.startsWith("passage-type:"))?.slice("passage-type:".length);
  const html = field(q, "questiontext");
  const stem = readStemHtml(html);
  const hints = stem.hints.length
    ? stem.hints
    : tags
        .filter((t) => t.startsWith("passage-cite:"))
        .map((t) => parsePassageIdentifier(t.slice("passage-cite:".length)))
        .filter((h): h is NonNullable<typeof h> => !!h);
  const warnings: string[] = [];
  const media = droppedMediaWarning(mediaInHtml(html));
  if (media) warnings.push(media);
  const points = Number(valueOf(q, "defaultgrade") || 1);
  const draft = (
    t: Draft["type"],
    content: object,
    answerKey: object,
    prompt = stem.prompt,
    rubric: string | null = null,
  ): Draft => ({
    type: t,
    prompt: prompt || htmlToText(field(q, "name")),
    content,
    answerKey,
    explanation: htmlToText(field(q, "generalfeedback")),
    points: Number.isFinite(points) && points > 0 ? points : 1,
    rubric,
    hints,
    warnings,
  });
  const answers = childrenNamed(q, "answer").map((a) => ({
    text: htmlToText(raw(child(a, "text"))),
    inline: htmlInline(raw(child(a, "text"))).trim(),
    fraction: Number(a.attrs.fraction ?? 0),
    feedback: htmlToText(field(a, "feedback")),
  }));
  if (answers.some((a) => a.feedback))
    warnings.push("Feedback on individual answers was dropped (we show one explanation).");
  const choices = answers.map((a, n) => ({ id: String.fromCharCode(97 + n), text: a.text }));
  const grader = field(q, "graderinfo");

  switch (type) {
    case "truefalse": {
      const right = answers.find((a) => a.fraction > 0);
      if (!right) return { source, reason: "No answer is marked right." };
      return draft("TRUE_FALSE", {}, { correct: right.text.toLowerCase() === "true" });
    }
    case "multichoice": {
      const single = valueOf(q, "single") !== "false" && valueOf(q, "single") !== "0";
      const correct = choices.filter((_, n) => answers[n]!.fraction > 0).map((c) => c.id);
      if (ours === "EVIDENCE" || stem.extra.claim !== undefined) {
        const ids = passagesByText(
          choices.map((c) => c.text),
          passages,
        );
        if (ids && stem.extra.claim) {
          const pid = new Map(choices.map((c, n) => [c.id, ids[n]!]));
          return draft(
            "EVIDENCE",
            { claim: stem.extra.claim, options: ids },
            { correct: correct.map((c) => pid.get(c)!) },
          );
        }
        warnings.push("The answers are not passages of our essays, so this evidence question comes back as choice.");
      }
      if (ours === "ATTRIBUTION" && stem.extra.statement) {
        const slugs = tags.filter((t) => t.startsWith("passage-essay:")).map((t) => t.slice("passage-essay:".length));
        if (slugs.length === choices.length) {
          const essays = choices.map((c, n) => ({ slug: slugs[n]!, title: c.text }));
          return draft(
            "ATTRIBUTION",
            { statement: stem.extra.statement, essays },
            { correct: slugs[choices.findIndex((c) => c.id === correct[0])] ?? "" },
          );
        }
      }
      if (stem.extra.statement)
        warnings.push("This was a “which essay says this” question; it comes back as single choice.");
      if (!single) {
        const w = answers.filter((a) => a.fraction > 0).map((a) => a.fraction);
        if (new Set(w.map((x) => Math.round(x))).size > 1)
          warnings.push("Answers carried different weights; we score each correct pick equally.");
        return draft("MULTIPLE_SELECT", { choices }, { correct });
      }
      if (correct.length > 1) warnings.push("Several answers were marked right; only the first is kept.");
      if (answers.some((a) => a.fraction > 0 && a.fraction < 100))
        warnings.push("Partial credit on an answer was dropped.");
      return draft("SINGLE_CHOICE", { choices }, { correct: correct[0] ?? "" });
    }
    case "shortanswer": {
      const accepted = answers.filter((a) => a.fraction >= 100).map((a) => a.inline);
      if (answers.some((a) => a.fraction > 0 && a.fraction < 100))
        warnings.push("Answers worth partial credit were dropped.");
      if (accepted.some((a) => a.includes("*")))
        warnings.push("A wildcard (*) answer is kept as typed; we do not match wildcards.");
      const caseSensitive = valueOf(q, "usecase") === "1";
      const span = (cls: string) => new RegExp(`<span class="${cls}">([\\s\\S]*?)</span>`).exec(html)?.[1];
      const before = span("before");
      if (before !== undefined) {
        // Our export: the prompt is the first paragraph, the sentence with its blank the second.
        const prompt = htmlToText(/^\s*<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "");
        const content = { before: htmlInline(before), after: htmlInline(span("after") ?? "") };
        return draft("CLOZE", content, { accepted, caseSensitive }, prompt);
      }
      warnings.push("A short-answer question became a fill-the-blank after its text.");
      return draft("CLOZE", { before: "Answer:", after: "" }, { accepted, caseSensitive });
    }
    case "gapselect": {
      const gaps = [...html.matchAll(/\[\[(\d+)\]\]/g)];
      if (gaps.length !== 1)
        return { source, reason: "A select-missing-words question with several gaps has no equivalent." };
      const options = childrenNamed(q, "selectoption").map((o) => htmlInline(raw(child(o, "text"))).trim());
      const right = options[Number(gaps[0]![1]) - 1];
      if (!right) return { source, reason: "The gap's right option is missing." };
      const [b4, after] = html.split(gaps[0]![0]);
      warnings.push("The gap's options were dropped: students type the word instead of choosing it.");
      return draft(
        "CLOZE",
        { before: htmlToText(b4 ?? ""), after: htmlToText(after ?? "") },
        { accepted: [right], caseSensitive: false },
        htmlToText(field(q, "name")) || "Fill in the blank.",
      );
    }
    case "ordering": {
      const items = answers.map((a, n) => ({ id: String.fromCharCode(97 + n), text: a.text }));
      return draft("ORDERING", { items }, { order: items.map((x) => x.id) });
    }
    case "essay": {
      const rubric = classText(grader, "rubric") ?? null;
      const maxWords = Number(valueOf(q, "maxwordlimit")) || undefined;
      if (ours === "DEBATE") {
        const stances = [
          ...(/<ul class="stances">([\s\S]*?)<\/ul>/.exec(grader)?.[1] ?? "").matchAll(/<li>([\s\S]*?)<\/li>/g),
        ].map((m, n) => ({ id: String.fromCharCode(97 + n), text: htmlToText(m[1]!) }));
        const minCitations = Number(classText(grader, "min-citations")) || 1;
        return draft("DEBATE", { stances, minCitations }, {}, stem.prompt, rubric);
      }
      const model = classText(grader, "model-answer");
      const keywords = (classText(grader, "keywords") ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (!model) warnings.push("The source has no model answer; write one before saving.");
      return draft(
        "SHORT_ANSWER",
        maxWords ? { maxWords } : {},
        { modelAnswer: model || htmlToText(grader) || "No model answer was given in the source.", keywords },
        stem.prompt,
        rubric,
      );
    }
    default:
      return { source, reason: `Moodle “${type}” questions have no equivalent among our types.` };
  }
}
