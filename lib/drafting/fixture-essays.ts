// The evaluation essays in tests/fixtures/essays (one paragraph per line, title then byline), as the drafter
// reads them. Used by scripts/eval-drafter.ts and rubric.test.ts.
import fs from "node:fs";
import path from "node:path";
import { anchorId, segmentBody } from "@/lib/passages/segment";
import type { DraftEssay } from "./types";

export const FIXTURE_ESSAYS = ["federalist-10", "huxley-piece-of-chalk", "twain-corn-pone-opinions"] as const;

export function toDraftEssay(slug: string, title: string, body: string): DraftEssay {
  return {
    slug,
    title,
    body,
    passages: segmentBody(body).map((s) => ({ ...s, id: `${slug}#${anchorId(s.paragraph, s.sentence)}` })),
  };
}

export function loadFixtureEssay(root: string, slug: string): DraftEssay {
  const text = fs.readFileSync(path.join(root, "tests/fixtures/essays", `${slug}.txt`), "utf8");
  const [title, , ...body] = text.split("\n");
  return toDraftEssay(slug, title!.trim(), body.join("\n").trim());
}
