import { sameSitePathOrNone } from "@/lib/security/same-site-path";

/**
 * Where the header's "Sign in" and "Sign up" lead a visitor: back to where they were once signed in. On the sign-in
 * and sign-up pages, that is the destination those pages already carry (a class join link, say): the header's
 * button must not drop it. On the home page, nowhere in particular.
 */
export function headerAuthLinks(pathname: string, search: URLSearchParams): { signIn: string; signUp: string } {
  const target =
    pathname === "/sign-in"
      ? sameSitePathOrNone(search.get("callbackUrl"))
      : pathname === "/sign-up"
        ? sameSitePathOrNone(search.get("next"))
        : pathname === "/"
          ? undefined
          : sameSitePathOrNone(pathname + (search.size ? `?${search}` : ""));
  if (!target) return { signIn: "/sign-in", signUp: "/sign-up" };
  const to = encodeURIComponent(target);
  return { signIn: `/sign-in?callbackUrl=${to}`, signUp: `/sign-up?next=${to}` };
}
