import { Link } from "@/components/ui/link";

/** Previous / next links for a server-paginated list (?page=N), keeping the rest of the URL. */
export function Pager({
  page,
  pages,
  href,
  label,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  label: string;
}) {
  if (pages <= 1) return null;
  const link =
    "rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100";
  return (
    <nav aria-label={label} className="mt-3 flex items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} scroll={false}>
          ← Previous
        </Link>
      ) : null}
      <span className="text-sm text-slate-700">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} scroll={false}>
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
