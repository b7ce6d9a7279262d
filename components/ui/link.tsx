"use client";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { navigationStarted } from "./nav-progress";

/**
 * next/link, prefetching on intent (pointer over it, focus, touch) instead of for every link that scrolls into view.
 * Next's default prefetched each visible link's page as soon as the page loaded: a report page sent 12 requests
 * for the header's and breadcrumb's pages, twice each, before the teacher touched anything, and a class of 30 opening
 * a page multiplied the server's work accordingly (decision 0091). Use this, never next/link (ESLint says so).
 */
export function Link({
  prefetch,
  onMouseEnter,
  onFocus,
  onTouchStart,
  onNavigate,
  ...props
}: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const href = typeof props.href === "string" ? props.href : null;
  const intent = () => {
    if (prefetch !== false && href?.startsWith("/")) router.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      prefetch={false}
      onNavigate={(e) => {
        let prevented = false;
        onNavigate?.({ preventDefault: () => ((prevented = true), e.preventDefault()) });
        if (href && !prevented) navigationStarted(href);
      }}
      onMouseEnter={(e) => {
        intent();
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        intent();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        intent();
        onTouchStart?.(e);
      }}
    />
  );
}
