"use client";
// Shared between the essay panel and the answers: which quote is shown in the essay (after a click on a
// citation), and which selection the student has picked to quote in their next post.
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

export type ActiveQuote = { essayId: string; passageId: string; start: number; end: number; key: number } | null;
export type PendingQuote = {
  essayId: string;
  passageId: string;
  start: number;
  end: number;
  exact: string;
  label: string;
} | null;

type Ctx = {
  active: ActiveQuote;
  show: (q: { essayId: string; passageId: string; start: number; end: number }) => void;
  pending: PendingQuote;
  setPending: (q: PendingQuote) => void;
};

const QuoteContext = createContext<Ctx | null>(null);

export function QuoteProvider({ children }: { children: ReactNode }) {
  const [active, setActive] = useState<ActiveQuote>(null);
  const [pending, setPending] = useState<PendingQuote>(null);
  const value = useMemo<Ctx>(
    // `key` changes on every click so clicking the same citation twice scrolls to it again.
    () => ({ active, show: (q) => setActive({ ...q, key: Date.now() }), pending, setPending }),
    [active, pending],
  );
  return <QuoteContext.Provider value={value}>{children}</QuoteContext.Provider>;
}

export function useQuotes(): Ctx {
  const ctx = useContext(QuoteContext);
  if (!ctx) throw new Error("useQuotes needs a <QuoteProvider>");
  return ctx;
}
