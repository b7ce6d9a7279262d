// CPU time by process, read from Linux's /proc, so the benchmark can say where a phase's CPU went: the app
// server (every process in `next start`'s process group), PostgreSQL (every `postgres` process on the
// machine) and the load generator (this process). Elsewhere than Linux the figures are NaN.
import fs from "node:fs";

export type CpuSample = { at: number; next: number; postgres: number; bench: number; machine: number };

const TICKS_PER_S = 100; // USER_HZ: 100 on every Linux architecture Node supports

/** serverGroup: the app server's process group, or several (several app servers): "next" sums them. */
export function cpuSample(serverGroup: number | number[]): CpuSample {
  const groups = new Set([serverGroup].flat());
  let next = 0;
  let postgres = 0;
  let ok = false;
  try {
    for (const pid of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // exited while we looked
      }
      ok = true;
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const seconds = (Number(f[11]) + Number(f[12])) / TICKS_PER_S; // utime + stime
      if (groups.has(Number(f[2]))) next += seconds;
      else if (comm === "postgres") postgres += seconds;
    }
  } catch {
    // no /proc
  }
  const own = process.cpuUsage();
  const at = performance.now();
  return ok
    ? { at, next, postgres, bench: (own.user + own.system) / 1e6, machine: machineBusy() }
    : { at, next: NaN, postgres: NaN, bench: NaN, machine: NaN };
}

/** Seconds of CPU the whole machine has spent busy since boot: user, nice, system, irq and softirq (not idle,
 * iowait, time stolen by the hypervisor, or guest time, which user already counts). */
function machineBusy(): number {
  const [user, nice, system, , , irq, softirq] = fs
    .readFileSync("/proc/stat", "utf8")
    .split("\n")[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user! + nice! + system! + irq! + softirq!) / TICKS_PER_S;
}

/** CPU used between two samples: cores busy on average, and milliseconds of CPU per unit of work. */
export function cpuBetween(a: CpuSample, b: CpuSample, units: number) {
  const wall = (b.at - a.at) / 1000;
  const of = (k: "next" | "postgres" | "bench" | "machine") => ({
    cores: (b[k] - a[k]) / wall,
    msPerUnit: ((b[k] - a[k]) * 1000) / units,
  });
  return { next: of("next"), postgres: of("postgres"), bench: of("bench"), machine: of("machine") };
}

/** Resident memory (MiB) of every process in these process groups, each group's total; NaN without /proc. */
export function groupRssMb(groups: number[]): number[] {
  const total = new Map(groups.map((g) => [g, 0]));
  try {
    for (const pid of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const g = Number(f[2]);
        if (!total.has(g)) continue;
        const rssPages = Number(f[21]);
        total.set(g, total.get(g)! + (rssPages * 4096) / 2 ** 20);
      } catch {
        // exited while we looked
      }
    }
  } catch {
    return groups.map(() => NaN);
  }
  return groups.map((g) => total.get(g)!);
}

/** How many file descriptors the processes in these groups hold (sockets included), summed. */
export function groupFds(groups: number[]): number {
  const want = new Set(groups);
  let n = 0;
  try {
    for (const pid of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (want.has(Number(f[2]))) n += fs.readdirSync(`/proc/${pid}/fd`).length;
      } catch {
        // exited
      }
    }
  } catch {
    return NaN;
  }
  return n;
}
