import { sameSitePathOrNone } from "@/lib/security/same-site-path";

/**
 * Where the header's "Sign in" and "Sign up" lead a visitor: back to where they were once signed in. On the sign-in
 * and sign-up pages, that is the destination those pages already carry (a class join link, say): the header's
 * button must not drop it. On the home page, nowhere in particular.
 */
/** Sign-in that returns to `target` (a same-site path, already checked) once signed in. */
export const signInHref = (target?: string) =>
  target ? `/sign-in?callbackUrl=${encodeURIComponent(target)}` : "/sign-in";

/** Sign-up that goes on to `target` (a same-site path, already checked) once the account exists. */
export const signUpHref = (target?: string) => (target ? `/sign-up?next=${encodeURIComponent(target)}` : "/sign-up");

export function headerAuthLinks(pathname: string, search: URLSearchParams): { signIn: string; signUp: string } {
  const target =
    pathname === "/sign-in"
      ? sameSitePathOrNone(search.get("callbackUrl"))
      : pathname === "/sign-up"
        ? sameSitePathOrNone(search.get("next"))
        : pathname === "/"
          ? undefined
          : sameSitePathOrNone(pathname + (search.size ? `?${search}` : ""));
  return { signIn: signInHref(target), signUp: signUpHref(target) };
}
