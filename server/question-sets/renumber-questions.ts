import "server-only";
import { type Tx } from "../db";

/** Numbers a set's questions 0..n-1 in their current order (after a delete or move). */
export async function renumberQuestions(tx: Tx, setId: string, ids?: string[]) {
  const order =
    ids ??
    (
      await tx.question.findMany({
        where: { setId },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true },
      })
    ).map((q) => q.id);
  for (const [position, id] of order.entries()) await tx.question.update({ where: { id }, data: { position } });
}
