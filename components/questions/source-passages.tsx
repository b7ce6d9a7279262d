// The cited passages beside a question while it is answered (the preview and the quiz alike). Which passages,
// and with what blanked, is decided on the server by passagesWhileAnswering (lib/questions).
import { Link } from "@/components/ui/link";
import { passageLabel } from "@/lib/passages/group";
import type { PassageRef } from "@/lib/questions/public-question";

export function SourcePassages({ passages }: { passages: PassageRef[] }) {
  if (passages.length === 0) return null;
  return (
    // Styled from `.sp` (globals.css): the quiz shows this beside each of its questions.
    <div className="sp" role="group" aria-label="Source passage">
      {passages.map((p) => (
        <blockquote key={p.id}>
          <p>{p.text}</p>
          <footer>
            <Link
              href={`/essays/${p.essaySlug}#${p.sentence === 0 ? `p${p.paragraph}` : `p${p.paragraph}-s${p.sentence}`}`}
            >
              {p.essayTitle}, {passageLabel(p)}
            </Link>
          </footer>
        </blockquote>
      ))}
    </div>
  );
}
