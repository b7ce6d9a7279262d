"use client";
// A thin bar along the top of the screen while a link's page loads: pages render on the server, so between the
// click and the new page there is otherwise nothing to show that the click was taken (decision 0092). Shown after
// 150 ms, so a page that arrives at once does not flash it; gone when the address changes.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";

let navigating: string | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Link's onNavigate: a client-side navigation to `href` has started (not one to the page already shown). */
export function navigationStarted(href: string) {
  const to = new URL(href, window.location.href);
  if (to.pathname + to.search === window.location.pathname + window.location.search) return;
  navigating = to.pathname + to.search;
  emit();
}

type AppRouter = ReturnType<typeof useRouter>;

/** next/navigation's router, whose push and replace show the loading bar as a link's navigation does: a form that
 *  goes on to another page (signing in, submitting a quiz, saving a question) shows that it was taken. */
export function useAppRouter(): AppRouter {
  const router = useRouter();
  return useMemo(
    () => ({
      ...router,
      push: (href, options) => (navigationStarted(href), router.push(href, options)),
      replace: (href, options) => (navigationStarted(href), router.replace(href, options)),
    }),
    [router],
  );
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => void listeners.delete(l);
}

export function NavProgress() {
  const target = useSyncExternalStore(
    subscribe,
    () => navigating,
    () => null,
  );
  const pathname = usePathname();
  const search = useSearchParams()?.toString() ?? "";
  const [shown, setShown] = useState(false);
  // The address changed: the navigation is done (or another one replaced it).
  useEffect(() => {
    navigating = null;
    emit();
  }, [pathname, search]);
  useEffect(() => {
    if (!target) return setShown(false);
    const t = setTimeout(() => setShown(true), 150);
    return () => clearTimeout(t);
  }, [target]);
  if (!target || !shown) return null;
  return (
    <div className="nav-progress" role="progressbar" aria-label="Loading the page" aria-valuetext="Loading">
      <div />
    </div>
  );
}
