import "server-only";
import type { EssayRecord } from "@/lib/essays/builtin-essays";
import { segmentBody } from "@/lib/passages/segment";
import { resplitPassages, type ResplitClient } from "./resplit-passages";
import type { PrismaClient } from "../generated/prisma/client";

type Client = Pick<PrismaClient, "essay"> & ResplitClient;

/**
 * Creates or updates an essay and its passages so that they match `record`. Idempotent: when nothing
 * changed it writes nothing. Passages are keyed by (paragraph, sentence), so citations survive re-runs.
 */
export async function syncEssay(
  client: Client,
  record: EssayRecord,
  opts: { builtIn: boolean; ownerId?: string | null },
) {
  const existing = await client.essay.findUnique({ where: { slug: record.slug } });
  const fields = {
    title: record.title,
    titleInSource: record.titleInSource,
    author: record.author,
    authorNote: record.authorNote,
    source: record.source,
    sourceNote: record.sourceNote,
    body: record.body,
    builtIn: opts.builtIn,
    ownerId: opts.ownerId ?? null,
  };
  const same = existing && (Object.keys(fields) as (keyof typeof fields)[]).every((k) => existing[k] === fields[k]);
  const essay = same
    ? existing
    : existing
      ? await client.essay.update({ where: { id: existing.id }, data: fields })
      : await client.essay.create({ data: { slug: record.slug, ...fields } });

  // Same body, new split (or a new essay): passages move by offsets and citations follow their text.
  if (await resplitPassages(client, essay.id, record.body)) return essay;
  const segments = segmentBody(record.body);
  const current = await client.passage.findMany({ where: { essayId: essay.id } });
  const byKey = new Map(current.map((p) => [`${p.paragraph}:${p.sentence}`, p]));
  for (const s of segments) {
    const p = byKey.get(`${s.paragraph}:${s.sentence}`);
    byKey.delete(`${s.paragraph}:${s.sentence}`);
    if (p && p.text === s.text && p.start === s.start && p.end === s.end) continue;
    const data = { text: s.text, start: s.start, end: s.end };
    if (p) await client.passage.update({ where: { id: p.id }, data });
    else
      await client.passage.create({
        data: { essayId: essay.id, paragraph: s.paragraph, sentence: s.sentence, ...data },
      });
  }
  // Passages that no longer exist are removed unless something cites them (then the DB refuses, by design).
  if (byKey.size > 0) await client.passage.deleteMany({ where: { id: { in: [...byKey.values()].map((p) => p.id) } } });
  return essay;
}
