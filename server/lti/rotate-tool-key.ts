import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { db, type Db } from "../db";

/** Rotation, step 2: a published key starts signing (the newest activated key signs). Platforms must have fetched
 *  the set since it was added, or they reject what it signs until their cache expires. */
export async function activateToolKey(kid: string, client: Db = db): Promise<void> {
  const r = await client.ltiToolKey.updateMany({ where: { kid, retiredAt: null }, data: { activatedAt: new Date() } });
  if (r.count === 0) throw new AppError("NOT_FOUND", `No published key ${kid}.`);
}

/** Rotation, step 3: a key leaves the published set, so nothing it signed verifies any more. The signing key cannot
 *  be retired while it is the only activated one: activate its successor first. */
export async function retireToolKey(kid: string, client: Db = db): Promise<void> {
  await client.$transaction(async (tx) => {
    const key = await tx.ltiToolKey.findFirst({ where: { kid, retiredAt: null } });
    if (!key) throw new AppError("NOT_FOUND", `No published key ${kid}.`);
    const signers = await tx.ltiToolKey.count({ where: { retiredAt: null, activatedAt: { not: null } } });
    if (key.activatedAt && signers === 1)
      throw new AppError("CONFLICT", `${kid} is the only key that signs: add and activate its successor first.`);
    await tx.ltiToolKey.update({ where: { kid }, data: { retiredAt: new Date() } });
  });
}
