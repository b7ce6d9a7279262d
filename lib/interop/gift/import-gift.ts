// GIFT (and Moodle's quirks in it) to our questions. The file is cut into blocks at blank lines, as Moodle
// does, and each block is parsed by gift-pegjs on its own: one broken question becomes an unmapped item with
// the parser's message instead of failing the file. Quirks Moodle tolerates (a stray `";` after an answer
// block, two questions with one name, CRLF) are repaired or reported as warnings.
import { parse, type GIFTQuestion, type TextChoice, type TextFormat } from "gift-pegjs";
import { indexPassages } from "../citations";
import { InteropError, type ImportResult, type ImportedQuestion, type InteropPassage, type Unmapped } from "../model";
import { droppedMediaWarning, mediaInHtml } from "../dropped-media";
import { htmlInline, htmlToText, passagesByText, readStemHtml } from "../stem";
import { checkUpload, decodeText } from "../upload";
import { finishQuestion, type Draft } from "../finish-question";

const text = (t: TextFormat | null | undefined) =>
  !t ? "" : t.format === "html" ? htmlToText(t.text) : t.text.replace(/\s+/g, " ").trim();

function blocks(src: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let cur: string[] = [];
  let start = 1;
  src.split("\n").forEach((l, i) => {
    if (l.trim() === "") {
      if (cur.some((x) => x.trim() && !x.trim().startsWith("//"))) out.push({ text: cur.join("\n"), line: start });
      cur = [];
      start = i + 2;
    } else cur.push(l);
  });
  if (cur.some((x) => x.trim() && !x.trim().startsWith("//"))) out.push({ text: cur.join("\n"), line: start });
  return out;
}

export function importGift(
  bytes: Uint8Array,
  name: string,
  opts: { passages?: readonly InteropPassage[] } = {},
): ImportResult {
  if (checkUpload(bytes, name) !== "text") throw new InteropError(`“${name}” is not a GIFT text file.`);
  const src = decodeText(bytes, name).replace(/\r\n?/g, "\n");
  const passages = opts.passages ?? [];
  const index = indexPassages(passages);
  const questions: ImportedQuestion[] = [];
  const unmapped: Unmapped[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  for (const b of blocks(src)) {
    let block = b.text;
    const blockWarnings: string[] = [];
    // Moodle's own fixture ends answer blocks with `}";`; Moodle ignores the stray characters.
    if (/\}\s*";\s*$/.test(block)) {
      block = block.replace(/\}\s*";\s*$/, "}");
      blockWarnings.push("Stray characters after the answer block were ignored.");
    }
    let parsed: GIFTQuestion[];
    try {
      parsed = parse(block + "\n");
    } catch (e) {
      unmapped.push({ source: `line ${b.line}`, reason: `GIFT syntax error: ${(e as Error).message}` });
      continue;
    }
    for (const g of parsed) {
      if (g.type === "Category") continue;
      const title = g.title ?? "";
      const source = title ? `“${title}” (line ${b.line})` : `line ${b.line}`;
      if (title) {
        const n = (seen.get(title) ?? 0) + 1;
        seen.set(title, n);
        if (n > 1) blockWarnings.push(`Another question is also named “${title}”.`);
      }
      const r = mapGift(g, source, passages);
      if ("reason" in r) {
        unmapped.push(r);
        continue;
      }
      r.warnings.unshift(...blockWarnings);
      const done = finishQuestion(r, source, index);
      if ("reason" in done) unmapped.push(done);
      else questions.push(done);
    }
  }
  if (!questions.length && !unmapped.length) throw new InteropError(`“${name}” has no GIFT questions in it.`);
  return { format: "gift", questions, stimuli: [], unmapped, warnings };
}

function mapGift(g: GIFTQuestion, source: string, passages: readonly InteropPassage[]): Draft | Unmapped {
  if (g.type === "Description") return { source, reason: "A description (text with no question) has no equivalent." };
  if (g.type === "Category") return { source, reason: "category" };
  const stem =
    g.stem.format === "html"
      ? readStemHtml(g.stem.text)
      : { prompt: text(g.stem), extra: {} as Record<string, string>, hints: [] };
  const warnings: string[] = [];
  const media = droppedMediaWarning(mediaInHtml(g.stem.text));
  if (media) warnings.push(media);
  const draft = (type: Draft["type"], content: object, answerKey: object, prompt = stem.prompt): Draft => ({
    type,
    prompt: prompt || g.title || "",
    content,
    answerKey,
    explanation: text(g.globalFeedback),
    points: 1,
    rubric: null,
    hints: stem.hints,
    warnings,
  });
  const feedbackLost = (choices: { feedback: TextFormat | null }[]) =>
    choices.some((c) => c.feedback) &&
    warnings.push("Feedback on individual answers was dropped (we show one explanation).");
  const choiceList = (cs: TextChoice[]) => cs.map((c, i) => ({ id: String.fromCharCode(97 + i), text: text(c.text) }));
  switch (g.type) {
    case "TF":
      if (g.trueFeedback || g.falseFeedback)
        warnings.push("Feedback on individual answers was dropped (we show one explanation).");
      return draft("TRUE_FALSE", {}, { correct: g.isTrue });
    case "MC": {
      feedbackLost(g.choices);
      const choices = choiceList(g.choices);
      const weighted = g.choices.some((c) => c.weight !== null);
      const correct = choices
        .filter((_, i) => g.choices[i]!.isCorrect || (g.choices[i]!.weight ?? 0) > 0)
        .map((c) => c.id);
      const asPassages = passagesByText(
        choices.map((c) => c.text),
        passages,
      );
      if (asPassages && stem.extra.claim !== undefined) {
        const pid = new Map(choices.map((c, i) => [c.id, asPassages[i]!]));
        return draft(
          "EVIDENCE",
          { claim: stem.extra.claim, options: asPassages },
          { correct: correct.map((c) => pid.get(c)!) },
        );
      }
      if (weighted && correct.length > 1) {
        const w = g.choices.filter((c) => (c.weight ?? 0) > 0).map((c) => c.weight!);
        if (new Set(w).size > 1)
          warnings.push("Answers carried different weights; we score each correct pick equally.");
        return draft("MULTIPLE_SELECT", { choices }, { correct });
      }
      if (correct.length > 1) warnings.push("Several answers were marked right; only the first is kept.");
      if (stem.extra.statement)
        warnings.push("This was a “which essay says this” question; it comes back as single choice.");
      return draft("SINGLE_CHOICE", { choices }, { correct: correct[0] ?? "" });
    }
    case "Short": {
      feedbackLost(g.choices);
      const right = g.choices.filter((c) => c.isCorrect && (c.weight === null || c.weight === 100));
      if (g.choices.some((c) => c.weight !== null && c.weight > 0 && c.weight < 100))
        warnings.push("Answers worth partial credit were dropped.");
      if (right.some((c) => c.text.text.includes("*")))
        warnings.push("A wildcard (*) answer is kept as typed; we do not match wildcards.");
      const accepted = right.map((c) => text(c.text));
      if (g.hasEmbeddedAnswers) {
        const [beforeHtml, afterHtml = ""] = g.stem.text.split("_____");
        const promptMatch = g.stem.format === "html" ? /^\s*<p>([\s\S]*?)<\/p>/.exec(beforeHtml!) : null;
        const before = promptMatch ? beforeHtml!.slice(promptMatch[0].length) : beforeHtml!;
        const after = g.stem.format === "html" ? afterHtml.replace(/<\/p>[\s\S]*$/, "") : afterHtml;
        const prompt = promptMatch ? htmlToText(promptMatch[1]!) : g.title || "Fill in the blank.";
        // gift-pegjs pads the blank with a space each side; our own export marks the exact text in spans.
        const span = (s: string, cls: string) => new RegExp(`<span class="${cls}">([\\s\\S]*?)</span>`).exec(s)?.[1];
        const unhtml = (s: string) => (g.stem.format === "html" ? htmlInline(s) : s);
        const b4 = span(before, "before") ?? before.replace(/^<p>/, "").replace(/ $/, "");
        const aft = span(afterHtml, "after") ?? after.replace(/^ /, "");
        return draft("CLOZE", { before: unhtml(b4), after: unhtml(aft) }, { accepted, caseSensitive: false }, prompt);
      }
      warnings.push("A short-answer question became a fill-the-blank after its text.");
      return draft("CLOZE", { before: "Answer:", after: "" }, { accepted, caseSensitive: false });
    }
    case "Essay":
      warnings.push("The source has no model answer; write one before saving.");
      return draft("SHORT_ANSWER", {}, { modelAnswer: "No model answer was given in the source.", keywords: [] });
    case "Matching": {
      const positions = g.matchPairs.map((p) => Number(p.subanswer));
      const n = g.matchPairs.length;
      if (positions.every((p) => Number.isInteger(p) && p >= 1 && p <= n) && new Set(positions).size === n) {
        const items = g.matchPairs.map((p, i) => ({ id: String.fromCharCode(97 + i), text: text(p.subquestion) }));
        const order = [...items]
          .sort((a, b) => positions[items.indexOf(a)]! - positions[items.indexOf(b)]!)
          .map((x) => x.id);
        return draft("ORDERING", { items }, { order });
      }
      return { source, reason: "Matching questions have no equivalent among our types." };
    }
    case "Numerical":
      return { source, reason: "Numerical questions have no equivalent among our types." };
  }
}
