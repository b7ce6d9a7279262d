import { Link } from "@/components/ui/link";
import { Fragment, type ReactNode } from "react";

type Crumb = { href: string; label: ReactNode };

/**
 * The way back up: links to the pages above this one, and optionally this page's own name as plain text.
 * `className` carries the margin (pages differ in it).
 */
export function Breadcrumb({
  trail,
  current,
  className = "mb-3",
}: {
  trail: Crumb[];
  current?: ReactNode;
  className?: string;
}) {
  const path = trail.length > 1 || current !== undefined;
  return (
    <nav
      aria-label="Breadcrumb"
      className={`${className} ${path ? "flex flex-wrap gap-1 text-sm text-slate-600" : "text-sm"}`}
    >
      {trail.map((c, i) => (
        <Fragment key={c.href}>
          {i > 0 && <span aria-hidden="true">/</span>}
          <Link href={c.href} className="text-brand-700 underline">
            {c.label}
          </Link>
        </Fragment>
      ))}
      {current !== undefined && (
        <>
          <span aria-hidden="true">/</span>
          <span>{current}</span>
        </>
      )}
    </nav>
  );
}
