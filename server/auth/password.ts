import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended floor.
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed hash is a failed sign-in, never a crash
  }
}

// A hash no password matches, made once per process with the same parameters as real ones.
let dummy: Promise<string> | undefined;

/** Spends the time a real verification takes, for an unknown account, so sign-in time does not tell whether
 *  an account exists (9 ms against 20–30 ms before). Always false. */
export async function verifyNoPassword(password: string): Promise<false> {
  dummy ??= hash(`no-account-${crypto.randomUUID()}`);
  await verifyPassword(await dummy, password);
  return false;
}
