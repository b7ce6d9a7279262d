// QTI identifiers are XML NCNames. Our ids are opaque strings, so each is kept when it is already a valid
// NCName (round trips then keep it) and replaced by a positional one otherwise.
import { passageAnchor, type InteropPassage } from "../model";

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const SLUG = /^[A-Za-z0-9_-]+$/;

/** Identifiers for a list of choice ids: the ids themselves when all are NCNames, else C1, C2, … */
export function choiceIdentifiers(ids: readonly string[]): string[] {
  return ids.every((id) => NCNAME.test(id)) ? [...ids] : ids.map((_, i) => `C${i + 1}`);
}

/** `P.<essay slug>.<anchor>`: names the passage itself, so another system's copy still says where it is from. */
export const passageIdentifier = (p: InteropPassage, i: number) =>
  SLUG.test(p.essaySlug) ? `P.${p.essaySlug}.${passageAnchor(p)}` : `P${i + 1}`;
export const essayIdentifier = (slug: string, i: number) => (SLUG.test(slug) ? `E.${slug}` : `E${i + 1}`);
export const stimulusIdentifier = (slug: string, i: number) => (SLUG.test(slug) ? `S.${slug}` : `S${i + 1}`);

/** Back from a passage identifier (or a CITATIONS value) to its essay and anchor. */
export function parsePassageIdentifier(s: string): { essaySlug: string; anchor: string } | null {
  const m = /^P\.([A-Za-z0-9_-]+)\.(p\d+(?:-s\d+)?)$/.exec(s);
  return m ? { essaySlug: m[1]!, anchor: m[2]! } : null;
}
export const parseEssayIdentifier = (s: string) => /^E\.([A-Za-z0-9_-]+)$/.exec(s)?.[1] ?? null;
