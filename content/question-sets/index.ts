// The question sets that ship with the app, seeded by server/question-sets/seed-builtin-sets.ts.
import { comparisonSet } from "./comparison";
import { debateSet } from "./debate";
import { engagementSet } from "./engagement";
import type { BuiltinSet } from "./format";
import { gambleSet } from "./gamble";

export const BUILTIN_SETS: readonly BuiltinSet[] = [engagementSet, gambleSet, comparisonSet, debateSet];
