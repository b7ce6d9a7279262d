import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { findThread, moreCards } from "@/lib/discussion/fold";
import type { AnswerView, PostView } from "@/lib/discussion/view-types";
import { getDiscussion } from "./get-discussion";
import type { Viewer } from "./load-discussion-context";

const query = z.union([
  z.object({
    thread: z
      .string()
      .max(200)
      .regex(/^(general|response:\S+|post:\S+)$/, "Unknown thread."),
  }),
  z.object({ group: z.string().max(2000), from: z.coerce.number().int().min(0).max(100_000) }),
]);

/**
 * What the discussion page loads on demand (docs/decisions/0050): a whole thread ("Show N earlier replies")
 * or the remaining answer cards of a group ("Show N more answers"). It is built by the page's own
 * getDiscussion, so every rule of the page applies: only the class's instructor and students see anything
 * (others get NOT_FOUND), a student who must answer first is refused, hidden posts reach only their author.
 */
export async function loadDiscussionMore({
  viewer,
  assignmentId,
  questionId,
  input,
}: {
  viewer: Viewer;
  assignmentId: string;
  questionId: string;
  input: Record<string, string>;
}): Promise<{ posts: PostView[] } | { answers: AnswerView[] }> {
  // no query: the general discussion
  const q = query.safeParse(Object.keys(input).length ? input : { thread: "general" });
  if (!q.success) throw new AppError("INVALID", "Say which thread (?thread=) or group (?group=&from=) to load.");
  const d = await getDiscussion({ viewer, assignmentId, questionId });
  if (!d.viewer.canSeePeers) throw new AppError("FORBIDDEN", d.viewer.lockedReason ?? "Submit your answers first.");
  const want = q.data;
  if ("thread" in want) {
    const posts = findThread(d.groups, d.general, want.thread);
    if (!posts) throw new AppError("NOT_FOUND", "This thread is no longer in the discussion. Reload the page.");
    return { posts };
  }
  const group = d.groups.find((g) => g.key === want.group);
  if (!group) throw new AppError("NOT_FOUND", "These answers are no longer in the discussion. Reload the page.");
  return { answers: moreCards(group, want.from) };
}
