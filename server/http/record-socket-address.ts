import "server-only";
import http from "node:http";
import https from "node:https";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/client-address";

const INSTALLED = Symbol.for("passage.recordSocketAddress");

/**
 * Next's App Router hands route handlers, server actions and next-auth only the request's headers: the socket
 * is out of reach, and the X-Forwarded-For Next fills in from it is kept as the client sent it when present. So,
 * once per process (instrumentation.ts), every HTTP server's "request" event first writes the socket's address
 * into SOCKET_ADDRESS_HEADER, overwriting any header of that name a client sent. (The same place OpenTelemetry's
 * HTTP instrumentation hooks in.)
 */
export function recordSocketAddress(): void {
  const g = globalThis as { [INSTALLED]?: true };
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  for (const proto of [http.Server.prototype, https.Server.prototype] as { emit: (...a: unknown[]) => boolean }[]) {
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: unknown, ...rest: unknown[]) {
      if (event === "request") stampSocketAddress(rest[0] as http.IncomingMessage);
      return emit.call(this, event, ...rest);
    };
  }
}

export function stampSocketAddress(req: http.IncomingMessage): void {
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
}
