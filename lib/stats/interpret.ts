// Plain-words readings of the statistics, using the thresholds of Moodle's "Quiz report statistics" help
// (docs.moodle.org) and its report's "dubious question" rule (discriminative efficiency below 15%).

export type Tone = "green" | "amber" | "red" | "slate";
export type Reading = { tone: Tone; label: string; advice: string };

/**
 * Below this many analysed attempts, reliability and discrimination swing from one student to the next (with 2
 * attempts a discrimination is ±100%): the number is shown, the verdict is not. Moodle shows verdicts from any n;
 * classical test theory texts ask for far more, 10 is the least at which a class's pattern starts to show.
 */
export const MIN_ATTEMPTS_FOR_VERDICT = 10;

const tooFew = (n: number): Reading => ({
  tone: "slate",
  label: "Too few attempts",
  advice: `Only ${n} attempt${n === 1 ? "" : "s"}: below ${MIN_ATTEMPTS_FOR_VERDICT} this number swings with every student, so read it as a hint, not a verdict.`,
});
const few = (n: number | undefined): n is number => n !== undefined && n < MIN_ATTEMPTS_FOR_VERDICT;

/** A question with answers still waiting for a person's grade: its numbers count those as 0 for now. */
export function readPending(ungraded: number): Reading {
  return {
    tone: "slate",
    label: "Pending",
    advice: `${ungraded} answer${ungraded === 1 ? "" : "s"} await${ungraded === 1 ? "s" : ""} grading: no reading until graded.`,
  };
}

/** facility is a fraction 0–1 */
export function readFacility(facility: number | null): Reading {
  if (facility === null) return { tone: "slate", label: "No data", advice: "Nobody has answered this question yet." };
  const f = facility * 100;
  if (f <= 5)
    return {
      tone: "red",
      label: "Extremely hard",
      advice: "Almost nobody got it right: check the answer key and the wording.",
    };
  if (f <= 20)
    return { tone: "amber", label: "Very hard", advice: "Most of the class missed it: revisit the passage it cites." };
  if (f < 35) return { tone: "amber", label: "Hard", advice: "Harder than most: fine if intended." };
  if (f < 65) return { tone: "green", label: "About right", advice: "Right for the average student." };
  if (f <= 80) return { tone: "green", label: "Fairly easy", advice: "Most of the class got it." };
  if (f < 95) return { tone: "slate", label: "Easy", advice: "Tells you little about who understood the reading." };
  return { tone: "amber", label: "Extremely easy", advice: "Everyone got it: it does not separate students." };
}

/** discrimination index in % (−100…100), from `n` attempts */
export function readDiscrimination(di: number | null, n?: number): Reading {
  if (di !== null && few(n)) return tooFew(n);
  if (di === null)
    return { tone: "slate", label: "Not enough data", advice: "Needs at least two attempts with different scores." };
  if (di < 0)
    return {
      tone: "red",
      label: "Negative",
      advice: "Weaker students did better than stronger ones: check the key and look for an ambiguous wording.",
    };
  if (di < 20)
    return {
      tone: "amber",
      label: "Very weak",
      advice: "Near zero: the question does not separate students who understood the reading from those who did not.",
    };
  if (di < 30) return { tone: "amber", label: "Weak", advice: "Separates students only a little." };
  if (di < 50) return { tone: "green", label: "Adequate", advice: "Separates stronger from weaker students." };
  return { tone: "green", label: "Very good", advice: "Separates stronger from weaker students well." };
}

/** Moodle highlights a question as dubious when its discriminative efficiency is below 15%. */
export const DUBIOUS_EFFICIENCY = 15;
export const WEAK_DISCRIMINATION = 20;

export type ItemFlag = { kind: "negative" | "near-zero" | "dubious"; message: string };

/** Review flags for a question analysed over `n` attempts: none below MIN_ATTEMPTS_FOR_VERDICT. */
export function itemFlags(
  s: {
    discriminationIndex: number | null;
    discriminativeEfficiency: number | null;
  },
  n?: number,
): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (few(n)) return flags;
  const di = s.discriminationIndex;
  if (di !== null && di < 0)
    flags.push({ kind: "negative", message: "Negative discrimination: stronger students got it wrong more often." });
  else if (di !== null && di < WEAK_DISCRIMINATION)
    flags.push({
      kind: "near-zero",
      message: "Near-zero discrimination: it does not tell stronger and weaker students apart.",
    });
  if (
    s.discriminativeEfficiency !== null &&
    s.discriminativeEfficiency < DUBIOUS_EFFICIENCY &&
    !(di !== null && di < 0)
  )
    flags.push({
      kind: "dubious",
      message: "Low discriminative efficiency (under 15%): Moodle marks such questions for review.",
    });
  return flags;
}

/** CIC in %, from `n` attempts */
export function readCic(cic: number | null, n?: number): Reading {
  if (cic !== null && few(n)) return tooFew(n);
  if (cic === null)
    return {
      tone: "slate",
      label: "Not enough data",
      advice: "Needs at least two questions and attempts whose totals differ.",
    };
  if (cic >= 75)
    return {
      tone: "green",
      label: "Satisfactory",
      advice: "The questions measure the same thing consistently (above 75%; much above 90% is rare).",
    };
  if (cic >= 64)
    return {
      tone: "amber",
      label: "Borderline",
      advice: "Between 64% and 75%: acceptable, but look at the questions with weak discrimination.",
    };
  return {
    tone: "red",
    label: "Unsatisfactory",
    advice:
      "Below 64%: some questions do not discriminate, or the quiz tests unrelated things. Remove or fix flagged questions.",
  };
}

/** error ratio in %, from `n` attempts */
export function readErrorRatio(er: number | null, n?: number): Reading {
  if (er !== null && few(n)) return tooFew(n);
  if (er === null) return { tone: "slate", label: "Not enough data", advice: "" };
  if (er < 50)
    return {
      tone: "green",
      label: "Satisfactory",
      advice: "Less than half of the spread in scores is due to chance (under 50%).",
    };
  return {
    tone: "red",
    label: "High",
    advice: "Half or more of the spread in scores is due to chance: rank students on these scores with care.",
  };
}
