import type { ReactNode } from "react";
import { Breadcrumb } from "../ui/breadcrumb";

/** Breadcrumb, the question and the page's actions; shared by the discussion and debate views. */
export function DiscussionHeader({
  assignment,
  prompt,
  kind,
  actions,
}: {
  assignment: { id: string; title: string; className: string; classId: string };
  prompt: string;
  kind: string;
  actions?: ReactNode;
}) {
  return (
    <header className="mb-5">
      <Breadcrumb
        trail={[
          { href: `/classes/${assignment.classId}`, label: assignment.className },
          { href: `/assignments/${assignment.id}`, label: assignment.title },
        ]}
        current={kind}
        className="mb-2"
      />
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
