import type { EssayView } from "@/lib/discussion/view-types";
import { passageLabel } from "@/lib/passages/group";

/** The passages offered in a post's "Cite a passage" menu: the ones the question cites, named with their opening words. */
export function citablePassages(essays: EssayView[], ids: string[]): { id: string; label: string }[] {
  const all = essays.flatMap((e) => e.passages.map((p) => ({ p, e })));
  return ids.flatMap((id) => {
    const hit = all.find((x) => x.p.id === id);
    if (!hit) return [];
    const words = hit.p.text.length > 50 ? `${hit.p.text.slice(0, 50)}…` : hit.p.text;
    return [{ id, label: `${passageLabel(hit.p)} (${hit.e.title.slice(0, 30)}): ${words}` }];
  });
}
