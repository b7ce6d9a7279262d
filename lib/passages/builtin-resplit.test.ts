// Which built-in passages the splitter change moves. tests/fixtures/builtin-passages-before.json holds every
// passage ("paragraph:sentence start-end") as the compromise splitter cut them before; each change listed here
// was checked by eye to be a split that was wrong before. Today the list is empty: no built-in anchor moves.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_ESSAYS } from "@/lib/essays/builtin-essays";
import { segmentBody } from "@/lib/passages/segment";

const root = path.resolve(import.meta.dirname, "../..");
const before = JSON.parse(
  fs.readFileSync(path.join(root, "tests/fixtures/builtin-passages-before.json"), "utf8"),
) as Record<string, string[]>;

describe("built-in passages after the splitter change", () => {
  it("change only where checked by eye (none)", () => {
    const changes: string[] = [];
    for (const e of BUILTIN_ESSAYS) {
      const r = e.parse(fs.readFileSync(path.join(root, "content/essays", e.file), "utf8"));
      const now = segmentBody(r.body).map((s) => `${s.paragraph}:${s.sentence} ${s.start}-${s.end}`);
      const was = new Set(before[r.slug]);
      const is = new Set(now);
      for (const p of before[r.slug] ?? []) if (!is.has(p)) changes.push(`${r.slug} - ${p}`);
      for (const p of now)
        if (!was.has(p))
          changes.push(
            `${r.slug} + ${p} ${JSON.stringify(r.body.slice(...(p.split(" ")[1]!.split("-").map(Number) as [number, number])))}`,
          );
    }
    console.log(changes.length ? changes.join("\n") : "no built-in passage changes");
    expect(changes).toEqual([]);
  });
});
