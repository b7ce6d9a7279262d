// Demo classwork for the first run: the demo class gets a roster of 24, a submitted reading check with
// answers drawn from a model of a real class (demo-ability.ts: so the report reads like a real class's, and
// the heatmap and grading queue have something to show), a comparison quiz
// still to do, a debate with posts, and a live quiz ready to run. Deterministic and idempotent: an
// assignment that already exists is left alone.
import { gradeAnswer } from "../../lib/grading/grade";
import { parseQuestion } from "../../lib/questions/typed-question";
import type { QuestionType } from "../../lib/questions/schema";
import type { PrismaClient } from "../../server/generated/prisma/client";
import { raschOutcomes, rng } from "./demo-ability";

const EXTRA_STUDENTS = [
  "Diego Alvarez",
  "Elif Demir",
  "Farah Siddiqui",
  "Gabriel Costa",
  "Hana Kobayashi",
  "Isaac Mensah",
  "Julia Nowak",
  "Kwame Boateng",
  "Leila Rahimi",
  "Mateo Rossi",
  "Nadia Petrova",
  "Omar Farouk",
  "Priya Nair",
  "Quinn O’Brien",
  "Rosa Martínez",
  "Samir Haddad",
  "Tara Singh",
  "Umar Qureshi",
  "Vera Lindqvist",
  "Wen Li",
  "Yusuf Kaya",
];

/** Takers whose written answers are left ungraded, so the grading queue has work in it. */
const UNGRADED_TAKERS = 3;

type Q = {
  id: string;
  type: QuestionType;
  content: unknown;
  answerKey: unknown;
  points: number;
  passages: { passageId: string }[];
};

/** A plausible answer: right with probability `p`, otherwise a typical mistake. */
function answerFor(q: Q, right: boolean, pick: () => number): unknown {
  const c = (q.content ?? {}) as Record<string, any>;
  const k = (q.answerKey ?? {}) as Record<string, any>;
  const other = <T>(xs: T[], not: (x: T) => boolean) => {
    const rest = xs.filter((x) => !not(x));
    return rest[Math.floor(pick() * rest.length)] ?? xs[0];
  };
  switch (q.type) {
    case "SINGLE_CHOICE":
      return { choiceId: right ? k.correct : other(c.choices, (x: any) => x.id === k.correct).id };
    case "MULTIPLE_SELECT":
      return {
        choiceIds: right ? k.correct : [k.correct[0], other(c.choices, (x: any) => k.correct.includes(x.id)).id],
      };
    case "TRUE_FALSE":
      return { value: right ? k.correct : !k.correct };
    case "CLOZE":
      return { text: right ? k.accepted[0] : ["Iran", "sanctions", "NATO", "Pakistan"][Math.floor(pick() * 4)] };
    case "EVIDENCE":
      return { passageId: right ? k.correct[0] : other(c.options, (x: string) => k.correct.includes(x)) };
    case "ATTRIBUTION":
      return { essaySlug: right ? k.correct : other(c.essays, (x: any) => x.slug === k.correct).slug };
    case "ORDERING":
      return { order: right ? k.order : [k.order[1], k.order[0], ...k.order.slice(2)] };
    case "SHORT_ANSWER":
      return { text: right ? k.modelAnswer : "Russia wants to be friends with the Taliban because of money." };
    case "DEBATE":
      return {
        stanceId: c.stances[Math.floor(pick() * c.stances.length)].id,
        text: "The essay shows that security comes first for Moscow.",
        citations: q.passages.slice(0, 1),
      };
  }
}

async function setByKey(prisma: PrismaClient, key: string) {
  return prisma.questionSet.findUnique({
    where: { builtInKey: key },
    include: { questions: { orderBy: { position: "asc" }, include: { passages: { select: { passageId: true } } } } },
  });
}

export async function seedDemoClasswork(
  prisma: PrismaClient,
  opts: { classId: string; teacherId: string; passwordHash: string; namedStudentIds: string[] },
) {
  const extra = [];
  for (const name of EXTRA_STUDENTS) {
    const email = `${
      name
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z ]/g, "")
        .split(" ")[0]
    }@demo.school`;
    const u = await prisma.user.upsert({
      where: { email },
      update: {},
      create: { email, name, role: "STUDENT", passwordHash: opts.passwordHash },
    });
    await prisma.enrollment.upsert({
      where: { classId_userId: { classId: opts.classId, userId: u.id } },
      update: {},
      create: { classId: opts.classId, userId: u.id },
    });
    extra.push(u.id);
  }
  const day = 24 * 3600 * 1000;
  const base = new Date("2026-11-16T09:00:00Z");

  const make = async (title: string, key: string, data: Record<string, unknown>) => {
    const set = await setByKey(prisma, key);
    if (!set) return null;
    const existing = await prisma.assignment.findFirst({ where: { classId: opts.classId, title } });
    if (existing) return null;
    return {
      set,
      assignment: await prisma.assignment.create({ data: { classId: opts.classId, setId: set.id, title, ...data } }),
    };
  };

  // 1. A reading check everyone but Chen (the third demo student) has submitted.
  const check = await make("Reading check: Moscow’s Geopolitical Gamble", "builtin:moscows-geopolitical-gamble", {
    opensAt: base,
    closesAt: new Date(Date.now() + 30 * day),
    revealAnswers: "AFTER_SUBMIT",
    peersAfterAnswer: true,
  });
  if (check) {
    const takers = [opts.namedStudentIds[0]!, opts.namedStudentIds[1]!, ...extra];
    const model = raschOutcomes({ students: takers.length, questions: check.set.questions.length, seed: 2026 });
    for (const [si, studentId] of takers.entries()) {
      const pick = rng(1000 + si);
      const startedAt = new Date(base.getTime() + si * 37 * 60 * 1000);
      const submittedAt = new Date(startedAt.getTime() + (6 + Math.floor(pick() * 14)) * 60 * 1000);
      let score = 0;
      const responses = check.set.questions.map((q, qi) => {
        const right = model.right[si]![qi]!;
        const answer = answerFor(q as Q, right, pick);
        const g = gradeAnswer(parseQuestion(q), answer);
        // The last few takers' written answers wait in the grading queue; the rest are graded as the model says.
        const manual =
          g.score === null && si < takers.length - UNGRADED_TAKERS ? (right ? q.points : q.points / 3) : null;
        score += g.score ?? manual ?? 0;
        return {
          questionId: q.id,
          answer: answer as object,
          autoScore: g.score,
          manualScore: manual,
          feedback:
            manual === null
              ? null
              : right
                ? "Clear and well supported by the text."
                : "Name the passage that supports your point.",
          gradedAt: manual === null ? null : submittedAt,
          gradedById: manual === null ? null : opts.teacherId,
          clientSeq: 1,
        };
      });
      const maxScore = check.set.questions.reduce((s, q) => s + q.points, 0);
      await prisma.attempt.create({
        data: {
          assignmentId: check.assignment.id,
          studentId,
          startedAt,
          submittedAt,
          score,
          maxScore,
          shuffleSeed: si,
          responses: { create: responses },
        },
      });
    }
  }

  // 2. A comparison quiz still open for everyone, 3. a debate with a few answers, 4. a live quiz ready to run.
  await make("Comparing the two essays", "builtin:comparison", {
    closesAt: new Date(Date.now() + 14 * day),
    revealAnswers: "AFTER_CLOSE",
    shuffleChoices: true,
  });
  const debate = await make("Debate: should Russia have recognised the Taliban?", "builtin:debate", {
    revealAnswers: "NEVER",
    peersAfterAnswer: false,
    anonymous: false,
  });
  if (debate) {
    const q = debate.set.questions[0]!;
    const c = q.content as { stances: { id: string; text: string }[] };
    const args = [
      "Recognition buys Moscow a security partner against ISIS-K on the Central Asian border; that is the essay’s strongest point.",
      "Recognising the Taliban abandons the resistance and rewards a regime that bars girls from school.",
      "Minerals like lithium matter, but the essay admits the investment climate is broken, so security is the real motive.",
    ];
    for (const [i, studentId] of [extra[0]!, extra[1]!, extra[2]!].entries()) {
      await prisma.attempt.create({
        data: {
          assignmentId: debate.assignment.id,
          studentId,
          startedAt: base,
          submittedAt: base,
          maxScore: debate.set.questions.reduce((s, x) => s + x.points, 0),
          responses: {
            create: [
              {
                questionId: q.id,
                clientSeq: 1,
                stance: c.stances[i % 2]!.id,
                answer: { stanceId: c.stances[i % 2]!.id, text: args[i]!, citations: q.passages.slice(0, 1) },
                citations: { create: q.passages.slice(0, 1).map((p) => ({ passageId: p.passageId })) },
              },
            ],
          },
        },
      });
    }
  }
  await make("Live quiz: reading check on Russia’s engagement", "builtin:russia-taliban-engagement", {
    mode: "LIVE",
    revealAnswers: "AFTER_SUBMIT",
  });
}
