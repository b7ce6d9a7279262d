import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The test suite and `npm start` build into separate folders so a running dev server is never clobbered.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `import "server-only"` marks server modules. Turbopack honours it in the App Router only; in the one Pages
  // Router API route (the autosave, see server/autosave/pages-api-route.ts) it would throw at runtime. So on the
  // server the marker is bundled as a no-op; browser bundles still get the real package, and a client
  // component that imports a server module still fails the build (checked when this was added).
  transpilePackages: ["server-only"],
  turbopack: {
    resolveAlias: { "server-only": { browser: "server-only", default: "./lib/server-only-noop.ts" } },
  },
  async headers() {
    // Read when the server starts from this config (`next start` loads it), so NEXTAUTH_URL is the deployment's.
    const https = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
    // The LTI endpoints that answer with pages of their own (an LMS frames them; the Deep Linking answer posts to the
    // LMS) set their own headers (server/lti/lti-html-response.ts); a config header would win, so they are left out.
    return [
      {
        source: "/:path((?!api/lti/(?:login|launch|register|deep-link/[^/]+)$).*)",
        headers: securityHeaders(process.env.NODE_ENV !== "production", https),
      },
    ];
  },
};

export default nextConfig;
