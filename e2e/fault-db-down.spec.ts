// Fault test: the database goes away in the middle of a quiz. The app runs as its own `next start` whose
// DATABASE_URL points at a TCP proxy in this test; cutting the proxy drops every open connection and
// refuses new ones, as a stopped PostgreSQL would. The student's page must say that saving is retrying,
// and once the database is back every answer typed meanwhile must be saved exactly once.
import net from "node:net";
import { startInstance } from "../tests/support/live-http";
import { expect, PASSWORD, sql, test } from "./fixtures";
import { enroll, seedAssignment, seedClass, seedSet } from "./quiz-fixtures";

class DbProxy {
  private sockets = new Set<net.Socket>();
  private down = false;
  private server: net.Server;
  port = 0;
  constructor(private target: { host: string; port: number }) {
    this.server = net.createServer((client) => {
      if (this.down) return client.destroy();
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
  }
  async listen() {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.port = (this.server.address() as net.AddressInfo).port;
  }
  cut() {
    this.down = true;
    for (const s of this.sockets) s.destroy();
  }
  restore() {
    this.down = false;
  }
  close() {
    this.cut();
    this.server.close();
  }
}

test("answers typed while PostgreSQL is down are saved exactly once when it comes back", async ({ page, instructor, student }) => {
  test.setTimeout(120_000);
  const cls = await seedClass(instructor.id);
  const set = await seedSet(instructor.id);
  const a = await seedAssignment(cls.id, set.setId);
  await enroll(cls.id, student.id);

  const real = new URL(process.env.DATABASE_URL!);
  const proxy = new DbProxy({ host: real.hostname, port: Number(real.port || 5432) });
  await proxy.listen();
  const viaProxy = new URL(real.toString());
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const app = await startInstance(viaProxy.toString());
  try {
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel("Email").fill(student.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard/);
    await page.goto(`${app.url}/assignments/${a.id}`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.getByLabel("Formally recognised them").check();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);

    // The database goes away mid-quiz.
    proxy.cut();
    await page.getByRole("radio", { name: "False" }).check();
    await page.getByRole("textbox", { name: "Your answer" }).fill("Typed while the database was down.");
    await expect(page.getByTestId("save-status")).toHaveText(/Couldn't save — retrying/);
    await page.getByRole("textbox", { name: "Your answer" }).fill("Typed while the database was down, then edited.");
    await expect(page.getByTestId("save-status")).toHaveText(/Couldn't save — retrying/);

    // It comes back: the page catches up by itself, and the app server survived the outage.
    proxy.restore();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/, { timeout: 45_000 });
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);

    const rows = await sql<{ questionId: string; answer: unknown; n: string }>(
      `SELECT r."questionId", r.answer, count(*) OVER (PARTITION BY r."questionId") AS n
         FROM "Response" r JOIN "Attempt" t ON t.id = r."attemptId" WHERE t."assignmentId" = $1`,
      [a.id],
    );
    const byQ = Object.fromEntries(rows.map((r) => [r.questionId, r]));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.n === "1")).toBe(true);
    expect(byQ[set.questionIds[0]!]!.answer).toEqual({ choiceId: "c1" });
    expect(byQ[set.questionIds[1]!]!.answer).toEqual({ value: false });
    expect(byQ[set.questionIds[3]!]!.answer).toEqual({ text: "Typed while the database was down, then edited." });
    expect(await sql(`SELECT 1 FROM "Attempt" WHERE "assignmentId" = $1`, [a.id])).toHaveLength(1);
  } finally {
    await app.stop();
    proxy.close();
  }
});
