import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { DiscussionContext } from "./load-discussion-context";

/** Throws unless the viewer may read and write in the discussion (used by every write). */
export function assertCanParticipate(ctx: DiscussionContext) {
  if (!ctx.canSeePeers) throw new AppError("FORBIDDEN", ctx.lockedReason ?? "You cannot post here yet.");
}
