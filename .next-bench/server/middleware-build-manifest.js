globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/MQFv-Tx-8WGzwQWOEgn5N/_buildManifest.js",
    "static/MQFv-Tx-8WGzwQWOEgn5N/_ssgManifest.js",
    "static/MQFv-Tx-8WGzwQWOEgn5N/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/310vm2bl3xxpt.js",
    "static/chunks/0kzntr75017e0.js",
    "static/chunks/135ch7k38v3rr.js",
    "static/chunks/1h6_te26l9zle.js",
    "static/chunks/turbopack-077hmtqrhcoji.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(auth)/sign-in/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(auth)/sign-up/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/dashboard/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/essays/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/essays/[slug]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};
