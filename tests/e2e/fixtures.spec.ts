import { test } from "./fixtures";

// The guard itself: a page that logs an error must fail the test that opened it.
test.fail("a test whose page logs console.error fails", async ({ page }) => {
  await page.goto("/terms");
  await page.evaluate(() => console.error("simulated app error"));
});

test.fail("a test whose page throws an uncaught error fails", async ({ page }) => {
  await page.goto("/terms");
  await Promise.all([
    page.waitForEvent("pageerror"),
    page.evaluate(() =>
      setTimeout(() => {
        throw new Error("simulated uncaught error");
      }),
    ),
  ]);
});
