// The annotation kinds and limits the reading page's browser needs, apart from the server's zod checks in ./input
// (which re-exports them): the reading page would otherwise load zod on every student's phone (decision 0092).
export const ANNOTATION_BODY_MAX = 2000;
export const ANNOTATION_SPAN_MAX = 2000;

export const annotationKinds = ["HIGHLIGHT", "COMMENT", "QUESTION"] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

export const KIND_LABEL: Record<AnnotationKind, string> = {
  HIGHLIGHT: "Highlight",
  COMMENT: "Comment",
  QUESTION: "I’m confused here",
};
