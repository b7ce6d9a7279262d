import { hashSeed } from "./salience";

/**
 * An 8-hex-digit id in the style of `crypto.randomUUID().slice(0, 8)`, but derived from the draft's own seed so
 * drafting stays deterministic (a reload shows the same drafts): nothing in it tells the key's position or text.
 * Replace with lib/questions' id helper once that lands.
 */
export const opaqueId = (seed: string) => hashSeed(`id:${seed}`).toString(16).padStart(8, "0");

/** Opaque, distinct choice ids for `texts`, in the given order. */
export function choiceIds(seed: string, texts: string[]): { id: string; text: string }[] {
  const seen = new Set<string>();
  return texts.map((text, i) => {
    let id = opaqueId(`${seed}#${i}#${text}`);
    for (let n = 1; seen.has(id); n++) id = opaqueId(`${seed}#${i}#${text}#${n}`);
    seen.add(id);
    return { id, text };
  });
}
