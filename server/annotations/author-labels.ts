import "server-only";
import type { AuthorView } from "@/lib/annotations/view-types";

/**
 * How authors are shown to one viewer. The instructor always sees names. In an anonymous assignment a student
 * sees classmates as "Classmate N", numbered by when each first annotated or replied here (stable: nothing is
 * ever renumbered, since annotations are not deleted), themselves as "You" and the instructor as "Instructor".
 */
export function authorLabeller(o: {
  viewerId: string;
  isInstructor: boolean;
  anonymous: boolean;
  instructorId: string;
  /** every author of annotations and replies here, in order of first activity */
  order: string[];
  names: Map<string, string>;
}) {
  const numbers = new Map<string, number>();
  for (const id of o.order) if (id !== o.instructorId && !numbers.has(id)) numbers.set(id, numbers.size + 1);
  return (authorId: string): AuthorView => {
    const you = authorId === o.viewerId;
    const instructor = authorId === o.instructorId;
    const name = o.names.get(authorId) ?? "Unknown";
    if (o.isInstructor || !o.anonymous) return { label: you ? `${name} (you)` : name, you, instructor };
    if (you) return { label: "You", you, instructor };
    if (instructor) return { label: "Instructor", you, instructor };
    return { label: `Classmate ${numbers.get(authorId) ?? "?"}`, you, instructor };
  };
}
