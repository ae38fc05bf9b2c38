import { flatRoutes } from "@remix-run/fs-routes";
import type { RouteConfig } from "@remix-run/route-config";

// Flat routes: see docs/decisions/001-routing-convention.md.
export default flatRoutes({
  ignoredRouteFiles: ["**/*.test.{ts,tsx}", "**/*.server.ts", "**/.*"],
}) satisfies RouteConfig;
