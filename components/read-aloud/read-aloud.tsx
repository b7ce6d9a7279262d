"use client";
// Read-aloud (issue 20): the browser's own speech engine (Web Speech API) reads the essay one sentence per
// utterance, so the sentence being read is known exactly (highlighted, kept in view) and skipping is a sentence.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import {
  READ_ALOUD_KEYS,
  SPEECH_RATES,
  rateLabel,
  readAloudCommand,
  stepRate,
  type SpeechRate,
} from "@/lib/read-aloud/speech-rates";

export type SpokenSentence = { /** the id of the element showing it */ id: string; text: string };
type Status = "idle" | "waiting" | "playing" | "paused" | "finished" | "unsupported" | "novoice" | "error";

// The mark on the sentence being read (listed here so Tailwind generates the classes).
const MARK = ["bg-amber-100", "outline", "outline-2", "outline-amber-500", "rounded-sm"];
const VOICE_WAIT_MS = 2000;

const MESSAGES: Partial<Record<Status, string>> = {
  unsupported:
    "This browser cannot read aloud. Try a current Chrome, Edge, Safari or Firefox, or your device’s own screen reader.",
  novoice:
    "No voice for reading aloud is installed on this device. Add a text-to-speech voice in your system’s settings (Speech or Accessibility), then reload this page.",
  error: "Reading aloud stopped: the speech engine reported an error. Press Listen to try again.",
};

/** A skip-to-next (or, `back`, previous) sentence icon: a triangle against a bar. System fonts lack ⏮/⏭. */
function Skip({ back = false }: { back?: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className={`h-4 w-4 fill-current ${back ? "-scale-x-100" : ""}`}>
      <path d="M2 2l9 6-9 6zM11.5 2H14v12h-2.5z" />
    </svg>
  );
}

const ctl =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60";

/** Listen button and controls for a text shown on the page as sentence elements with the given ids. */
export function ReadAloud({ sentences, className = "" }: { sentences: SpokenSentence[]; className?: string }) {
  const [status, setStatus] = useState<Status>("idle");
  const [index, setIndex] = useState<number | null>(null);
  const [rate, setRate] = useState<SpeechRate>(1);
  const gen = useRef(0); // each speak/cancel bumps it: events of an older utterance are ignored
  const current = useRef<SpeechSynthesisUtterance | null>(null); // held so Chrome does not collect it mid-sentence
  const voice = useRef<SpeechSynthesisVoice | null>(null);
  const rateRef = useRef<SpeechRate>(1);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const list = useRef(sentences);
  const next = useRef<(i: number) => void>(() => undefined); // speak, for an utterance's end to go on
  useEffect(() => {
    list.current = sentences;
  }, [sentences]);

  const speak = useCallback((i: number) => {
    const synth = window.speechSynthesis;
    const mine = ++gen.current;
    synth.cancel();
    if (i >= list.current.length) {
      current.current = null;
      setIndex(null);
      setStatus("finished");
      return;
    }
    const u = new SpeechSynthesisUtterance(list.current[i]!.text);
    u.rate = rateRef.current;
    if (voice.current) {
      u.voice = voice.current;
      u.lang = voice.current.lang;
    }
    u.onend = () => {
      if (gen.current === mine) next.current(i + 1);
    };
    u.onerror = (e) => {
      if (gen.current !== mine || e.error === "interrupted" || e.error === "canceled") return;
      setStatus("error");
    };
    current.current = u;
    setIndex(i);
    setStatus("playing");
    synth.speak(u);
  }, []);
  useEffect(() => {
    next.current = speak;
  }, [speak]);

  const halt = useCallback(() => {
    gen.current++;
    current.current = null;
    if (typeof window !== "undefined" && "speechSynthesis" in window) window.speechSynthesis.cancel();
  }, []);
  useEffect(() => halt, [halt]);

  // The sentence being read: marked for sight (a tint and outline) and for assistive technology, and kept in view.
  useEffect(() => {
    if (index === null) return;
    const el = document.getElementById(list.current[index]?.id ?? "");
    if (!el) return;
    el.setAttribute("aria-current", "true");
    el.classList.add(...MARK);
    const still = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    el.scrollIntoView?.({ block: "center", behavior: still ? "auto" : "smooth" });
    return () => {
      el.removeAttribute("aria-current");
      el.classList.remove(...MARK);
    };
  }, [index]);

  const start = useCallback(
    async (from: number) => {
      if (!("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
        setStatus("unsupported");
        return;
      }
      const synth = window.speechSynthesis;
      let voices = synth.getVoices();
      if (voices.length === 0) {
        // Voices often load after the page: wait for them a moment before saying there are none.
        setStatus("waiting");
        await new Promise<void>((resolve) => {
          const done = () => {
            synth.removeEventListener?.("voiceschanged", done);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(done, VOICE_WAIT_MS);
          synth.addEventListener?.("voiceschanged", done);
        });
        voices = synth.getVoices();
      }
      if (voices.length === 0) {
        setStatus("novoice");
        return;
      }
      const lang = (document.documentElement.lang || "en").toLowerCase();
      const fits = voices.filter((v) => v.lang.toLowerCase().startsWith(lang.slice(0, 2)));
      voice.current = fits.find((v) => v.default) ?? fits[0] ?? voices.find((v) => v.default) ?? voices[0]!;
      speak(from);
    },
    [speak],
  );

  const playing = status === "playing";
  const active = playing || status === "paused";
  const toggle = () => {
    if (playing) {
      halt();
      setStatus("paused");
    } else if (status === "paused" && index !== null) void start(index);
    else void start(0);
  };
  const skip = (step: 1 | -1) => {
    const to = Math.min(sentences.length - 1, Math.max(0, (index ?? -1) + step));
    if (playing) speak(to);
    else {
      setIndex(to);
      setStatus("paused");
    }
  };
  const stop = () => {
    halt();
    setIndex(null);
    setStatus("idle");
    toggleButton.current?.focus(); // the control that had focus may be gone
  };
  const changeRate = (r: SpeechRate) => {
    rateRef.current = r;
    setRate(r);
    if (playing && index !== null) speak(index); // the sentence again, at the new speed
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const cmd = readAloudCommand(e.key);
    if (!cmd) return;
    e.preventDefault();
    if (cmd === "toggle") toggle();
    else if (cmd === "back") skip(-1);
    else if (cmd === "forward") skip(1);
    else if (cmd === "faster" || cmd === "slower") changeRate(stepRate(rate, cmd === "faster" ? 1 : -1));
    else if (cmd === "stop") stop();
  };

  const message = MESSAGES[status];
  return (
    <section
      aria-label="Read aloud"
      onKeyDown={onKeyDown}
      className={`rounded-xl border border-slate-200 bg-white/95 p-2 shadow-sm backdrop-blur ${className}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <button
          ref={toggleButton}
          type="button"
          className={`${ctl} min-w-24`}
          onClick={toggle}
          disabled={status === "waiting"}
        >
          <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4 fill-current">
            <path d={playing ? "M3 2h3.5v12H3zM9.5 2H13v12H9.5z" : "M4 2l10 6-10 6z"} />
          </svg>
          {playing ? "Pause" : status === "paused" ? "Resume" : "Listen"}
        </button>
        {active && (
          <>
            <button type="button" className={ctl} onClick={() => skip(-1)} aria-label="Previous sentence">
              <Skip back />
              <span className="hidden sm:inline" aria-hidden>
                Previous
              </span>
            </button>
            <button type="button" className={ctl} onClick={() => skip(1)} aria-label="Next sentence">
              <span className="hidden sm:inline" aria-hidden>
                Next
              </span>
              <Skip />
            </button>
            <button type="button" className={ctl} onClick={stop}>
              Stop
            </button>
          </>
        )}
        <label className="flex items-center gap-1 text-sm text-slate-700">
          Speed
          <select
            value={rate}
            onChange={(e) => changeRate(Number(e.target.value) as SpeechRate)}
            className="min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm"
          >
            {SPEECH_RATES.map((r) => (
              <option key={r} value={r}>
                {rateLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <p className="text-sm text-slate-700" data-testid="read-aloud-position">
          {status === "waiting"
            ? "Looking for a voice…"
            : index !== null
              ? `Sentence ${index + 1} of ${sentences.length}${status === "paused" ? " · paused" : ""}`
              : status === "finished"
                ? "Finished reading."
                : null}
        </p>
      </div>
      {message && (
        <p role="alert" className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {message}
        </p>
      )}
      <details className="mt-1 hidden text-sm text-slate-700 sm:block">
        <summary className="inline-flex min-h-11 cursor-pointer items-center">Keyboard shortcuts</summary>
        <p>While focus is on these controls:</p>
        <ul className="ml-5 list-disc">
          {READ_ALOUD_KEYS.map((k) => (
            <li key={k.key}>
              <kbd className="rounded border border-slate-300 px-1 font-mono">{k.key}</kbd> {k.what}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
