// Remix plugin options, read by vite.config.ts. Kept as plain ESM so tools that are
// not TypeScript-aware can load it.

/** @type {import('@remix-run/dev').VitePluginConfig} */
const remixConfig = {
  appDirectory: "app",
  buildDirectory: "build",
  // Helpers that sit beside routes, and tests, are not routes.
  ignoredRouteFiles: ["**/*.test.{ts,tsx}", "**/*.server.ts", "**/.*"],
  future: {
    v3_fetcherPersist: true,
    v3_lazyRouteDiscovery: true,
    v3_relativeSplatPath: true,
    v3_routeConfig: true,
    v3_singleFetch: true,
    v3_throwAbortReason: true,
  },
};

export default remixConfig;
