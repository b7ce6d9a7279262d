import "server-only";
import { AppError } from "@/lib/errors/app-error";

type Header = (name: string) => string | null | undefined;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that a page of another origin had the browser send (CSRF). The session cookie
 * is SameSite=Lax, which does not stop a page of the same *site*: another port of the host, or a sibling subdomain,
 * can still post a `text/plain` form. Browsers send `Origin` with every POST/PUT/PATCH/DELETE, so it must name
 * this app (its host, as the request's Host header or NEXTAUTH_URL gives it); without `Origin`, `Sec-Fetch-Site`
 * must say the request came from the app itself. A request with neither is not from a browser page (curl, tests),
 * which carries no ambient cookie to abuse.
 */
export function refuseCrossSite(method: string | undefined, header: Header): void {
  if (!method || SAFE_METHODS.has(method.toUpperCase())) return;
  const origin = header("origin");
  if (origin) {
    if (!ownHosts(header).includes(hostOf(origin))) throw crossSite();
    return;
  }
  const site = header("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw crossSite();
}

function ownHosts(header: Header): string[] {
  const hosts = [header("host") ?? ""];
  if (process.env.NEXTAUTH_URL) hosts.push(hostOf(process.env.NEXTAUTH_URL));
  return hosts.filter(Boolean);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

const crossSite = () =>
  new AppError("FORBIDDEN", "This request came from another site and was refused. Open the app and try again there.");

/** Refuses a body that is not declared as JSON: a form or `text/plain` post is how another page forges one. */
export function refuseNonJson(contentType: string | null | undefined): void {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json")
    throw new AppError("INVALID", "Send this request as JSON (Content-Type: application/json).");
}

/** Refuses a file upload that is not sent as the raw file (`application/octet-stream`): a page of another origin
 *  cannot send that type without a CORS preflight, which this app never answers, so only its own pages can. */
export function refuseNonUpload(contentType: string | null | undefined): void {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/octet-stream")
    throw new AppError("INVALID", "Send the file itself as the request body (Content-Type: application/octet-stream).");
}
