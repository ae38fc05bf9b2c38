import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe (WCAG 2.1 A and AA) on the page as it is and records any violation as a soft
 * failure, so one test can check several states of a page.
 */
export async function expectNoViolations(page: Page, label: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", /^(ja|en)$/);
  // Legacy mode runs axe once in the page (no blank page per analysis: faster here).
  // The dev mailbox shows the mail's HTML in an iframe with sandbox="" (no scripts), which
  // axe cannot enter; it is excluded and its title is checked by the test instead.
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(WCAG_TAGS)
    .exclude("iframe[sandbox]")
    .analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map(
          (node) => `    ${node.target.join(" ")} — ${node.failureSummary?.split("\n").join(" ")}`,
        )
        .join("\n"),
  );
  expect.soft(summary, `axe violations on ${label} (${page.url()})`).toEqual([]);
}
