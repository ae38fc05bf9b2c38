import { type APIResponse, type Response } from "@playwright/test";
import { expect, test } from "./fixtures";
import { fillLogin, sameOriginHeaders, signUpAndVerify, t, uniqueEmail } from "./support";

// The shipped per-account limit (AUTH_RATE_LIMIT_PER_ACCOUNT) and window.
const PER_ACCOUNT_LIMIT = 10;
const WINDOW_SECONDS = 900;

/** Soft, so one missing header does not hide what the rest of the test would show. */
function expectRetryAfter(response: APIResponse | Response) {
  const retryAfter = response.headers()["retry-after"];
  expect
    .soft(
      retryAfter ?? "(missing)",
      `Retry-After on the ${response.status()} answer to ${response.url()}`,
    )
    .toMatch(/^\d+$/);
  if (retryAfter === undefined) return;
  expect.soft(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  expect.soft(Number(retryAfter)).toBeLessThanOrEqual(WINDOW_SECONDS);
}

test("the 11th login attempt for one account gets 429 with Retry-After and a localised page", async ({
  page,
}) => {
  const user = await signUpAndVerify(page, { locale: "ja" });

  for (let attempt = 1; attempt <= PER_ACCOUNT_LIMIT; attempt++) {
    const response = await page.request.post("/login", {
      form: { email: user.email, password: `wrong-password-${attempt}` },
      headers: sameOriginHeaders("ja"),
      maxRedirects: 0,
    });
    expect(response.status(), `failed attempt ${attempt} is still answered normally`).toBe(200);
    expect(await response.text()).toContain(t("ja", "auth.login.invalid"));
  }

  // The 11th, through the login page with JavaScript on.
  await page.goto("/login");
  const answer = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname.startsWith("/login") &&
      response.request().method() === "POST",
  );
  await fillLogin(page, user.email, "wrong-password-11", "ja");
  const response = await answer;
  expect(response.status()).toBe(429);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ja", "error.429.title"));
  await expect(page.getByText(t("ja", "error.429.body"))).toBeVisible();
  expectRetryAfter(response);

  // Even the right password is refused now, as a full page in the reader's language.
  const english = await page.request.post("/login", {
    form: { email: user.email, password: user.password },
    headers: sameOriginHeaders("en"),
    maxRedirects: 0,
  });
  expect(english.status()).toBe(429);
  expect(english.headers()["content-type"]).toContain("text/html");
  const html = await english.text();
  expect(html).toContain(t("en", "error.429.title"));
  expect(html).toContain(t("en", "error.429.body"));
  expect(english.headers()["set-cookie"] ?? "").not.toContain("enishi_session=");
  expectRetryAfter(english);

  // Another account is not affected by this one's limit.
  const other = await page.request.post("/login", {
    form: { email: uniqueEmail("other"), password: "wrong-password" },
    headers: sameOriginHeaders("ja"),
    maxRedirects: 0,
  });
  expect(other.status()).toBe(200);
});
