import nlp from "compromise";

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
 * Splits a paragraph into sentences with compromise's sentence tokenizer, which knows abbreviations
 * ("U.S.", "Mr.", "Jan.") that a split on periods or Intl.Segmenter gets wrong. Returns offsets into
 * `para`; the spans cover every non-space character exactly once.
 */
export function splitSentences(para: string): [number, number][] {
  const sentences = nlp(para).json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  const spans: [number, number][] = [];
  let cursor = 0;
  for (const s of sentences) {
    // Trust the text over the offset: find it at or after the cursor, so spans never overlap or go backwards.
    const at = para.indexOf(s.text, cursor);
    const start = at >= 0 ? at : Math.max(cursor, s.offset.start);
    const end = at >= 0 ? at + s.text.length : start + s.offset.length;
    spans.push([start, end]);
    cursor = end;
  }
  // Stretch spans so nothing between them is lost (punctuation compromise dropped, e.g. a closing quote).
  const out: [number, number][] = [];
  for (let i = 0; i < spans.length; i++) {
    const start = i === 0 ? 0 : spans[i - 1]![1];
    const end = i === spans.length - 1 ? para.length : spans[i + 1]![0];
    const [a, b] = trimSpan(para, start, end);
    if (b > a) out.push([a, b]);
  }
  if (out.length === 0) {
    const [a, b] = trimSpan(para, 0, para.length);
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
