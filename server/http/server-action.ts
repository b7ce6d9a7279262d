import "server-only";
import { z } from "zod";
import type { ActionFailure, ActionResult, ActionSuccess, FieldErrors } from "@/lib/actions/action-state";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { requireAdmin, requireInstructor, requireStudent, requireUser, type SessionUser } from "@/server/auth/session";
import { expectedFailure, formArg, refuseNul } from "./action-input";

// One way to write a server action: the role is its first word, and the wrapper does the rest every action
// needs (NUL refusal, zod parsing, expected errors as ActionResult), so the action body is only its work.
//
//   export const updateSetAction = instructorAction({ args: [idSchema], state: true, form: setDetailsForm },
//     async ({ user, args: [setId], form }) => { … });
//
// The call signature follows the spec: bound/passed arguments first, then useActionState's previous state,
// then the FormData; so `updateSetAction.bind(null, setId)` is a `(prev, form)` action for useActionState.

type Schemas = readonly z.ZodType[];
type Inputs<A extends Schemas> = { -readonly [K in keyof A]: z.input<A[K]> };
type Outputs<A extends Schemas> = { -readonly [K in keyof A]: z.output<A[K]> };
type FormSchema = z.ZodType<unknown, FormData>;

type Spec<A extends Schemas, F extends FormSchema | undefined, S extends boolean, X> = {
  /** Arguments before the state and form (bound ids, a direct call's payload). A refusal here comes from a
   *  hand-made request, so it reads "not valid, reload", never a field error. */
  args?: A;
  /** Whether useActionState's previous state comes next. It is ignored: every call stands alone. */
  state?: S;
  /** The FormData, as `formInput` reads it: zod's issues become the form's fieldErrors. */
  form?: F;
  /** The message beside field errors: "Check the highlighted fields." (default) or the first issue's own
   *  message, for forms that show no message beside their fields. */
  invalid?: "summary" | "first-issue";
  /** What a wrong role reads, where the role's generic refusal would not say what to do. */
  forbidden?: string;
  /** For plain form actions, which have no state to return to: a failure leaves this way (a redirect). */
  onFailure?: X;
};

type Params<A extends Schemas, F, S> = [
  ...Inputs<A>,
  ...(S extends true ? [prevState: unknown] : []),
  ...(F extends FormSchema ? [form: FormData] : []),
];
type Data<R> = R extends object ? R : object;
type Answer<R, X> = [X] extends [(f: ActionFailure) => never] ? ActionSuccess<Data<R>> : ActionResult<Data<R>>;
type Context<U, A extends Schemas, F> = {
  user: U;
  args: Outputs<A>;
  form: F extends FormSchema ? z.output<F> : undefined;
};

export const NOT_VALID = "This request is not valid. Reload the page and try again.";
const SUMMARY = "Check the highlighted fields.";

/** A form argument: `read` takes the fields out of the FormData (textField refuses a file where text belongs),
 *  `schema` checks them. A non-FormData argument is refused like any malformed argument. */
export function formInput<T>(read: (form: FormData) => T): z.ZodType<T, FormData>;
export function formInput<T>(read: (form: FormData) => unknown, schema: z.ZodType<T>): z.ZodType<T, FormData>;
export function formInput<T>(read: (form: FormData) => unknown, schema?: z.ZodType<T>): z.ZodType<T, FormData> {
  const base = z.custom<FormData>((v) => v instanceof FormData).transform(read);
  return (schema ? base.pipe(schema) : base) as unknown as z.ZodType<T, FormData>;
}

/** zod's issues on the form as field errors, the first per field. */
function fieldFailure(err: z.ZodError, invalid: Spec<Schemas, undefined, false, undefined>["invalid"]): ActionFailure {
  const fieldErrors: FieldErrors = {};
  for (const i of err.issues) if (i.path.length > 0) fieldErrors[String(i.path[0])] ??= i.message;
  if (Object.keys(fieldErrors).length === 0) return { ok: false, message: NOT_VALID };
  return { ok: false, message: invalid === "first-issue" ? Object.values(fieldErrors)[0]! : SUMMARY, fieldErrors };
}

function define<U>(authorize: () => Promise<U>) {
  return <
    const A extends Schemas = [],
    F extends FormSchema | undefined = undefined,
    const S extends boolean = false,
    R = void,
    X = undefined,
  >(
    spec: Spec<A, F, S, X>,
    handler: (ctx: Context<U, A, F>) => Promise<R>,
  ) => {
    const schemas: Schemas = spec.args ?? [];
    return async (...raw: Params<A, F, S>): Promise<Answer<R, X>> => {
      try {
        const user = await authorize().catch((e: unknown) => {
          if (spec.forbidden && isAppError(e) && e.code === "FORBIDDEN")
            throw new AppError("FORBIDDEN", spec.forbidden);
          throw e;
        });
        const args = schemas.map((_, i) => raw[i]);
        const formRaw = spec.form ? raw[schemas.length + (spec.state ? 1 : 0)] : undefined;
        refuseNul(...args, formRaw);
        const parsedArgs = schemas.map((s, i) => {
          const r = s.safeParse(args[i]);
          if (!r.success) throw new AppError("INVALID", NOT_VALID);
          return r.data;
        });
        let form: unknown;
        if (spec.form) {
          const r = spec.form.safeParse(formArg(formRaw));
          if (!r.success) return fieldFailure(r.error, spec.invalid) as Answer<R, X>;
          form = r.data;
        }
        const data = await handler({ user, args: parsedArgs as Outputs<A>, form } as Context<U, A, F>);
        return { ...(data ?? {}), ok: true } as Answer<R, X>;
      } catch (e) {
        // expectedFailure rethrows the unexpected: bugs, the database down, Next's redirect()/notFound().
        const failure: ActionFailure = { ok: false, ...expectedFailure(e) };
        if (spec.onFailure) (spec.onFailure as (f: ActionFailure) => never)(failure);
        return failure as Answer<R, X>;
      }
    };
  };
}

/** Anyone may call it (sign-up): no user in the context. */
export const publicAction = define(async () => undefined);
export const userAction = define<SessionUser>(requireUser);
export const instructorAction = define<SessionUser>(requireInstructor);
export const studentAction = define<SessionUser>(requireStudent);
/** Admins only (instructor invitations). */
export const adminAction = define<SessionUser>(requireAdmin);
