// ESLint carries the rules a reader cannot see at a glance: Next's and React's own checks, TypeScript's, and
// the layer rules below. Formatting belongs to Prettier (`eslint-config-prettier` switches off every rule it owns).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import { defineConfig, globalIgnores } from "eslint/config";

/**
 * One `no-restricted-imports` entry per layer: `patterns` forbids value and type-only imports alike. Each layer
 * lists the `@/` alias and the relative form (`../app/...`). A later entry for the same files replaces the rule.
 */
const layer = (files, group, message, extra = {}) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { ...extra, patterns: [{ group, message }] }],
  },
});

/** Links go through components/ui/link.tsx, which prefetches on intent only (decision 0091). */
const NEXT_LINK = {
  paths: [
    {
      name: "next/link",
      message:
        "Use { Link } from @/components/ui/link: next/link prefetches every link on screen at page load (decision 0091).",
    },
  ],
};
const COMPONENTS_LAYER = [
  ["@/app", "@/app/**", "@/server", "@/server/**", "**/app/**", "**/server/**"],
  "components/ is UI only: take data and actions as props, and shared types from lib/ (never app/ or server/).",
];

export default defineConfig([
  globalIgnores([
    ".next/**",
    ".next-test/**",
    ".next-*/**",
    ".data/**",
    ".test-results/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    "server/generated/**",
    "prisma/migrations/**",
    "next-env.d.ts",
  ]),
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (a destructured field dropped, a required parameter).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  {
    // Playwright fixtures call their callback `use(...)`: not React's `use` hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // react-hooks 7's React Compiler rule. The app does not run the React Compiler, and each setState in an effect
    // today is deliberate: the local time after hydration (ui/local-time), closing a form once its action
    // succeeded, focus handling after a reorder, resetting a draft when the live question changes. Revisit
    // (docs/decisions/0007) if the React Compiler is turned on.
    rules: { "react-hooks/set-state-in-effect": "off" },
  },
  {
    // `send` retries itself through its own useCallback closure (the binding is set before it can run). The
    // autosave is being reworked on another branch; write the exception inline there, not in this file, after it lands.
    files: ["components/quiz/use-autosave.ts"],
    rules: { "react-hooks/immutability": "off" },
  },
  {
    // Demo-data generator: fabricates plausible answers over every question type's JSON `content`/`answerKey`.
    files: ["prisma/demo/demo-classwork.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },

  // Layers (see CONTRIBUTING.md): app → components / server → lib. Nothing imports upwards.
  layer(["components/**"], ...COMPONENTS_LAYER, NEXT_LINK),
  layer(["components/ui/link.tsx"], ...COMPONENTS_LAYER),
  { files: ["app/**"], rules: { "no-restricted-imports": ["error", NEXT_LINK] } },
  layer(
    ["lib/**"],
    [
      "@/app",
      "@/app/**",
      "@/server",
      "@/server/**",
      "@/components",
      "@/components/**",
      "@/prisma",
      "@/prisma/**",
      "**/app/**",
      "**/server/**",
      "**/components/**",
      "**/prisma/**",
      "next",
      "next/**",
      "next-auth",
      "next-auth/**",
      "react",
      "react/**",
      "react-dom",
      "react-dom/**",
      "server-only",
    ],
    "lib/ is pure, framework-free logic: it imports only lib/ and plain libraries.",
  ),
  layer(
    ["server/**"],
    ["@/app", "@/app/**", "@/components", "@/components/**", "**/app/**", "**/components/**"],
    "server/ is below the UI: it never imports app/ or components/ (move the shared piece to lib/).",
  ),

  prettier,
]);
