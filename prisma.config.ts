import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI wants a native schema engine it would download; we ship a WebAssembly stand-in instead
// (see scripts/schema-engine-wasm.mjs and the README's "Toolchain" section).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/schema-engine-wasm.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  // Not env("DATABASE_URL"): that throws during `postinstall: prisma generate` on a fresh clone.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
