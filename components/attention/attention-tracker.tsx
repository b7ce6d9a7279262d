"use client";
import { useEffect } from "react";

declare global {
  interface Window {
    /** e2e hook: a shorter batch interval than BATCH_MS, set before the page loads */
    __attentionBatchMs?: number;
  }
}

/** How often a batch is sent while the page is read (and on leaving it). */
const BATCH_MS = 15_000;
/** Time counts only while the reader did something (scroll, key, pointer, touch) this recently. */
const IDLE_MS = 60_000;
const TICK_MS = 1_000;

/** A page load's id. randomUUID needs a secure context; a school's plain-http LAN server is not one. */
const newClientId = () =>
  crypto.randomUUID?.() ??
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

type Batch = { essayId: string; clientId: string; seq: number; ms: Record<string, number> };

/**
 * "Where attention went" on a page that shows the essay (docs/decisions/0070), for its elements marked
 * data-attention-paragraph. A paragraph counts as on screen while at least
 * half of it is visible, or it fills most of the viewport, only while the tab is visible and the reader was active
 * in the last minute. Time is kept in memory and sent in numbered batches: about every 15 s, and with
 * navigator.sendBeacon when the tab is hidden or the page left. The server clamps and de-duplicates them; a refusal
 * (tracking turned off, signed out) stops the tracker. Renders nothing: the notice above the essay says what is sent.
 */
export function AttentionTracker({ endpoint, essayId }: { endpoint: string; essayId: string }) {
  useEffect(() => {
    const clientId = newClientId();
    let seq = 0;
    let stopped = false;
    let ticker = 0;
    let batcher = 0;
    let lastActive = performance.now();
    let lastTick = performance.now();
    const pending = new Map<string, number>();
    let unconfirmed: Batch | null = null;
    /** the paragraph elements on screen now, with their paragraph's id (a guided reading may split one in two) */
    const onScreen = new Map<Element, string>();

    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const id = (e.target as HTMLElement).dataset.attentionParagraph!;
          const fills = e.rootBounds ? e.intersectionRect.height >= 0.6 * e.rootBounds.height : false;
          if (e.isIntersecting && (e.intersectionRatio >= 0.5 || fills)) onScreen.set(e.target, id);
          else onScreen.delete(e.target);
        }
      },
      { threshold: Array.from({ length: 21 }, (_, i) => i / 20) },
    );
    // Paragraphs are marked data-attention-paragraph="<its passage id>"; new ones (a guided reading's next part)
    // are picked up on the next tick, removed ones dropped.
    const observed = new WeakSet<Element>();
    const observe = () => {
      for (const el of document.querySelectorAll("[data-attention-paragraph]")) {
        if (observed.has(el)) continue;
        observed.add(el);
        observer.observe(el);
      }
      for (const el of onScreen.keys()) if (!el.isConnected) onScreen.delete(el);
    };
    observe();

    const stop = () => {
      stopped = true;
      observer.disconnect();
      window.clearInterval(ticker);
      window.clearInterval(batcher);
    };
    const tick = () => {
      const now = performance.now();
      // A timer held back (a sleeping laptop) counts no more than one tick.
      const dt = Math.min(now - lastTick, 2 * TICK_MS);
      lastTick = now;
      observe();
      if (document.visibilityState !== "visible" || now - lastActive > IDLE_MS) return;
      for (const id of new Set(onScreen.values())) pending.set(id, (pending.get(id) ?? 0) + dt);
    };
    const take = (): Batch | null => {
      const ms: Record<string, number> = {};
      for (const [id, v] of pending) {
        const whole = Math.floor(v);
        if (whole > 0) ms[id] = whole;
        pending.set(id, v - whole);
      }
      if (seq > 0 && Object.keys(ms).length === 0) return null;
      return { essayId, clientId, seq: seq++, ms };
    };
    let inFlight = false;
    const post = async (b: Batch) => {
      inFlight = true;
      try {
        const r = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(b),
          keepalive: true,
        });
        if (r.ok) {
          if (unconfirmed === b) unconfirmed = null;
        } else if (r.status >= 400 && r.status < 500) stop();
      } catch {
        // offline: the batch stays unconfirmed and is sent again, with its number, next time
      } finally {
        inFlight = false;
      }
    };
    const flush = () => {
      if (stopped) return;
      tick();
      if (inFlight) return; // a slow answer: its time waits in memory for the next batch
      if (unconfirmed) void post(unconfirmed);
      else {
        const b = take();
        if (b) {
          unconfirmed = b;
          void post(b);
        }
      }
    };
    const beacon = () => {
      if (stopped) return;
      tick();
      for (const b of [unconfirmed, take()]) {
        if (!b) continue;
        const body = new Blob([JSON.stringify(b)], { type: "application/json" });
        if (!navigator.sendBeacon(endpoint, body)) void post(b);
      }
      unconfirmed = null;
    };
    const active = () => {
      lastActive = performance.now();
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") beacon();
      else lastTick = performance.now();
    };
    const events = ["scroll", "keydown", "pointerdown", "pointermove", "wheel", "touchstart"] as const;
    for (const e of events) window.addEventListener(e, active, { passive: true });
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", beacon);
    ticker = window.setInterval(tick, TICK_MS);
    batcher = window.setInterval(flush, window.__attentionBatchMs ?? BATCH_MS);
    flush(); // the opening batch: records that the reading was opened, and starts the server's clock
    return () => {
      beacon();
      stop();
      for (const e of events) window.removeEventListener(e, active);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", beacon);
    };
  }, [endpoint, essayId]);
  return null;
}
