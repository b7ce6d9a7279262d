"use client";
import { useEffect } from "react";

/**
 * Marks the passage named by the URL hash with data-active="true" and scrolls it into view. CSS :target
 * already does this for full navigations; this also covers client-side hash changes and late hydration.
 */
export function PassageHighlighter() {
  useEffect(() => {
    let current: Element | null = null;
    const apply = () => {
      current?.removeAttribute("data-active");
      const id = decodeURIComponent(window.location.hash.slice(1));
      current = id ? document.getElementById(id) : null;
      if (current?.classList.contains("passage")) {
        current.setAttribute("data-active", "true");
        current.scrollIntoView({ block: "center" });
      }
    };
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, []);
  return null;
}
