import "server-only";
import type { PassageRef } from "@/lib/questions/public-question";

export const passageSelect = {
  id: true,
  paragraph: true,
  sentence: true,
  text: true,
  essay: { select: { slug: true, title: true } },
} as const;

export type PassageRow = {
  id: string;
  paragraph: number;
  sentence: number;
  text: string;
  essay: { slug: string; title: string };
};

export const toPassageRef = (p: PassageRow): PassageRef => ({
  id: p.id,
  essaySlug: p.essay.slug,
  essayTitle: p.essay.title,
  paragraph: p.paragraph,
  sentence: p.sentence,
  text: p.text,
});
