// Reads the sentence-splitting corpus (tests/fixtures/sentences/*.txt, format in its README) and scores a
// splitter on it: precision, recall and F1 of sentence boundaries, and how many paragraphs come out exactly right.
import fs from "node:fs";
import path from "node:path";

export type CorpusCase = { id: string; what: string; source: string; file: string; text: string; starts: number[] };
export type Splitter = (para: string) => [number, number][];
export type Score = {
  cases: number;
  exact: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  misses: string[];
};

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../fixtures/sentences");
const JOINS: Record<string, string> = { none: "", double: "  ", space: " " };

export function loadCorpus(dir = CORPUS_DIR): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    let head: string[] | null = null;
    let lines: string[] = [];
    const flush = () => {
      if (!head) return;
      if (lines.length === 0) throw new Error(`${file}: case ${head[0]} has no sentences`);
      const opts = Object.fromEntries(head.slice(3).map((o) => o.split("=") as [string, string]));
      const join = JOINS[opts.join ?? "space"];
      if (join === undefined) throw new Error(`${file}: case ${head[0]} has an unknown join ${opts.join}`);
      const starts: number[] = [];
      let text = "";
      lines.forEach((l, i) => {
        if (i > 0) text += join;
        starts.push(text.length);
        text += l;
      });
      cases.push({ id: head[0]!, what: head[1] ?? "", source: head[2] ?? "", file, text, starts });
      head = null;
      lines = [];
    };
    for (const raw of fs.readFileSync(path.join(dir, file), "utf8").split("\n")) {
      const line = raw.trimEnd();
      if (line.startsWith("//")) continue;
      if (line.startsWith("# ")) {
        flush();
        head = line
          .slice(2)
          .split("|")
          .map((s) => s.trim());
      } else if (line === "") flush();
      else if (head) lines.push(line);
      else throw new Error(`${file}: sentence outside a case: ${line}`);
    }
    flush();
  }
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
    ids.add(c.id);
  }
  return cases;
}

/** Scores boundaries (the start of every sentence but the first) over the whole corpus. */
export function scoreSplitter(split: Splitter, cases: CorpusCase[]): Score {
  let tp = 0,
    fp = 0,
    fn = 0,
    exact = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const got = new Set(
      split(c.text)
        .slice(1)
        .map(([a]) => a),
    );
    const want = new Set(c.starts.slice(1));
    let ok = true;
    for (const b of got)
      if (want.has(b)) tp++;
      else {
        fp++;
        ok = false;
      }
    for (const b of want)
      if (!got.has(b)) {
        fn++;
        ok = false;
      }
    if (ok) exact++;
    else misses.push(c.id);
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { cases: cases.length, exact, tp, fp, fn, precision, recall, f1, misses };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A Markdown table of scores, one row per splitter. */
export function scoreTable(rows: [string, Score][]): string {
  const out = ["| splitter | precision | recall | F1 | exact paragraphs |", "| --- | ---: | ---: | ---: | ---: |"];
  for (const [name, s] of rows)
    out.push(
      `| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.exact}/${s.cases} (${pct(s.exact / s.cases)}) |`,
    );
  return out.join("\n");
}
