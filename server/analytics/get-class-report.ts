import "server-only";
import { histogram, mean, median } from "@/lib/stats/descriptive";
import type { SessionUser } from "../auth/session";
import { findOwnedClassForPage } from "../classes/find-owned-class";
import { loadGradebook } from "./load-gradebook";

export const GRADEBOOK_PAGE_SIZE = 50;

/** A class's overview per assignment, its grade distribution and one page of the gradebook. */
export async function getClassReport({ user, classId, page }: { user: SessionUser; classId: string; page: number }) {
  const cls = await findOwnedClassForPage(user.id, user.role, classId);
  const { assignments, students, grade } = await loadGradebook(cls.id);
  // a pending grade is not final: it stays out of the averages and the distribution until graded
  const pct = (g: { score: number; maxScore: number; pending: boolean } | null) =>
    g && !g.pending && g.maxScore > 0 ? (100 * g.score) / g.maxScore : null;

  const perAssignment = assignments.map((a) => {
    const ps = students.map((s) => pct(grade(s.id, a.id))).filter((p): p is number => p !== null);
    const submitted = students.filter((s) => grade(s.id, a.id) !== null).length;
    return { ...a, submitted, meanPercent: mean(ps), medianPercent: median(ps) };
  });
  const averages = students
    .map((s) => mean(assignments.map((a) => pct(grade(s.id, a.id))).filter((p): p is number => p !== null)))
    .filter((p): p is number => p !== null);
  const pages = Math.max(1, Math.ceil(students.length / GRADEBOOK_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = students.slice((current - 1) * GRADEBOOK_PAGE_SIZE, current * GRADEBOOK_PAGE_SIZE).map((s) => ({
    ...s,
    grades: assignments.map((a) => grade(s.id, a.id)),
  }));
  return {
    cls,
    enrolled: students.length,
    assignments: perAssignment,
    averageBins: histogram(averages, 0, 100, 10).map((b, i) => ({
      label: i === 9 ? "90–100%" : `${b.from}–${b.to - 1}%`,
      count: b.count,
    })),
    classMedian: median(averages),
    gradebook: { rows, page: current, pages },
  };
}

export type ClassReport = Awaited<ReturnType<typeof getClassReport>>;
