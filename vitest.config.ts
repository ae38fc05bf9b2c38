import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

// Without the Remix plugin: tests import modules directly.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: [
      "app/**/*.test.{ts,tsx}",
      "search/**/*.test.ts",
      "prisma/**/*.test.ts",
      "tests/integration/**/*.test.{ts,tsx}",
    ],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-worker.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
