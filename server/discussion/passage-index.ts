import "server-only";
import type { EssayView } from "@/lib/discussion/view-types";

/** Index of passage id → passage and its essay, for turning citation rows into views. */
export function passageIndex(essays: EssayView[]) {
  const index = new Map<string, { essay: EssayView; passage: EssayView["passages"][number] }>();
  for (const essay of essays) for (const passage of essay.passages) index.set(passage.id, { essay, passage });
  return index;
}
