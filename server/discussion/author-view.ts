import "server-only";
import type { AuthorView } from "@/lib/discussion/view-types";
import type { DiscussionContext } from "./load-discussion-context";
import { pseudonym } from "./pseudonym";

/**
 * How an author is shown to the viewer. In an anonymous assignment students see pseudonyms (their own
 * marked "you"); the instructor always sees names, and instructors always post under their own name.
 */
export function authorView(
  author: { id: string; name: string; role: "INSTRUCTOR" | "STUDENT" },
  ctx: DiscussionContext,
): AuthorView {
  const mine = author.id === ctx.viewer.id;
  const instructor = author.role === "INSTRUCTOR";
  if (instructor) return { label: author.name, mine, instructor };
  const name = ctx.assignment.anonymous && !ctx.isInstructor ? pseudonym(author.id, ctx.assignment.id) : author.name;
  return { label: mine ? `${name} (you)` : name, mine, instructor };
}
