"use client";
// The site header and the page's width, except on screens that fill a projector: there the header would show
// the app's navigation and the signed-in teacher's name to the whole room, so those pages get the screen alone
// and carry their own way back.
import { usePathname } from "next/navigation";
import { Suspense } from "react";
import { NavProgress } from "./ui/nav-progress";

const BARE_SCREENS = [/^\/live\/[^/]+\/present\/?$/];

export function isBareScreen(pathname: string): boolean {
  return BARE_SCREENS.some((re) => re.test(pathname));
}

export function AppChrome({ header, children }: { header: React.ReactNode; children: React.ReactNode }) {
  const bare = isBareScreen(usePathname() ?? "");
  if (bare)
    return (
      <main id="main" className="min-h-screen px-4 py-4 sm:px-8">
        {children}
      </main>
    );
  return (
    <>
      <Suspense fallback={null}>
        <NavProgress />
      </Suspense>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      {header}
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
