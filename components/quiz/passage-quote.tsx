import { Link } from "@/components/ui/link";
import type { PassageRef } from "@/lib/questions/public-question";
import { passageLabel } from "@/lib/passages/group";
import { anchorId } from "@/lib/passages/segment";

/** A passage quoted beside a question or answer, linking to its place in the essay. */
export function PassageQuote({ p, exact }: { p: PassageRef; exact?: string | null }) {
  return (
    <figure className="rounded-lg border-l-4 border-sky-600 bg-sky-50 px-3 py-2">
      <blockquote className="font-serif text-slate-900">“{exact || p.text}”</blockquote>
      <figcaption className="mt-1 text-xs text-slate-700">
        <Link
          href={`/essays/${p.essaySlug}#${anchorId(p.paragraph, p.sentence)}`}
          className="font-semibold text-brand-700 underline"
        >
          {p.essayTitle}, {passageLabel(p)}
        </Link>
      </figcaption>
    </figure>
  );
}
