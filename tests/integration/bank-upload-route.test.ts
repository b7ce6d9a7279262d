// The question-bank upload route (/api/sets/import) over real HTTP on a `next start` of the test build: who may
// upload, from where, in what form, and how much. A body over 20 MB is refused before it is read to its end (with
// or without Content-Length), a 5 MB bank previews and saves, and no refusal stores anything.
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largeMoodleBank } from "@/lib/interop/test-support/large-moodle-bank";
import { uniqueEmail } from "../factories";
import { signInCookie, startInstance } from "../support/live-http";
import { databaseUrl, prismaFor } from "../support/test-db";

const built = fs.existsSync(path.resolve(import.meta.dirname, "../../.next-test/BUILD_ID"));
if (!built) console.warn("bank-upload-route: skipped, no production build in .next-test (npm test builds one)");

const MB = 1024 * 1024;
const password = "bank-upload-pass-1";

describe.skipIf(!built)("POST /api/sets/import", () => {
  const prisma = prismaFor();
  let app: Awaited<ReturnType<typeof startInstance>>;
  const users = { teacher: { id: "", cookie: "" }, student: { id: "", cookie: "" } };
  const stored = async () => ({
    sets: await prisma.questionSet.count({ where: { ownerId: users.teacher.id } }),
    essays: await prisma.essay.count({ where: { ownerId: users.teacher.id } }),
  });

  beforeAll(async () => {
    const h = await hash(password);
    for (const role of ["teacher", "student"] as const) {
      const email = uniqueEmail(`upload-${role}`);
      const u = await prisma.user.create({
        data: { email, name: role, passwordHash: h, role: role === "teacher" ? "INSTRUCTOR" : "STUDENT" },
      });
      users[role].id = u.id;
    }
    app = await startInstance(databaseUrl());
    for (const role of ["teacher", "student"] as const) {
      const u = await prisma.user.findUniqueOrThrow({ where: { id: users[role].id } });
      users[role].cookie = await signInCookie(app.url, u.email, password);
    }
  }, 90_000);

  afterAll(async () => {
    await app?.stop();
    await prisma.$disconnect();
  });

  const post = (query: string, body: Uint8Array | string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/api/sets/import?${query}`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", ...headers },
      body: typeof body === "string" ? body : new Uint8Array(body),
    });
  const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;

  it("previews a 5 MB bank without storing it, then saves exactly that file", async () => {
    const file = largeMoodleBank({ questions: 40, imageBytes: 96 * 1024, tag: "route" });
    expect(file.length).toBeGreaterThan(5 * MB);
    const cookie = users.teacher.cookie;
    const preview = await post("step=preview&name=bank.xml", file, { cookie, origin: app.url });
    expect(preview.status).toBe(200);
    const { preview: p } = (await preview.json()) as { preview: { digest: string; questions: unknown[] } };
    expect(p.questions).toHaveLength(40);
    expect(p.digest).toBe(createHash("sha256").update(file).digest("hex"));
    expect(await stored()).toEqual({ sets: 0, essays: 0 });

    // A different file under the previewed digest is refused, and stores nothing.
    const other = largeMoodleBank({ questions: 2, imageBytes: 10, tag: "other" });
    const swapped = await post(`step=save&name=bank.xml&digest=${p.digest}&destination=new&title=Swapped`, other, {
      cookie,
    });
    expect(swapped.status).toBe(409);
    expect(await errorOf(swapped)).toMatch(/not the one you previewed/);
    const untitled = await post(`step=save&name=bank.xml&digest=${p.digest}&destination=new&title=`, file, { cookie });
    expect(untitled.status).toBe(400);
    expect(((await untitled.json()) as { fieldErrors: Record<string, string> }).fieldErrors.title).toBe(
      "Give the new set a title.",
    );
    expect(await stored()).toEqual({ sets: 0, essays: 0 });

    const save = await post(`step=save&name=bank.xml&digest=${p.digest}&destination=new&title=Big%20bank`, file, {
      cookie,
      origin: app.url,
    });
    expect(save.status).toBe(201);
    const { setId, questions } = (await save.json()) as { setId: string; questions: number };
    expect(questions).toBe(40);
    const set = await prisma.questionSet.findUniqueOrThrow({ where: { id: setId }, include: { questions: true } });
    expect(set).toMatchObject({ title: "Big bank", ownerId: users.teacher.id });
    expect(set.questions).toHaveLength(40);
  }, 60_000);

  it("answers who may not upload before reading the file", async () => {
    const file = largeMoodleBank({ questions: 1, imageBytes: 10, tag: "auth" });
    const anon = await post("step=preview&name=bank.xml", file);
    expect(anon.status).toBe(401);
    const student = await post("step=preview&name=bank.xml", file, { cookie: users.student.cookie });
    expect(student.status).toBe(403);
    expect(await errorOf(student)).toMatch(/Only instructors/);
  });

  it("refuses an upload another site's page makes the browser send, and one that is not the raw file", async () => {
    const file = largeMoodleBank({ questions: 1, imageBytes: 10, tag: "origin" });
    const cookie = users.teacher.cookie;
    const before = await stored();
    const other = new URL(app.url);
    other.port = String(Number(other.port) + 1);
    const forged = await post("step=save&name=bank.xml", file, { cookie, origin: other.origin });
    expect(forged.status).toBe(403);
    expect(await errorOf(forged)).toMatch(/another site/);
    const sameSite = await post("step=preview&name=bank.xml", file, { cookie, "sec-fetch-site": "same-site" });
    expect(sameSite.status).toBe(403);
    // What a plain HTML form can send (no preflight): refused even from the app's own origin.
    for (const type of ["multipart/form-data; boundary=x", "text/plain", "application/x-www-form-urlencoded"]) {
      const res = await post("step=preview&name=bank.xml", file, { cookie, origin: app.url, "content-type": type });
      expect(res.status, type).toBe(400);
      expect(await errorOf(res)).toMatch(/application\/octet-stream/);
    }
    const nul = await post("step=preview&name=bank%00.xml", file, { cookie });
    expect(nul.status).toBe(400);
    const empty = await post("step=preview&name=bank.xml", "", { cookie });
    expect(empty.status).toBe(400);
    expect(await errorOf(empty)).toMatch(/empty/);
    expect(await stored()).toEqual(before);
  });

  it("refuses a 21 MB file with the limit, and stops reading one that declares no length", async () => {
    const cookie = users.teacher.cookie;
    const before = await stored();
    const declared = await rawUpload(app.url, cookie, 21 * MB, true);
    expect(declared.status).toBe(413);
    expect(declared.error).toBe(
      "This file is over 20 MB; the most one import takes is 20 MB. Export fewer questions at a time, or leave out large images.",
    );
    // 1 MB over the limit: the rest is read and dropped before the answer, which therefore arrives whole (answering
    // while the client still sends, then closing, let a reset destroy the answer: "closed" in a CI run).
    expect(declared.sent).toBe(21 * MB);
    // Far over (40 MB declared): refused before the body is read; the client may see the answer or a reset, never
    // an upload that goes through.
    const huge = await rawUpload(app.url, cookie, 40 * MB, true);
    expect([413, "closed"]).toContain(huge.status);
    expect(huge.sent).toBeLessThan(40 * MB);
    // No length: read to the limit, then at most 8 MB more, then answered and closed while the client still sends.
    // As with the 40 MB one, the client may see the answer or a reset (the kernel's answer to bytes nobody will
    // read can destroy it: 1 run in 6 here), never an upload that goes through; what matters is that reading stops.
    const chunked = await rawUpload(app.url, cookie, 96 * MB, false);
    expect([413, "closed"]).toContain(chunked.status);
    expect(chunked.sent).toBeLessThan(40 * MB);
    expect(await stored()).toEqual(before);
  }, 60_000);
});

/** Streams `total` bytes of XML-ish text, with or without Content-Length; resolves with the answer and how much
 *  the client could send before it. */
function rawUpload(base: string, cookie: string, total: number, declare: boolean) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  chunk.write("<quiz>");
  return new Promise<{ status: number | "closed"; sent: number; error?: string }>((resolve) => {
    let sent = 0;
    let done = false;
    const finish = (status: number | "closed", error?: string) => {
      if (done) return;
      done = true;
      req.destroy();
      resolve({ status, sent, error });
    };
    const req = http.request(new URL("/api/sets/import?step=preview&name=huge.xml", base), {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/octet-stream",
        ...(declare ? { "content-length": String(total) } : { "transfer-encoding": "chunked" }),
      },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => finish(res.statusCode ?? 0, (JSON.parse(body) as { error?: string }).error));
      res.on("error", () => finish(res.statusCode ?? 0));
    });
    // The server answers a refused upload while it is still arriving, then closes: the write can fail (EPIPE,
    // ECONNRESET) a moment before the answer is parsed. Give the answer that moment before calling it closed.
    req.on("error", () => setTimeout(() => finish("closed"), 1000));
    const pump = () => {
      while (!done && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!done) req.end();
    };
    pump();
  });
}
