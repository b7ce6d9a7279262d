import { db } from "@/server/db";

/** Liveness and database reachability, for load balancers and the test runner. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "The database is not reachable." }, { status: 503 });
  }
}
