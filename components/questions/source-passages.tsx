// The cited passages beside a question while it is answered (the preview and the quiz alike). Which passages,
// and with what blanked, is decided on the server by passagesWhileAnswering (lib/questions).
import { Link } from "@/components/ui/link";
import { passageLabel } from "@/lib/passages/group";
import type { PassageRef } from "@/lib/questions/public-question";

export function SourcePassages({ passages }: { passages: PassageRef[] }) {
  if (passages.length === 0) return null;
  return (
    <div className="my-3 space-y-2" role="group" aria-label="Source passage">
      {passages.map((p) => (
        <blockquote
          key={p.id}
          className="rounded-r-lg border-l-4 border-sky-600 bg-sky-50 px-4 py-2 font-serif text-slate-900"
        >
          <p>{p.text}</p>
          <footer className="mt-1 font-sans text-xs text-slate-700">
            <Link
              href={`/essays/${p.essaySlug}#${p.sentence === 0 ? `p${p.paragraph}` : `p${p.paragraph}-s${p.sentence}`}`}
              className="underline"
            >
              {p.essayTitle}, {passageLabel(p)}
            </Link>
          </footer>
        </blockquote>
      ))}
    </div>
  );
}
