import Link from "next/link";
import type { ReactNode } from "react";

/** Breadcrumb, the question and the page's actions; shared by the discussion and debate views. */
export function DiscussionHeader({ assignment, prompt, kind, actions }: { assignment: { id: string; title: string; className: string; classId: string }; prompt: string; kind: string; actions?: ReactNode }) {
  return (
    <header className="mb-5">
      <nav aria-label="Breadcrumb" className="mb-2 flex flex-wrap gap-1 text-sm text-slate-600">
        <Link href={`/classes/${assignment.classId}`} className="text-brand-700 underline">
          {assignment.className}
        </Link>
        <span aria-hidden="true">/</span>
        <Link href={`/assignments/${assignment.id}`} className="text-brand-700 underline">
          {assignment.title}
        </Link>
        <span aria-hidden="true">/</span>
        <span>{kind}</span>
      </nav>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{kind}</p>
          <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{prompt}</h1>
        </div>
        {actions && <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>}
      </div>
    </header>
  );
}
