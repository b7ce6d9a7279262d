"use client";
import { Children, isValidElement, useState, type ReactNode } from "react";

/**
 * Keeps keyed children in the order they first arrived in. The grading queue lists ungraded answers first, so a
 * saved grade made the page re-sort and the card the instructor was looking at jumped to the end (and its Undo
 * with it); here it stays put until the page is opened again. New children go after the known ones.
 */
export function StableOrder({ children }: { children: ReactNode }) {
  const items = Children.toArray(children).filter(isValidElement);
  const [first] = useState(() => items.map((el) => String(el.key)));
  const rank = (key: string, i: number) => {
    const at = first.indexOf(key);
    return at === -1 ? first.length + i : at;
  };
  const ranked = items.map((el, i) => ({ el, r: rank(String(el.key), i) }));
  return <>{ranked.sort((a, b) => a.r - b.r).map((x) => x.el)}</>;
}
