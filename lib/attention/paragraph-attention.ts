// What the report's "where attention went" shows per paragraph and per essay: read on the server
// (server/attention/get-reading-attention.ts), drawn by components/analytics/reading-table.tsx.

export type ParagraphAttention = {
  passageId: string;
  /** summed over the students who opened the essay */
  totalMs: number;
  /** the median over the students who opened the essay (0 for one who never had it on screen) */
  medianMs: number;
  /** students who had it on screen at all */
  readers: number;
  /** students' annotations touching the paragraph, and of those the "I'm confused here" ones */
  annotations: number;
  confused: number;
};
export type EssayAttention = { essayId: string; opened: number; reachedEnd: number };
