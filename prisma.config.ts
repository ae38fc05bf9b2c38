import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// Keep this default: without a DATABASE_URL the CLI tries to download a native engine.
process.env.DATABASE_URL ??= "file:./prisma/data/enishi.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const path = process.env.DATABASE_URL!.replace(/^file:/, "");
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
});
