import "server-only";
import { createHash } from "node:crypto";

const ADJECTIVES = [
  "Amber",
  "Bold",
  "Brisk",
  "Calm",
  "Clever",
  "Curious",
  "Daring",
  "Eager",
  "Gentle",
  "Golden",
  "Happy",
  "Humble",
  "Keen",
  "Lively",
  "Lucky",
  "Mellow",
  "Nimble",
  "Patient",
  "Quick",
  "Quiet",
  "Rapid",
  "Silver",
  "Steady",
  "Sunny",
  "Swift",
  "Thoughtful",
  "Tidy",
  "Vivid",
  "Wise",
  "Witty",
  "Zesty",
  "Bright",
];
const ANIMALS = [
  "Otter",
  "Falcon",
  "Badger",
  "Heron",
  "Lynx",
  "Panda",
  "Koala",
  "Gecko",
  "Marmot",
  "Puffin",
  "Raven",
  "Salmon",
  "Tapir",
  "Walrus",
  "Wombat",
  "Yak",
  "Bison",
  "Crane",
  "Dolphin",
  "Ferret",
  "Finch",
  "Hare",
  "Ibis",
  "Jaguar",
  "Lemur",
  "Moose",
  "Newt",
  "Owl",
  "Quail",
  "Robin",
  "Seal",
  "Zebra",
];

/**
 * A stable pseudonym for a student in one assignment ("Curious Otter 42"): derived from a hash of user and
 * assignment, so it is the same on every page and reload but cannot be linked across assignments.
 */
export function pseudonym(userId: string, assignmentId: string): string {
  const h = createHash("sha256").update(`${assignmentId}:${userId}`).digest();
  // 32 × 32 × 90 names: a class of 40 rarely shares one, and the number keeps them apart when names repeat.
  return `${ADJECTIVES[h[0]! % ADJECTIVES.length]} ${ANIMALS[h[1]! % ANIMALS.length]} ${10 + (h.readUInt16BE(2) % 90)}`;
}
