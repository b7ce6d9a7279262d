// We import question text, not media: a picture, formula or clip in a question's text is left out. Often the
// question cannot be answered without it ("Look at the text in the picture"), so the teacher is told, with the
// picture's own description (alt) where it has one, and asked to describe it in the question before saving.

const MEDIA = ["img", "math", "svg", "video", "audio", "object", "iframe", "embed"] as const;
const MEDIA_TAG = new RegExp(`<(${MEDIA.join("|")})\\b([^>]*)>`, "gi");

export type DroppedMedia = { tag: string; alt?: string };

/** Media elements in an HTML question text (GIFT's `\=` escapes allowed in attributes). */
export function mediaInHtml(html: string): DroppedMedia[] {
  return [...html.matchAll(MEDIA_TAG)].map((m) => {
    const alt = /\balt\\?=\\?"([^"\\]*)\\?"/i.exec(m[2]!)?.[1]?.trim();
    return { tag: m[1]!.toLowerCase(), ...(alt ? { alt } : {}) };
  });
}

/** The element names counted as media (for XML trees: QTI). */
export const MEDIA_TAGS: readonly string[] = MEDIA;

/** The warning for media left out of a question's text, or null when there was none. */
export function droppedMediaWarning(found: DroppedMedia[]): string | null {
  if (!found.length) return null;
  const pictures = found.every((f) => f.tag === "img");
  const what =
    found.length === 1
      ? pictures
        ? "a picture"
        : found[0]!.tag === "math"
          ? "a formula"
          : "a picture or media"
      : `${found.length} ${pictures ? "pictures" : "pictures, formulas or media"}`;
  const alts = found.flatMap((f) => (f.alt ? [`“${f.alt}”`] : []));
  const them = found.length === 1 ? "it" : "them";
  return `The question text had ${what}${alts.length ? ` (${alts.join(", ")})` : ""}, which we leave out: describe ${them} in the question before saving, or students may not be able to answer.`;
}
