// CPU time by process, read from Linux's /proc, so the benchmark can say where a phase's CPU went: the app
// server (every process in `next start`'s process group), PostgreSQL (every `postgres` process on the
// machine) and the load generator (this process). Elsewhere than Linux the figures are NaN.
import fs from "node:fs";

export type CpuSample = { at: number; next: number; postgres: number; bench: number; machine: number };

const TICKS_PER_S = 100; // USER_HZ: 100 on every Linux architecture Node supports

/**
 * Every process in /proc, with its name and the fields of /proc/<pid>/stat after the name (f[2] the process group,
 * f[11]/f[12] utime/stime, f[21] rss pages). false when there is no /proc (not Linux). A process that exits
 * while we look is passed over.
 */
function eachProcess(visit: (pid: string, comm: string, f: string[]) => void): boolean {
  let ok = false;
  try {
    for (const pid of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        ok = true;
        visit(
          pid,
          stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
          stat.slice(stat.lastIndexOf(")") + 2).split(" "),
        );
      } catch {
        // exited while we looked
      }
    }
  } catch {
    // no /proc
  }
  return ok;
}

/** serverGroup: the app server's process group, or several (several app servers): "next" sums them. */
export function cpuSample(serverGroup: number | number[]): CpuSample {
  const groups = new Set([serverGroup].flat());
  let next = 0;
  let postgres = 0;
  const ok = eachProcess((_, comm, f) => {
    const seconds = (Number(f[11]) + Number(f[12])) / TICKS_PER_S; // utime + stime
    if (groups.has(Number(f[2]))) next += seconds;
    else if (comm === "postgres") postgres += seconds;
  });
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
  const ok = eachProcess((_, __, f) => {
    const g = Number(f[2]);
    if (total.has(g)) total.set(g, total.get(g)! + (Number(f[21]) * 4096) / 2 ** 20);
  });
  return groups.map((g) => (ok ? total.get(g)! : NaN));
}

/** How many file descriptors the processes in these groups hold (sockets included), summed. */
export function groupFds(groups: number[]): number {
  const want = new Set(groups);
  let n = 0;
  const ok = eachProcess((pid, _, f) => {
    if (want.has(Number(f[2]))) n += fs.readdirSync(`/proc/${pid}/fd`).length;
  });
  return ok ? n : NaN;
}
