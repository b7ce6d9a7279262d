"use client";
import { useEffect, useState } from "react";

const FORMATS = {
  /** "7 Dec, 16:30 GMT+1": deadlines and opening times */
  short: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short" },
  /** "7 Dec 2026, 16:30": when a post was written */
  medium: { dateStyle: "medium", timeStyle: "short" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function format(iso: string, style: keyof typeof FORMATS, timeZone?: string): string {
  return new Date(iso).toLocaleString("en-GB", { ...FORMATS[style], timeZone });
}

/**
 * A time in the reader's own time zone. The server does not know it, so the first render (server and
 * hydration alike) says UTC, and the browser's zone replaces it once mounted: no hydration mismatch, and a
 * page read without JavaScript is still right, in UTC.
 */
export function LocalTime({ iso, style = "short" }: { iso: string; style?: keyof typeof FORMATS }) {
  const [text, setText] = useState(() => format(iso, style, "UTC"));
  useEffect(() => setText(format(iso, style)), [iso, style]);
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
