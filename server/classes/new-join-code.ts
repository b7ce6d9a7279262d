import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: codes are read aloud and copied from a projector.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function newJoinCode(length = 6): string {
  let s = "";
  for (let i = 0; i < length; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}
