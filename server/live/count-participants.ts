import "server-only";
import { db } from "../db";

export async function countParticipants(assignmentId: string): Promise<number> {
  return db.attempt.count({ where: { assignmentId, submittedAt: null } });
}
