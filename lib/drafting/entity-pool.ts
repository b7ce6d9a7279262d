// Distractors of the same kind as the answer, drawn from every essay in the library: a question about a
// year offers other years, a place other places. Built from compromise's entity tags (see entities.ts).
import { entityKey, findMentions, type EntityKind } from "./entities";
import type { DraftEssay } from "./types";

export type PoolEntry = { kind: EntityKind; sub?: string; key: string; text: string; count: number };
export type EntityPool = Map<EntityKind, PoolEntry[]>;

const sentencesOf = (e: DraftEssay) => e.passages.filter((p) => p.sentence > 0);

/** Entities per kind, most frequent first, then alphabetical; each entry shows its most common spelling. */
export function buildEntityPool(essays: DraftEssay[]): EntityPool {
  const byKey = new Map<
    string,
    { kind: EntityKind; sub?: string; key: string; forms: Map<string, number>; count: number }
  >();
  for (const essay of essays) {
    for (const p of sentencesOf(essay)) {
      for (const m of findMentions(p.text)) {
        const key = entityKey(m.text);
        if (!key) continue;
        const id = `${m.kind}:${key}`;
        const entry = byKey.get(id) ?? { kind: m.kind, sub: m.sub, key, forms: new Map(), count: 0 };
        entry.count++;
        entry.forms.set(m.text, (entry.forms.get(m.text) ?? 0) + 1);
        byKey.set(id, entry);
      }
    }
  }
  const pool: EntityPool = new Map();
  for (const e of byKey.values()) {
    const text = [...e.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const list = pool.get(e.kind) ?? [];
    list.push({ kind: e.kind, sub: e.sub, key: e.key, text, count: e.count });
    pool.set(e.kind, list);
  }
  for (const list of pool.values()) list.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return pool;
}

/**
 * Up to `n` distractors for `answer`: same kind (for places, the same subkind first: city, country or
 * region), a different entity, not a part of the answer or the answer a part of it ("Asia" / "Central
 * Asia" would both fit), and not named in `context` (the sentence's paragraph: a name the paragraph
 * uses, like "Moscow" beside "Russia", could also be read as correct).
 */
export function distractorsFor(
  pool: EntityPool,
  kind: EntityKind,
  answer: string,
  context: string,
  n: number,
  seed: number,
  sub?: string,
): string[] {
  const key = entityKey(answer);
  const inContext = entityKey(context);
  const candidates = (pool.get(kind) ?? []).filter((e) => {
    if (e.key === key || e.key.includes(key) || key.includes(e.key)) return false;
    return !` ${inContext} `.includes(` ${e.key} `);
  });
  // A city is best confused with cities, a country with countries: same-subkind candidates come first.
  const rotate = (list: PoolEntry[]) => {
    const offset = list.length ? seed % list.length : 0;
    return [...list.slice(offset), ...list.slice(0, offset)];
  };
  const same = rotate(candidates.filter((c) => c.sub === sub));
  const other = rotate(candidates.filter((c) => c.sub !== sub));
  // Distractors must not overlap each other either ("Asia" beside "Central Asia").
  const picked: PoolEntry[] = [];
  for (const c of [...same, ...other]) {
    if (picked.length === n) break;
    if (!picked.some((p) => p.key.includes(c.key) || c.key.includes(p.key))) picked.push(c);
  }
  return picked.map((c) => c.text);
}
