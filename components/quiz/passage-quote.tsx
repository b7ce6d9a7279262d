import { Link } from "@/components/ui/link";
import type { PassageRef } from "@/lib/questions/public-question";
import { passageLabel } from "@/lib/passages/group";
import { anchorId } from "@/lib/passages/segment";

/** A passage quoted beside a question or answer, linking to its place in the essay (styled by `.pq`). */
export function PassageQuote({ p, exact }: { p: PassageRef; exact?: string | null }) {
  return (
    <figure className="pq">
      <blockquote>“{exact || p.text}”</blockquote>
      <figcaption>
        <Link href={`/essays/${p.essaySlug}#${anchorId(p.paragraph, p.sentence)}`}>
          {p.essayTitle}, {passageLabel(p)}
        </Link>
      </figcaption>
    </figure>
  );
}
