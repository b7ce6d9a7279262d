import "server-only";
import { db, type Db } from "../db";
import { listToolKeys, type ToolKey } from "./list-tool-keys";

/** The key the tool signs with (Deep Linking responses, service token assertions): the most recently activated of
 *  the published keys. A key added for a rotation is published but does not sign until it is activated. */
export async function getSigningToolKey(client: Db = db): Promise<ToolKey> {
  const keys = (await listToolKeys(client)).filter((k) => k.activatedAt !== null);
  keys.sort((a, b) => b.activatedAt!.getTime() - a.activatedAt!.getTime());
  if (keys[0]) return keys[0];
  // Every published key is waiting for activation (none ever signed): the newest starts signing now.
  const [newest] = await listToolKeys(client);
  await client.ltiToolKey.update({ where: { kid: newest!.kid }, data: { activatedAt: new Date() } });
  return { ...newest!, activatedAt: new Date() };
}
