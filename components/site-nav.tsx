"use client";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

/** The header's links: they wrap onto a second line on a phone (none hidden off-screen), the current section marked. */
export function SiteNav({ links }: { links: NavLink[] }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Main" className="order-3 -mx-2 flex w-full flex-wrap gap-1 sm:order-none sm:mx-0 sm:w-auto">
      {links.map((l) => {
        const current = pathname === l.href || pathname.startsWith(`${l.href}/`);
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={current ? "page" : undefined}
            className={`whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium hover:bg-slate-100 ${
              current
                ? "bg-slate-100 text-slate-900 underline decoration-brand-600 decoration-2 underline-offset-4"
                : "text-slate-700"
            }`}
          >
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
