// The benchmark's side of live-crowd.mjs: forks the crowd process and waits for its answers.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

type Msg = { type: string; [k: string]: unknown };
export type Opened = {
  open: number;
  failed: number;
  /** streams not started because the deadline had passed */
  notTried: number;
  errors: Record<string, number>;
  ms: number;
  rssMb: number;
};
export type Arrived = { round: number; times: (number | null)[]; missing: number };
export type Answered = {
  round: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  latencies: number[];
  firstAt: number;
  lastAt: number;
};

/** Wall-clock milliseconds with sub-millisecond precision, comparable with the crowd process's. */
export const wallNow = () => performance.timeOrigin + performance.now();

export class Crowd {
  private child: ChildProcess;
  private waiters: { type: string; resolve: (m: Msg) => void }[] = [];
  private inbox: Msg[] = [];

  constructor() {
    this.child = fork(path.join(import.meta.dirname, "live-crowd.mjs"), [], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      // Its own heap limit: 10,000 streams and their buffers.
      execArgv: ["--max-old-space-size=4096"],
    });
    this.child.on("message", (m: Msg) => {
      const i = this.waiters.findIndex((w) => w.type === m.type);
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(m);
      else this.inbox.push(m);
    });
  }

  get pid() {
    return this.child.pid!;
  }

  next<T>(type: string): Promise<T> {
    const i = this.inbox.findIndex((m) => m.type === type);
    if (i >= 0) return Promise.resolve(this.inbox.splice(i, 1)[0] as T);
    return new Promise((resolve, reject) => {
      const onExit = () => reject(new Error(`the crowd process ended while waiting for "${type}"`));
      this.child.once("exit", onExit);
      this.waiters.push({
        type,
        resolve: (m) => {
          this.child.off("exit", onExit);
          resolve(m as T);
        },
      });
    });
  }

  async open(url: string, cookies: string[], batch = 50, deadlineMs?: number): Promise<Opened> {
    await this.next("ready");
    this.child.send({ type: "open", url, cookies, batch, deadlineMs });
    return this.next<Opened>("opened");
  }

  expect(
    round: number,
    answer?: { url: string; questionId: string; body: string; withinMs: number },
    timeoutMs = 60_000,
  ) {
    this.child.send({ type: "expect", round, answer, timeoutMs });
  }

  async memory(): Promise<{ rssMb: number; dropped: number }> {
    this.child.send({ type: "memory" });
    return this.next("memory");
  }

  async close() {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once("exit", r));
    this.child.send({ type: "close" });
    const t = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(t);
  }
}
