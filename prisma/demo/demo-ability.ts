// Who gets which demo question right, from a simple model of a real class rather than coin flips: the Rasch
// (one-parameter logistic) model, P(right) = 1 / (1 + e^-(ability - difficulty)). Students differ in ability,
// questions in difficulty, and a stronger student is likelier to get every question right, which is what makes
// a real class's report show a reliable quiz (alpha above 0.7) with positive discriminations. Random answers
// (the old demo) gave alpha 40 % "Unsatisfactory" and "Very weak" questions: a report nobody would recognise.

/** A tiny deterministic PRNG (mulberry32): the same demo every time. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform source. */
function normal(next: () => number) {
  const u = Math.max(next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/** Abilities on the logit scale: a class a little above the quiz's middle, with a realistic spread. */
const ABILITY_MEAN = 0.6;
const ABILITY_SD = 1.4;
/** Difficulties spread evenly over this logit range, from an easy warm-up to a hard question. */
const EASIEST = -1.8;
const HARDEST = 1.6;

export const raschProbability = (ability: number, difficulty: number) => 1 / (1 + Math.exp(difficulty - ability));

/**
 * right[s][q]: whether student `s` gets question `q` right, drawn from the Rasch model with a seeded RNG.
 * Difficulties are spread evenly and shuffled over the questions, so the quiz is not ordered easy to hard.
 */
export function raschOutcomes(opts: { students: number; questions: number; seed: number }) {
  const next = rng(opts.seed);
  const abilities = Array.from({ length: opts.students }, () => ABILITY_MEAN + ABILITY_SD * normal(next));
  const steps = Math.max(1, opts.questions - 1);
  const difficulties = Array.from({ length: opts.questions }, (_, q) => EASIEST + ((HARDEST - EASIEST) * q) / steps);
  for (let i = difficulties.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [difficulties[i], difficulties[j]] = [difficulties[j]!, difficulties[i]!];
  }
  const right = abilities.map((a) => difficulties.map((d) => next() < raschProbability(a, d)));
  return { abilities, difficulties, right };
}
