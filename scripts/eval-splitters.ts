// Scores sentence splitters on the corpus in tests/fixtures/sentences and prints a Markdown table.
//   npx tsx scripts/eval-splitters.ts            the table
//   npx tsx scripts/eval-splitters.ts --misses   also the cases each splitter gets wrong
// Only the shipped splitter (lib/passages) is a dependency of the app; the others are devDependencies kept
// so that the comparison can be re-run (docs/decisions/0020-sentence-splitter.md).
import nlp from "compromise";
import sbd from "sbd";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { splitSentences } from "../lib/passages/segment";
import { loadCorpus, scoreSplitter, scoreTable, type Splitter } from "../tests/support/sentence-corpus";

const trim = (t: string, a: number, b: number): [number, number] => {
  while (a < b && /\s/.test(t[a]!)) a++;
  while (b > a && /\s/.test(t[b - 1]!)) b--;
  return [a, b];
};

/** Turns a list of sentence strings back into spans of `para`, stretched so that nothing between them is lost. */
function spansFromTexts(para: string, texts: string[]): [number, number][] {
  const found: [number, number][] = [];
  let cursor = 0;
  for (const t of texts.map((x) => x.trim()).filter(Boolean)) {
    const at = para.indexOf(t, cursor);
    if (at < 0) continue; // a splitter that rewrote the text: its boundary is lost, which the score shows
    found.push([at, at + t.length]);
    cursor = at + t.length;
  }
  const out: [number, number][] = [];
  for (let i = 0; i < found.length; i++) {
    const [a, b] = trim(para, i === 0 ? 0 : found[i - 1]![1], i === found.length - 1 ? para.length : found[i + 1]![0]);
    if (b > a) out.push([a, b]);
  }
  return out.length ? out : [trim(para, 0, para.length)];
}

/** The splitter shipped before this comparison: compromise's sentence tokenizer. */
const compromise: Splitter = (para) =>
  spansFromTexts(
    para,
    (nlp(para).json() as { text: string }[]).map((s) => s.text),
  );

/** compromise, then the fixes users asked for: no split before a lower-case word or after "No."/"p." before a
 * number, and a split after closing quotes or "!" before a capital. */
const compromisePlus: Splitter = (para) => {
  const merged: [number, number][] = [];
  for (const s of compromise(para)) {
    const prev = merged.at(-1);
    const before = prev ? para.slice(prev[0], prev[1]) : "";
    const lowerNext = /^\p{Ll}/u.test(para.slice(s[0]));
    const refBeforeNumber = /\b(No|Nos|p|pp|Fig|art|vol)\.$/i.test(before) && /^\d/.test(para.slice(s[0]));
    if (prev && (lowerNext || refBeforeNumber)) prev[1] = s[1];
    else merged.push([...s]);
  }
  const out: [number, number][] = [];
  for (const [a, b] of merged) {
    let from = a;
    for (const m of para.slice(a, b).matchAll(/[.!?][”’"']?\s+(?=[“"‘']?\p{Lu})/gu)) {
      const cut = a + m.index + m[0].length;
      const head = para.slice(from, a + m.index + 1);
      if (/[.]$/.test(head) && !/[”’"']$/.test(m[0].trim()) && !/!|\?/.test(m[0])) continue; // plain full stops: trust compromise
      out.push(trim(para, from, cut));
      from = cut;
    }
    out.push(trim(para, from, b));
  }
  return out;
};

const wink = winkNLP(model);
const winkSplitter: Splitter = (para) => spansFromTexts(para, wink.readDoc(para).sentences().out());

const sbdSplitter: Splitter = (para) => spansFromTexts(para, sbd.sentences(para, { preserve_whitespace: true }));

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const intlSplitter: Splitter = (para) =>
  spansFromTexts(
    para,
    [...segmenter.segment(para)].map((s) => s.segment),
  );

export const SPLITTERS: [string, Splitter][] = [
  ["compromise 14.17 (before)", compromise],
  ["compromise + rules", compromisePlus],
  ["wink-nlp 2.4 + eng-lite-web-model 1.8", winkSplitter],
  ["sbd 1.0.19", sbdSplitter],
  ["Intl.Segmenter (ICU)", intlSplitter],
  ["rules (lib/passages, shipped)", splitSentences],
];

const all = loadCorpus();
const boundaries = (cs: typeof all) => cs.reduce((n, c) => n + c.starts.length - 1, 0);
for (const [title, cases] of [
  ["Whole corpus", all],
  ["Held out (09-holdout.txt, written after the rules were frozen)", all.filter((c) => c.file.includes("holdout"))],
] as const) {
  const rows = SPLITTERS.map(([name, split]) => [name, scoreSplitter(split, cases)] as const);
  console.log(`\n${title}: ${cases.length} paragraphs, ${boundaries(cases)} boundaries\n`);
  console.log(scoreTable(rows.map(([n, s]) => [n, s])));
  if (process.argv.includes("--misses"))
    for (const [name, s] of rows) console.log(`  ${name} misses: ${s.misses.join(" ")}`);
}
