import "server-only";
import { checkLlmDrafts, draftsOfReply, LlmReplyError, llmRequest, type LlmCheck } from "@/lib/drafting/llm-drafts";
import type { Draft, DraftEssay } from "@/lib/drafting/types";
import { env } from "../env";

const seconds = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${s} second${s === 1 ? "" : "s"}`;
};

export type LlmConfig = { baseUrl: string; model: string; apiKey?: string; timeoutMs: number };
export type LlmSuggestion = LlmCheck & { model: string; error: string | null };

/** The language-model drafter's settings from the environment, or null when it is not set up (the default). */
export function llmConfig(): LlmConfig | null {
  const e = env();
  if (!e.DRAFTER_LLM_BASE_URL || !e.DRAFTER_LLM_MODEL) return null;
  return {
    baseUrl: e.DRAFTER_LLM_BASE_URL.replace(/\/+$/, ""),
    model: e.DRAFTER_LLM_MODEL,
    apiKey: e.DRAFTER_LLM_API_KEY || undefined,
    timeoutMs: e.DRAFTER_LLM_TIMEOUT_MS,
  };
}

// Successful suggestions per essay version and model, so that a reload does not ask (and pay) the model again.
const cache = new Map<string, LlmSuggestion>();
const CACHE_SIZE = 20;

/**
 * Asks an OpenAI-compatible chat-completions endpoint for drafts of `essay` (structured output), then keeps only
 * those that pass lib/drafting/llm-drafts' checks. Never throws: an endpoint that is down, slow or answers junk
 * gives no drafts and an `error` that says so, and the rule drafts stand on their own. The caller has checked
 * that the user may read the essay; nothing but the essay's title and sentences is sent.
 */
export async function suggestLlmDrafts(opts: {
  essay: DraftEssay & { id?: string; updatedAt?: Date };
  ruleDrafts: Draft[];
  count: number;
  config: LlmConfig;
}): Promise<LlmSuggestion> {
  const { essay, config } = opts;
  const key = [config.baseUrl, config.model, opts.count, essay.slug, essay.updatedAt?.getTime() ?? essay.body].join(
    "|",
  );
  const hit = cache.get(key);
  if (hit) return hit;
  const none = (error: string): LlmSuggestion => ({ drafts: [], rejected: [], model: config.model, error });
  const where = (() => {
    try {
      return new URL(config.baseUrl).host;
    } catch {
      return config.baseUrl;
    }
  })();
  let reply: unknown;
  try {
    const res = await fetch(`${config.baseUrl}/chat/completions`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify(llmRequest(essay, config.model, opts.count)),
      signal: AbortSignal.timeout(config.timeoutMs),
      cache: "no-store",
    });
    if (!res.ok)
      return none(
        `The language model (${config.model} at ${where}) answered with an error (HTTP ${res.status}). The rule drafts below do not need it; try again later or ask your administrator to check its settings.`,
      );
    reply = await res.json().catch(() => {
      throw new LlmReplyError("its reply is not JSON");
    });
  } catch (e) {
    if (e instanceof LlmReplyError)
      return none(
        `The language model (${config.model}) gave no usable drafts: ${e.message}. The rule drafts below do not need it.`,
      );
    const timedOut = e instanceof DOMException && e.name === "TimeoutError";
    return none(
      timedOut
        ? `The language model (${config.model} at ${where}) did not answer within ${seconds(config.timeoutMs)}. The rule drafts below do not need it; try again later.`
        : `The language model (${config.model} at ${where}) could not be reached. The rule drafts below do not need it; ask your administrator whether it is running.`,
    );
  }
  let raw: unknown[];
  try {
    raw = draftsOfReply(reply);
  } catch (e) {
    if (!(e instanceof LlmReplyError)) throw e;
    return none(
      `The language model (${config.model}) gave no usable drafts: ${e.message}. The rule drafts below do not need it.`,
    );
  }
  const checked = checkLlmDrafts(raw, essay, config.model, opts.ruleDrafts);
  const error =
    checked.drafts.length === 0
      ? `The language model (${config.model}) suggested ${raw.length} draft${raw.length === 1 ? "" : "s"}, and none passed the checks every draft must pass${checked.rejected[0] ? ` (the first: ${checked.rejected[0].reason})` : ""}. The rule drafts below do not need it.`
      : null;
  const out: LlmSuggestion = { ...checked, model: config.model, error };
  if (out.drafts.length > 0) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, out);
  }
  return out;
}
