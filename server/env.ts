import "server-only";
import { z } from "zod";

// The one place process.env is read by app code. scripts/db.mjs fills these in for `npm run dev` / `npm start`.
const schema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm run dev` or set it yourself"),
  /** Live mode's LISTEN connection, when DATABASE_URL goes through a transaction-mode pooler (docs/deploy.md). */
  DATABASE_LISTEN_URL: z.string().min(1).optional(),
  // Streaming replicas the instructor's reports read from (server/analytics/analytics-db.ts, decision 0087): one
  // PostgreSQL URL or several, comma-separated. Unset or empty: reports read DATABASE_URL like everything else.
  DATABASE_REPLICA_URL: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_REPLICA_URL: each URL starts with postgresql://"))),
  /** Connections per pool, per process (docs/deploy.md, the connection budget). */
  PG_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
  /** How long a new connection may take before the request fails (pg's own default is to wait forever). */
  PG_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** The app's public URL (links made for other people's browsers, e.g. invitations). */
  NEXTAUTH_URL: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SLOW_QUERY_MS: z.coerce.number().default(200),
  /** open | invite | domain:a.edu,b.edu (lib/auth/instructor-signup-policy.ts); unset: open in the demo, else invite. */
  INSTRUCTOR_SIGNUP: z.string().optional(),
  /** "1" when the demo accounts were seeded (scripts/db.mjs sets it). */
  DEMO_DATA: z.string().optional(),
  // How many proxies in front append to X-Forwarded-For; 0 (the default) never reads it (lib/security/client-address).
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  // Per-IP limits (server/rate-limits/ip-limits.ts): wrong join codes per 15 minutes, sign-ups per hour, failed
  // sign-ins per 15 minutes.
  RATE_LIMIT_JOIN_CODES: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_SIGN_UPS: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_SIGN_IN_FAILURES: z.coerce.number().int().min(1).default(100),
  // The optional language-model drafter (server/essays/suggest-llm-drafts.ts): an OpenAI-compatible endpoint
  // ("http://127.0.0.1:11434/v1" for a local Ollama) and a model; unset, the drafts page offers rule drafts only.
  DRAFTER_LLM_BASE_URL: z.string().url().optional(),
  DRAFTER_LLM_MODEL: z.string().trim().min(1).max(200).optional(),
  DRAFTER_LLM_API_KEY: z.string().optional(),
  // LTI Dynamic Registration (/api/lti/register, decision 0080): "admin" (default) lets only a signed-in admin of
  // Passage register an LMS; "open" lets the LMS register itself, turned off until an admin turns it on.
  LTI_DYNAMIC_REGISTRATION: z.enum(["admin", "open"]).default("admin"),
  // With "open": may an LMS on a private or loopback address register itself? "refuse" (default) or "allow".
  LTI_REGISTRATION_PRIVATE_HOSTS: z.enum(["refuse", "allow"]).default("refuse"),
  DRAFTER_LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(60_000),
});

let cached: z.infer<typeof schema> | undefined;
export function env() {
  cached ??= schema.parse(process.env);
  return cached;
}
