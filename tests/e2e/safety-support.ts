/**
 * Helpers for the safety browser tests: a fresh two-party thread per test (so tests that
 * share the e2e database never see each other's blocks and reports), set up through the
 * app's own startMatch and postMessage in a child process (safety-seed.ts).
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { baseURL, uniquePassword, type Locale } from "./support";

const run = promisify(execFile);

export type SafetyThread = {
  threadId: string;
  password: string;
  pro: { email: string; name: string };
  member: { email: string; name: string };
  /** a new administrator whose language is the thread's locale */
  admin: { email: string; name: string };
  messages: string[];
};

/** A thread between a new company member and a new professional, with the member's messages. */
export async function createSafetyThread(
  locale: Locale,
  messages: string[] = ["はじめまして。ご応募ありがとうございます。"],
): Promise<SafetyThread> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (run through playwright.config.ts)");
  const tag = randomBytes(6).toString("hex");
  const password = uniquePassword();
  const { stdout } = await run(
    "npx",
    ["tsx", "tests/e2e/safety-seed.ts", JSON.stringify({ tag, locale, password, messages })],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url,
        APP_URL: baseURL,
        LOG_LEVEL: "error",
      },
      timeout: 60_000,
    },
  );
  const created = JSON.parse(stdout) as Omit<SafetyThread, "password" | "messages">;
  return { ...created, password, messages };
}
