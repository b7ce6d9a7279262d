import "server-only";
import { createHash, randomBytes } from "node:crypto";

// An invitation is a bearer secret in a link: only its SHA-256 is stored, so a database dump cannot be used to
// sign up as an instructor. 32 random bytes need no slow hash (nothing to guess, unlike a password).

/** A fresh token for a link (`/sign-up?invite=<token>`), shown once. */
export const newInviteToken = () => randomBytes(32).toString("base64url");

/** What the database keeps and looks the token up by. */
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex");
