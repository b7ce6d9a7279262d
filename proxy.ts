import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/security-headers";

// A fresh CSP nonce for every page request (Next 16's proxy, formerly middleware). Next reads the nonce from the
// request's Content-Security-Policy header and puts it on the scripts it renders; the browser gets the same policy.
// Pages are rendered per request already (the root layout reads the session), so no cached page carries a stale
// nonce.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(process.env.NODE_ENV !== "production", nonce);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Not /api: with a proxy in front Next buffers the request body, which would undo the route helpers' streaming
  // body limit (server/http/), and JSON needs no nonce; API routes keep next.config.ts's static policy. Not
  // static files either (they run no inline script).
  matcher: [
    "/((?!api/|api$|_next/static/|_next/image|favicon\\.ico$|icon\\.svg$|icon-[\\w-]+\\.png$|apple-touch-icon\\.png$|manifest\\.webmanifest$).*)",
  ],
};
