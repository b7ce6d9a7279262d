// A stand-in for the browser's speech engine (the Web Speech API's `speechSynthesis`), installed before the page's
// own scripts: the page's code runs unchanged and drives it. The test decides when each utterance starts and ends
// (window.__speech.start() / .finish()), and reads what was asked to be spoken, at which rate and voice.
import type { Page } from "@playwright/test";

export type Spoken = { text: string; rate: number; voice: string | null };

export async function stubSpeech(page: Page, opts: { voices?: boolean; engine?: boolean } = {}) {
  await page.addInitScript(
    ({ voices, engine }) => {
      const w = window as unknown as Record<string, unknown>;
      if (!engine) {
        delete w.speechSynthesis;
        delete w.SpeechSynthesisUtterance;
        return;
      }
      type U = {
        text: string;
        rate: number;
        voice: { name: string } | null;
        lang: string;
        onstart: ((e: unknown) => void) | null;
        onend: ((e: unknown) => void) | null;
        onerror: ((e: unknown) => void) | null;
      };
      class FakeUtterance implements U {
        rate = 1;
        voice = null;
        lang = "";
        onstart = null;
        onend = null;
        onerror = null;
        constructor(public text: string) {}
      }
      const list = voices
        ? [{ name: "Stub English", lang: "en-GB", default: true, localService: true, voiceURI: "stub-en" }]
        : [];
      const spoken: { text: string; rate: number; voice: string | null }[] = [];
      let current: U | null = null;
      class FakeSynth extends EventTarget {
        get speaking() {
          return current !== null;
        }
        paused = false;
        pending = false;
        getVoices() {
          return list;
        }
        speak(u: U) {
          spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.name ?? null });
          current = u;
          u.onstart?.({ utterance: u });
        }
        cancel() {
          const u = current;
          current = null;
          u?.onerror?.({ utterance: u, error: "interrupted" }); // as Chrome reports a cancelled utterance
        }
        pause() {}
        resume() {}
      }
      Object.defineProperty(window, "speechSynthesis", { value: new FakeSynth(), configurable: true });
      w.SpeechSynthesisUtterance = FakeUtterance;
      w.__speech = {
        spoken,
        /** the engine finished the sentence it is reading */
        finish() {
          const u = current;
          current = null;
          u?.onend?.({ utterance: u });
        },
        speaking: () => current?.text ?? null,
      };
    },
    { voices: opts.voices ?? true, engine: opts.engine ?? true },
  );
}

export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken.slice());
export const finishSentence = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish());
