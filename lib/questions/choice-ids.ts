// Ids of choices and ordering items. A student's browser receives them, so they must say nothing about the
// key or the order the author wrote: never "a, b, c" in authored order (issue 14: with the key written first,
// answering "a" everywhere scored full marks). Opaque ids: random for questions a person writes or imports,
// a hash for the built-in sets (stable across seeds, and reproducible by the 20261127100000 migration).
import { z } from "zod";
import type { QuestionType } from "./schema";

const HEX = "0123456789abcdef";

/** A fresh random id: "c" + 9 hex digits (36 bits; the "c" keeps it a valid XML name for QTI export). */
export function randomChoiceId(): string {
  const bytes = new Uint8Array(5);
  globalThis.crypto.getRandomValues(bytes);
  return `c${[...bytes].map((b) => HEX[b >> 4]! + HEX[b & 15]!).join("")}`.slice(0, 10);
}

/** Types whose content lists choices or items with ids that the key and the answers refer to. */
export const CHOICE_TYPES: ReadonlySet<QuestionType> = new Set(["SINGLE_CHOICE", "MULTIPLE_SELECT", "ORDERING"]);

/** The list a choice type's content carries, read loosely: each entry needs an id, its other fields ride along. */
const listed = z.array(z.object({ id: z.string() }).loose());

/**
 * Gives every choice (or ordering item) a new id from `newId` and rewrites the key to match; other types pass
 * through. For importers and the drafter, whose sources number choices by position ("A.", "B." in Aiken).
 * The parts are not validated yet (the caller runs validateQuestion after): a list that is not one passes through.
 */
export function reidChoices<C extends object, K extends object>(
  type: QuestionType,
  content: C,
  answerKey: K,
  newId: (old: string, index: number) => string = () => randomChoiceId(),
): { content: C; answerKey: K } {
  if (!CHOICE_TYPES.has(type)) return { content, answerKey };
  const field = type === "ORDERING" ? "items" : "choices";
  const list = listed.safeParse(
    field === "items" ? "items" in content && content.items : "choices" in content && content.choices,
  );
  if (!list.success) return { content, answerKey };
  const map = new Map<string, string>();
  const renamed = list.data.map((c, i) => {
    const id = newId(c.id, i);
    map.set(c.id, id);
    return { ...c, id };
  });
  const to = (x: unknown) => (typeof x === "string" ? (map.get(x) ?? x) : x);
  const key: Record<string, unknown> = {};
  if ("correct" in answerKey)
    key.correct = Array.isArray(answerKey.correct) ? answerKey.correct.map(to) : to(answerKey.correct);
  if ("order" in answerKey && Array.isArray(answerKey.order)) key.order = answerKey.order.map(to);
  return { content: { ...content, [field]: renamed }, answerKey: { ...answerKey, ...key } };
}

/** An id that numbers or letters its choice ("A", "b", "choice2", "ChoiceA", "opt_3"): it gives the authored order
 *  away. Longer, random-looking ids (ours, "c" + 9 hex digits, or another tool's uuids) say nothing. */
export function isPositionalId(id: string): boolean {
  return id.length <= 3 || /^(choice|option|opt|item|answer|ans|resp(onse)?|ch|alt)[-_ ]?([a-z]|\d{1,3})$/i.test(id);
}

/** reidChoices for sources whose ids may be positional: those ids become random, opaque ones are kept (so a
 *  package we exported comes back with the same ids). */
export function reidPositionalChoices<C extends object, K extends object>(
  type: QuestionType,
  content: C,
  answerKey: K,
) {
  return reidChoices(type, content, answerKey, (old) => (isPositionalId(old) ? randomChoiceId() : old));
}
