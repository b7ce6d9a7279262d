import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { getToken, type JWT } from "next-auth/jwt";
import { isSessionCurrent } from "@/server/auth/is-session-current";

// next-auth's getToken derives the JWE key from NEXTAUTH_SECRET with HKDF on every call; on the autosave path
// (hundreds of requests a second) that derivation alone cost ~2% of the server's CPU. The key depends only on
// the secret, so it is derived once here, exactly as next-auth v4 derives it (jwt/index.js,
// getDerivedEncryptionKey: HKDF-SHA256, empty salt, this info string, 32 bytes) and the token is decrypted
// with the same jose call and clock tolerance next-auth uses.
const INFO = "NextAuth.js Generated Encryption Key";
let derived: { secret: string; key: Uint8Array } | null = null;

function encryptionKey(secret: string): Uint8Array {
  if (derived?.secret !== secret) derived = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", INFO, 32)) };
  return derived.key;
}

function cookieName(): string {
  return process.env.NEXTAUTH_URL?.startsWith("https://")
    ? "__Secure-next-auth.session-token"
    : "next-auth.session-token";
}

/** The value of one cookie from a Cookie header, or undefined (malformed percent-encoding counts as absent). */
function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i <= 0 || part.slice(0, i).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The decoded session JWT of a request's Cookie header, or null when there is none, it is invalid or expired, or it
 * was signed out (its session version is not the user's: one primary-key read, see isSessionCurrent).
 */
export async function sessionTokenFromCookies(header: string): Promise<JWT | null> {
  const token = await decodeSessionCookie(header);
  return token && (await isSessionCurrent(token)) ? token : null;
}

/** The decoded session JWT, unchecked: the caller checks its version (`sv`) itself. A session too large for one cookie is split by next-auth into name.0,
 *  name.1…; those (rare) go through getToken. */
export async function decodeSessionCookie(header: string): Promise<JWT | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const name = cookieName();
  const token = readCookie(header, name);
  if (token) {
    try {
      const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
      return payload as JWT;
    } catch {
      return null;
    }
  }
  if (!header.includes(`${name}.0=`)) return null;
  const cookies = Object.fromEntries(
    header.split(";").flatMap((part) => {
      const i = part.indexOf("=");
      const value = i > 0 ? readCookie(part, part.slice(0, i).trim()) : undefined;
      return value === undefined ? [] : [[part.slice(0, i).trim(), value]];
    }),
  );
  return getToken({ req: { headers: { cookie: header }, cookies } as never, secret });
}
