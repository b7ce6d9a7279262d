// A cited passage shown "in a short context": the sentence highlighted inside its paragraph, trimmed to
// a window of words around it so a projector or a phone can show it without scrolling.
export type PassageContext = {
  passageId: string;
  essayTitle: string;
  label: string;
  before: string;
  highlight: string;
  after: string;
};

/** Cuts `text` to at most `max` characters at a word boundary, from the end nearest the highlight. */
function trimSide(text: string, max: number, side: "before" | "after"): string {
  if (text.length <= max) return text;
  if (side === "before") {
    const cut = text.slice(text.length - max);
    const space = cut.indexOf(" ");
    return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
  }
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/**
 * `paragraph` is the paragraph's text and offset in the body; `cited` the passage's offsets in the body.
 * A whole-paragraph citation highlights the paragraph (trimmed if very long).
 */
export function passageInContext(
  paragraph: { text: string; start: number },
  cited: { id: string; start: number; end: number; paragraph: number; sentence: number },
  essayTitle: string,
  window = 220,
): PassageContext {
  const from = Math.max(0, cited.start - paragraph.start);
  const to = Math.min(paragraph.text.length, cited.end - paragraph.start);
  const highlight = paragraph.text.slice(from, to);
  const label = cited.sentence === 0 ? `¶${cited.paragraph}` : `¶${cited.paragraph} s${cited.sentence}`;
  return {
    passageId: cited.id,
    essayTitle,
    label,
    before: trimSide(paragraph.text.slice(0, from), window, "before"),
    highlight: highlight.length > 900 ? trimSide(highlight, 900, "after") : highlight,
    after: trimSide(paragraph.text.slice(to), window, "after"),
  };
}
