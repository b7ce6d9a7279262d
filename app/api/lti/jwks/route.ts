import { listToolKeys } from "@/server/lti/list-tool-keys";

export const dynamic = "force-dynamic";

// The tool's public keys, for platforms to check what the tool signs (Deep Linking responses, AGS assertions).
export async function GET(): Promise<Response> {
  const keys = await listToolKeys();
  return Response.json({ keys: keys.map((k) => k.publicJwk) }, { headers: { "cache-control": "public, max-age=300" } });
}
