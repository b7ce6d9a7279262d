import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { NUL_MESSAGE, idSchema, textField } from "@/server/http/action-input";
import {
  NOT_VALID,
  adminAction,
  formInput,
  instructorAction,
  publicAction,
  studentAction,
} from "@/server/http/server-action";

// The session is the only thing the wrappers read from outside: a test sets who is signed in.
const session = vi.hoisted(() => ({
  user: null as null | { id: string; role: "INSTRUCTOR" | "STUDENT"; name: string; email: string; isAdmin?: boolean },
}));
vi.mock("@/server/auth/session", () => {
  const requireUser = async () => {
    if (!session.user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
    return session.user;
  };
  const requireRole = (role: string, message: string) => async () => {
    const u = await requireUser();
    if (u.role !== role) throw new AppError("FORBIDDEN", message);
    return u;
  };
  return {
    requireUser,
    requireInstructor: requireRole("INSTRUCTOR", "Only instructors can do this."),
    requireStudent: requireRole("STUDENT", "Only students can do this."),
    requireAdmin: async () => {
      const u = await requireUser();
      if (!u.isAdmin) throw new AppError("FORBIDDEN", "Only an admin can do this.");
      return u;
    },
  };
});

const instructor = { id: "i1", role: "INSTRUCTOR" as const, name: "Ida", email: "ida@e2e.school" };
const student = { id: "s1", role: "STUDENT" as const, name: "Sam", email: "sam@e2e.school" };
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const nameForm = formInput(
  (f) => ({ name: textField(f, "name") }),
  z.object({ name: z.string().trim().min(1, "Give it a name."), size: z.number().optional() }),
);

beforeEach(() => {
  session.user = instructor;
});

describe("server action wrappers", () => {
  const handler = vi.fn(
    async ({ user, args: [id], form: f }: { user: { id: string }; args: [string]; form: { name: string } }) => ({
      message: `${user.id} named ${id} ${f.name}`,
    }),
  );
  // updateThing.bind(null, id)(prev, form), as useActionState calls it.
  const updateThing = instructorAction({ args: [idSchema], state: true, form: nameForm }, handler);

  beforeEach(() => {
    handler.mockClear();
  });

  it("runs the handler with the user, the bound arguments and the parsed form, and answers ok", async () => {
    expect(await updateThing.bind(null, "t1")({ ok: false }, form({ name: "Essay" }))).toEqual({
      ok: true,
      message: "i1 named t1 Essay",
    });
  });

  it("refuses the wrong role and the signed-out before reading anything", async () => {
    session.user = student;
    expect(await updateThing("t1", { ok: false }, form({ name: "Essay" }))).toEqual({
      ok: false,
      message: "Only instructors can do this.",
    });
    session.user = null;
    expect(await updateThing("t1", { ok: false }, "not even a form" as never)).toEqual({
      ok: false,
      message: "Your session has ended. Sign in again to continue.",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("says what a wrong role should do where the action asks", async () => {
    const join = studentAction({ forbidden: "Only student accounts can join a class." }, async () => {});
    expect(await join()).toEqual({ ok: false, message: "Only student accounts can join a class." });
  });

  it("puts zod's issues on the form in fieldErrors, the first per field, with a summary or the first issue", async () => {
    expect(await updateThing("t1", { ok: false }, form({ name: "  " }))).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { name: "Give it a name." },
    });
    const terse = instructorAction({ state: true, form: nameForm, invalid: "first-issue" }, async () => {});
    expect(await terse({ ok: false }, form({ name: "" }))).toEqual({
      ok: false,
      message: "Give it a name.",
      fieldErrors: { name: "Give it a name." },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses malformed arguments and NUL bytes with a message, never a field error", async () => {
    expect(await updateThing(12345 as never, { ok: false }, form({ name: "Essay" }))).toEqual({
      ok: false,
      message: NOT_VALID,
    });
    expect(await updateThing("t1\u0000", { ok: false }, form({ name: "Essay" }))).toEqual({
      ok: false,
      message: NUL_MESSAGE,
    });
    expect(await updateThing("t1", { ok: false }, form({ name: "Es\u0000say" }))).toEqual({
      ok: false,
      message: NUL_MESSAGE,
    });
    expect((await updateThing("t1", { ok: false }, "a string instead of a form" as never)).ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it("ignores the previous state, whatever a hand-made request sends there", async () => {
    expect(await updateThing("t1", "a string instead of an object", form({ name: "Essay" }))).toMatchObject({
      ok: true,
    });
  });

  it("turns an AppError into its message and field errors", async () => {
    const save = instructorAction({}, async () => {
      throw new AppError("CONFLICT", "That title is taken.", { title: "Choose another title." });
    });
    expect(await save()).toEqual({
      ok: false,
      message: "That title is taken.",
      fieldErrors: { title: "Choose another title." },
    });
  });

  it("rethrows an unexpected error rather than swallowing it", async () => {
    const broken = instructorAction({}, async () => {
      throw new TypeError("db is undefined");
    });
    await expect(broken()).rejects.toThrow("db is undefined");
  });

  it("lets redirect() through after success, and onFailure leave a plain form action by redirect", async () => {
    const create = publicAction({ state: true, form: nameForm }, async ({ form: f }) => redirect(`/things/${f.name}`));
    await expect(create({ ok: false }, form({ name: "new" }))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/things\/new/),
    });
    const duplicate = instructorAction(
      { args: [idSchema], onFailure: () => redirect("/things?notDuplicated=1") },
      async () => {
        throw new AppError("NOT_FOUND", "No such thing.");
      },
    );
    await expect(duplicate("t1")).rejects.toMatchObject({ digest: expect.stringMatching(/notDuplicated=1/) });
  });

  it("lets only an admin through adminAction", async () => {
    const invite = adminAction({}, async ({ user }) => ({ by: user.id }));
    session.user = instructor;
    await expect(invite()).resolves.toEqual({ ok: false, message: "Only an admin can do this." });
    session.user = { ...instructor, isAdmin: true };
    await expect(invite()).resolves.toEqual({ ok: true, by: "i1" });
    session.user = null;
    await expect(invite()).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/session has ended/) });
  });
});
