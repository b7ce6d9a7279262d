import "server-only";
import { headers } from "next/headers";
import { clientAddress, type HeaderReader } from "@/lib/security/client-address";
import { env } from "../env";

/** The client's address for per-IP limits: from the current request's headers, or the ones given (next-auth's). */
export async function getClientAddress(header?: HeaderReader): Promise<string> {
  let read = header;
  if (!read) {
    const h = await headers();
    read = (name) => h.get(name);
  }
  return clientAddress(read, env().TRUST_PROXY);
}
