"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * A form that leads to another page (create an assignment, save settings, join a class) opens that page at its
 * top, as a browser does after a form post. Next keeps the old scroll offset when the new page's first element
 * is still on screen, so a page reached from a submit button low on a long form opened part-way down. Mounted
 * once in the root layout: it notes a submit, and scrolls to the top when the path changes soon after.
 */
export function ScrollTopAfterForm() {
  const pathname = usePathname();
  const submittedAt = useRef<{ path: string; at: number } | null>(null);

  useEffect(() => {
    const onSubmit = () => {
      submittedAt.current = { path: window.location.pathname, at: Date.now() };
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, []);

  useEffect(() => {
    const s = submittedAt.current;
    if (!s || s.path === pathname || Date.now() - s.at > 30_000 || window.location.hash) return;
    submittedAt.current = null;
    window.scrollTo({ top: 0, left: 0, behavior: "instant" });
  }, [pathname]);

  return null;
}
