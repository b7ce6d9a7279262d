import "server-only";
import { createHash } from "node:crypto";
import { checkEssayText, slugify } from "@/lib/essays/validate-upload";
import { AppError } from "@/lib/errors/app-error";
import type { BankPreview } from "@/lib/interop/bank/bank-preview";
import { importBank } from "@/lib/interop/bank/import-bank";
import { recoverCitations } from "@/lib/interop/citations";
import { InteropError, type ImportedStimulus, type InteropPassage } from "@/lib/interop/model";
import { passageLabel } from "@/lib/passages/group";
import { segmentBody } from "@/lib/passages/segment";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { essayVisibleTo } from "../essays/essay-access";

/** A reading passage of the file that becomes a new essay; its passages carry temporary ids until saved. */
export type NewEssayPlan = { key: string; title: string; slug: string; body: string; tempIds: Map<string, string> };

const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
const tempId = (key: string, paragraph: number, sentence: number) => `new:${key}:${paragraph}:${sentence}`;

/**
 * Reads an uploaded bank against the essays the instructor can read, without writing anything: questions with
 * their citations resolved, each stimulus matched to an essay (by slug and text, or by text) or planned as a new
 * essay. The same plan is recomputed on confirmation, so the preview and what is saved cannot differ.
 */
export async function planBankImport(opts: { user: SessionUser; bytes: Uint8Array; name: string }) {
  if (opts.user.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors can import questions.");
  const essays = await db.essay.findMany({
    where: essayVisibleTo(opts.user),
    select: {
      id: true,
      slug: true,
      title: true,
      body: true,
      passages: { select: { id: true, paragraph: true, sentence: true, text: true } },
    },
  });
  const read = (passages: InteropPassage[]) => {
    try {
      return importBank(opts.bytes, opts.name, { passages });
    } catch (e) {
      if (e instanceof InteropError) throw new AppError("INVALID", e.message, { file: e.message });
      throw e;
    }
  };
  const toInterop = (e: (typeof essays)[number]) => e.passages.map((p) => ({ ...p, essaySlug: e.slug }));
  const first = read(essays.flatMap(toInterop));

  const matched = new Map<number, (typeof essays)[number]>();
  const created: NewEssayPlan[] = [];
  first.stimuli.forEach((s, i) => {
    const body = s.paragraphs.join("\n");
    if (!body.trim()) return;
    const slug = /^S\.([A-Za-z0-9_-]+)$/.exec(s.identifier)?.[1];
    const same =
      essays.find((e) => e.slug === slug && norm(e.body) === norm(body)) ??
      essays.find((e) => norm(e.body) === norm(body));
    if (same) return void matched.set(i, same);
    const checked = checkEssayText(body);
    if (!checked.ok) return;
    const key = String(i);
    const tempIds = new Map(
      segmentBody(checked.body).map((p) => [tempId(key, p.paragraph, p.sentence), `${p.paragraph}:${p.sentence}`]),
    );
    created.push({
      key,
      title: stimulusTitle(s, i),
      slug: slug ?? slugify(stimulusTitle(s, i)),
      body: checked.body,
      tempIds,
    });
  });

  // Essays to create are read as passages too, so the file's citations can point into them; an essay of ours
  // that shares a new essay's slug is left out, so an anchor cannot land in the wrong text.
  const newSlugs = new Set(created.map((c) => c.slug));
  const virtual: InteropPassage[] = created.flatMap((c) =>
    segmentBody(c.body).map((p) => ({
      id: tempId(c.key, p.paragraph, p.sentence),
      essaySlug: c.slug,
      paragraph: p.paragraph,
      sentence: p.sentence,
      text: p.text,
    })),
  );
  const passages = [...essays.filter((e) => !newSlugs.has(e.slug)).flatMap(toInterop), ...virtual];
  const result = created.length ? read(passages) : first;
  const questions = recoverCitations(result.questions, passages);

  const cited = new Set(questions.flatMap((q) => q.question.passageIds));
  const used = created.filter((c) => [...c.tempIds.keys()].some((id) => cited.has(id)));
  const where = new Map<string, { essay: string; p: { paragraph: number; sentence: number }; text: string }>();
  for (const e of essays) for (const p of e.passages) where.set(p.id, { essay: e.title, p, text: p.text });
  for (const p of virtual) where.set(p.id, { essay: created.find((c) => c.tempIds.has(p.id))!.title, p, text: p.text });

  const preview: BankPreview = {
    fileName: opts.name,
    format: result.format,
    digest: createHash("sha256").update(opts.bytes).digest("hex"),
    questions: questions.map((q) => ({
      source: q.source,
      type: q.question.type,
      prompt: q.question.prompt,
      points: q.question.points ?? 1,
      citations: q.question.passageIds.map((id) => {
        const w = where.get(id);
        return w ? { label: `${w.essay}, ${passageLabel(w.p)}`, text: w.text } : { label: "?", text: "" };
      }),
      warnings: q.warnings,
      importable: q.question.passageIds.length > 0,
    })),
    unmapped: result.unmapped,
    warnings: result.warnings,
    stimuli: first.stimuli.map((s, i) => {
      const m = matched.get(i);
      const c = created.find((x) => x.key === String(i));
      return {
        title: stimulusTitle(s, i),
        paragraphs: s.paragraphs.length,
        fate: m
          ? { kind: "matched", essayTitle: m.title }
          : c && used.includes(c)
            ? { kind: "create" }
            : { kind: "unused" },
      };
    }),
  };
  return { preview, questions: questions.filter((q) => q.question.passageIds.length > 0), create: used };
}

const stimulusTitle = (s: ImportedStimulus, i: number) => s.title.trim() || `Reading ${i + 1}`;
