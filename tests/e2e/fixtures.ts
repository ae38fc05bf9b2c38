import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * Every browser test fails when a page it opened logs an error: hydration mismatches,
 * CSP violations and uncaught exceptions would otherwise pass unseen. Not app errors:
 * the browser's line for an expected 4xx page, and the trace recorder being refused
 * inside the sandboxed email preview (it injects a script to snapshot every frame).
 */
const notAppErrors = [
  /^Failed to load resource/,
  /^Blocked script execution in '[^']*\/dev\/mailbox\/[^']*\/html' because the document's frame is sandboxed/,
];

export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ context }, use, testInfo) => {
      const errors: string[] = [];
      context.on("console", (message) => {
        if (message.type() !== "error") return;
        if (notAppErrors.some((pattern) => pattern.test(message.text()))) return;
        errors.push(`console.error on ${message.page()?.url()}: ${message.text()}`);
      });
      context.on("weberror", (error) => errors.push(`uncaught: ${error.error().message}`));
      await use();
      // Only a body that passed is failed here; a failing test already reports its own error.
      if (errors.length > 0 && testInfo.status === "passed") {
        throw new Error(`The page logged errors:\n${errors.join("\n")}`);
      }
    },
    { auto: true },
  ],
});
