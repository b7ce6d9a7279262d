import { sentenceStarts } from "./split-sentences";

/** One addressable span of an essay body. sentence 0 is the whole paragraph. Indices are 1-based. */
export type Segment = {
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
};

/** The anchor used in URLs and element ids: `p3` for a paragraph, `p3-s2` for a sentence. */
export function anchorId(paragraph: number, sentence: number): string {
  return sentence === 0 ? `p${paragraph}` : `p${paragraph}-s${sentence}`;
}

/** Parses `p3` / `p3-s2` back into indices; null for anything else. */
export function parseAnchor(anchor: string): { paragraph: number; sentence: number } | null {
  const m = /^p(\d{1,4})(?:-s(\d{1,4}))?$/.exec(anchor.replace(/^#/, ""));
  if (!m) return null;
  return { paragraph: Number(m[1]), sentence: m[2] ? Number(m[2]) : 0 };
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Splits a paragraph into sentences (rules in split-sentences.ts: abbreviations such as "U.S.", "Mr.", "No. 10"
 * stay inside their sentence; a sentence may end inside closing quotes). Returns offsets into `para`; the
 * spans cover every non-space character exactly once and only whitespace sits between them.
 */
export function splitSentences(para: string): [number, number][] {
  const cuts = [0, ...sentenceStarts(para), para.length];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = trimSpan(para, cuts[i]!, cuts[i + 1]!);
    if (b > a) out.push([a, b]);
  }
  return out;
}

/** Paragraphs are the non-blank lines of the body; each is split into sentences. Offsets index into `body`. */
export function segmentBody(body: string): Segment[] {
  const segments: Segment[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of body.split("\n")) {
    const [a, b] = trimSpan(line, 0, line.length);
    if (b > a) {
      paragraph++;
      const pStart = lineStart + a;
      const pText = line.slice(a, b);
      segments.push({ paragraph, sentence: 0, start: pStart, end: lineStart + b, text: pText });
      splitSentences(pText).forEach(([s, e], i) => {
        segments.push({ paragraph, sentence: i + 1, start: pStart + s, end: pStart + e, text: pText.slice(s, e) });
      });
    }
    lineStart += line.length + 1;
  }
  return segments;
}
