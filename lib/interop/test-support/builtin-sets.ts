// Test support: the built-in sets as InteropSets over the real essays, with opaque random passage ids (ids
// in sets are becoming opaque, so nothing here may depend on their shape).
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { BUILTIN_SETS } from "@/content/question-sets";
import { anchorKey, resolveBuiltinSet } from "@/content/question-sets/format";
import { BUILTIN_ESSAYS } from "@/lib/essays/builtin-essays";
import { anchorId, segmentBody } from "@/lib/passages/segment";
import type { InteropEssay, InteropPassage, InteropSet } from "../model";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");
// Peers' real files (Moodle's GIFT, 1EdTech's QTI items and XSDs) are read from the team's shared folder beside
// the repository, never copied in. CI always has it; a clone elsewhere skips the tests that need it, saying so.
export const sharedInterop = path.resolve(
  process.env.PASSAGE_SHARED_DIR ?? path.join(repoRoot, "../shared"),
  "reference-data/interop",
);
const sharedPresent = fs.existsSync(sharedInterop);
if (!sharedPresent && !process.env.CI)
  console.warn(
    `Skipping the tests that read peers' reference files: ${sharedInterop} is missing (set PASSAGE_SHARED_DIR).`,
  );
/** Skip a test that reads the shared reference files when they are absent, except in CI (where they must be). */
export const withoutShared = !sharedPresent && !process.env.CI;

let cache: { essays: InteropEssay[]; byAnchor: Map<string, InteropPassage> } | null = null;
export function builtinEssays() {
  if (cache) return cache;
  const byAnchor = new Map<string, InteropPassage>();
  const essays = BUILTIN_ESSAYS.map((e) => {
    const r = e.parse(fs.readFileSync(path.join(repoRoot, "content/essays", e.file), "utf8"));
    const passages = segmentBody(r.body).map((s) => ({
      id: `pas_${randomUUID()}`,
      essaySlug: r.slug,
      paragraph: s.paragraph,
      sentence: s.sentence,
      text: s.text,
    }));
    for (const p of passages) byAnchor.set(`${r.slug}#${anchorId(p.paragraph, p.sentence)}`, p);
    return { slug: r.slug, title: r.title, author: r.author, passages };
  });
  cache = { essays, byAnchor };
  return cache;
}

export function builtinInteropSets(): InteropSet[] {
  const { essays, byAnchor } = builtinEssays();
  return BUILTIN_SETS.map((s) => ({
    title: s.title,
    description: s.description,
    essays: essays.filter((e) => s.essays.includes(e.slug as never)),
    questions: resolveBuiltinSet(
      s,
      (r) => byAnchor.get(anchorKey(r))!.id,
      (slug) => essays.find((e) => e.slug === slug)!.title,
    ),
  }));
}

export const allPassages = () => builtinEssays().essays.flatMap((e) => e.passages);
