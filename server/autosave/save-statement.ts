import "server-only";
import { randomUUID } from "node:crypto";
import { TIME_LIMIT_GRACE_MS } from "@/server/attempts/assignment-window";
import type { ArgType } from "@prisma/driver-adapter-utils";
import { queryThroughAdapter } from "./autosave-db";
import { sqlFile } from "./sql-file";

/** What the statement says about the attempt: its window as the student has it, and the verdicts. */
export type SaveContext = {
  submittedAt: Date | null;
  startedAt: Date;
  opensAt: Date | null;
  closesAt: Date | null;
  timeLimitMinutes: number | null;
  /** The question is unchanged since the version the caller passed. */
  fresh: boolean;
  /** The database's verdict on the window (closedReason/timeIsUp's rule, at its clock). */
  open: boolean;
  /** The session token's version is the user's: not signed out since (isSessionCurrent's rule). */
  sessionCurrent: boolean;
};
export type SaveRow = SaveContext & { writtenId: string | null; writtenSeq: number | null };

const arg = (scalarType: ArgType["scalarType"]): ArgType => ({ scalarType, arity: "scalar" });
// $1…$12 of prisma/sql/saveResponse.sql (the statement casts each one itself).
const SAVE_ARG_TYPES: ArgType[] = [
  arg("string"),
  arg("string"),
  arg("string"),
  arg("string"),
  arg("string"),
  arg("int"),
  arg("float"),
  arg("string"),
  arg("string"),
  arg("int"),
  arg("boolean"),
  arg("int"),
];

type Key = { userId: string; sessionVersion: number; attemptId: string; questionId: string; version: string };

/**
 * Runs prisma/sql/saveResponse.sql through Prisma's driver adapter (a named statement on the autosave's pool): with `write`, the whole autosave (check and upsert) in one
 * statement; without, the check alone. undefined: no such attempt of this student, or the question is not in
 * the assigned set.
 */
export async function runSaveStatement(
  key: Key,
  write: { answer: unknown; stance: string | null; clientSeq: number; score: number | null } | null,
): Promise<SaveRow | undefined> {
  const rows = await queryThroughAdapter<SaveRow>(
    sqlFile("saveResponse"),
    [
      key.attemptId,
      randomUUID(),
      key.questionId,
      write ? JSON.stringify(write.answer) : null,
      write?.stance ?? null,
      write?.clientSeq ?? 0,
      write?.score ?? null,
      key.version,
      key.userId,
      TIME_LIMIT_GRACE_MS,
      write !== null,
      key.sessionVersion,
    ],
    SAVE_ARG_TYPES,
  );
  return rows[0];
}
