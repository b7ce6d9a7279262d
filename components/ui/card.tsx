import type { ReactNode } from "react";

export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`rounded-xl border border-slate-200 bg-white p-5 shadow-sm ${className}`}>{children}</div>;
}

/** The page's h1 with its description and actions; `eyebrow` sits above the title (a badge), `children` below the description. */
export function PageHeader({
  title,
  description,
  actions,
  eyebrow,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  eyebrow?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        {eyebrow}
        <h1 className={`text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl ${eyebrow ? "mt-1" : ""}`}>
          {title}
        </h1>
        {description && <p className="mt-1 max-w-2xl text-slate-600">{description}</p>}
        {children}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

/** Nothing here yet. `compact`: a one-line note in a list's place (the dashboard's lists). */
export function EmptyState({ title, children, compact }: { title: string; children?: ReactNode; compact?: boolean }) {
  if (compact)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-4 text-sm text-slate-600">
        {title}
      </p>
    );
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <p className="font-semibold text-slate-800">{title}</p>
      {children && <div className="mt-2 text-sm text-slate-600">{children}</div>}
    </div>
  );
}

/** A short label (a score, a state). Its look is the `badge` classes in globals.css: badges repeat down long pages. */
export function Badge({
  children,
  tone = "slate",
}: {
  children: ReactNode;
  tone?: "slate" | "brand" | "green" | "amber" | "red";
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
