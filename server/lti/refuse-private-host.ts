import "server-only";
import { lookup } from "node:dns/promises";
import { AppError } from "@/lib/errors/app-error";
import { isPrivateAddress } from "@/lib/security/private-address";

/**
 * Refuses a URL whose host is, or resolves to, a private, loopback or link-local address: an open LTI registration
 * (no one signed in, decision 0080) must not let a stranger make the server call its own network (the cloud's
 * metadata service, an internal admin page). A lookup that fails is refused too. The fetch resolves the name again,
 * so a DNS answer that changes in between is not caught: this narrows the hole, the admin-only default closes it.
 */
export async function refusePrivateHost(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new AppError("UPSTREAM", `Passage could not register with this LMS: ${host} could not be found.`);
  }
  if (!addresses.length || addresses.some(isPrivateAddress))
    throw new AppError(
      "FORBIDDEN",
      `Passage could not register with this LMS: ${host} is on a private or local network address, which a registration without a signed-in admin may not reach. Ask a Passage admin to register it while signed in, or set LTI_REGISTRATION_PRIVATE_HOSTS=allow if your LMS is on your own network.`,
    );
}
