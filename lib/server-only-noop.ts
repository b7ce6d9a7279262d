// Stands in for the "server-only" marker in server bundles (see next.config.ts, turbopack.resolveAlias).
export {};
