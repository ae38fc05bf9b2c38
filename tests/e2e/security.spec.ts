import { type APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  baseURL,
  expectLoggedInHeader,
  expectLoggedOutHeader,
  fillLogin,
  logIn,
  readLatestMail,
  sameOriginHeaders,
  signedInUser,
  signUpAndVerify,
  t,
} from "./support";

const crossSite = { Origin: "https://evil.test", "Sec-Fetch-Site": "cross-site" };

test.describe("cross-site requests", () => {
  test("a cross-site POST to /login or /logout is refused and changes nothing", async ({
    page,
  }) => {
    const user = await signUpAndVerify(page);

    // Logging in from another site: refused, no session cookie.
    const login = await page.request.post("/login", {
      form: { email: user.email, password: user.password },
      headers: crossSite,
      maxRedirects: 0,
    });
    expect(login.status()).toBe(403);
    expect(login.headers()["set-cookie"] ?? "").not.toContain("enishi_session=");
    // A foreign Origin alone (no Sec-Fetch-Site) is refused too.
    const originOnly = await page.request.post("/login", {
      form: { email: user.email, password: user.password },
      headers: { Origin: "https://evil.test" },
      maxRedirects: 0,
    });
    expect(originOnly.status()).toBe(403);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain(
      "enishi_session",
    );

    await logIn(page, user.email, user.password);
    // Logging out from another site: refused, still signed in.
    const refused: Record<string, string>[] = [
      crossSite,
      { Origin: "https://evil.test" },
      { "Sec-Fetch-Site": "same-site" },
    ];
    for (const headers of refused) {
      const logout = await page.request.post("/logout", { headers, maxRedirects: 0 });
      expect(logout.status(), `POST /logout with ${JSON.stringify(headers)}`).toBe(403);
      expect(logout.headers()["set-cookie"] ?? "").not.toContain("enishi_session=");
    }
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/settings$/);
    await expectLoggedInHeader(page, user.name, "ja");

    // The same request from the app's own origin works.
    const sameOrigin = await page.request.post("/logout", {
      headers: { ...sameOriginHeaders(), "Sec-Fetch-Site": "same-origin" },
      maxRedirects: 0,
    });
    expect(sameOrigin.status()).toBe(302);
    expect(sameOrigin.headers().location).toBe("/");
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fsettings$/);
  });

  test("a real form on another site cannot log the user out", async ({ page }) => {
    const user = await signedInUser(page);
    // A page on "evil.test" (served by the test) that posts a form to the app.
    await page.route("https://evil.test/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html><body><form method="post" action="${baseURL}/logout"><button>Win a prize</button></form></body></html>`,
      }),
    );
    await page.goto("https://evil.test/");
    const answer = page.waitForResponse((response) => response.url() === `${baseURL}/logout`);
    await page.getByRole("button", { name: "Win a prize" }).click();
    expect((await answer).status()).toBe(403);
    await page.goto(`${baseURL}/settings`);
    await expect(page).toHaveURL(/\/settings$/);
    await expectLoggedInHeader(page, user.name, "ja");
  });

  test("GET /logout does not log out", async ({ page }) => {
    const user = await signedInUser(page);
    const response = await page.goto("/logout");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(`${baseURL}/`);
    await expectLoggedInHeader(page, user.name, "ja");
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/settings$/);
  });
});

test.describe("response headers", () => {
  function nonceOf(response: APIResponse) {
    const policy = response.headers()["content-security-policy"] ?? "";
    const nonces = [...policy.matchAll(/'nonce-([^']+)'/g)].map((match) => match[1]);
    expect(nonces, `one nonce in the CSP of ${response.url()}: ${policy}`).toHaveLength(1);
    return nonces[0]!;
  }

  for (const path of ["/", "/login", "/signup", "/no-such-page"]) {
    test(`${path}: enforced CSP with a fresh nonce on every script, and the other headers`, async ({
      request,
    }) => {
      const first = await request.get(path);
      const second = await request.get(path);
      expect(first.status()).toBe(path === "/no-such-page" ? 404 : 200);
      for (const response of [first, second]) {
        const headers = response.headers();
        expect(headers["content-type"]).toContain("text/html");
        expect(headers["content-security-policy"], "enforced, not report-only").toBeTruthy();
        expect(headers["content-security-policy-report-only"]).toBeUndefined();
        const directives = headers["content-security-policy"]!.split(";").map((part) =>
          part.trim(),
        );
        expect(directives).toContain("object-src 'none'");
        expect(directives).toContain("base-uri 'none'");
        expect(directives).toContain("frame-ancestors 'none'");
        const scriptSrc = directives.find((directive) => directive.startsWith("script-src "));
        expect(scriptSrc, "script-src without unsafe-inline/unsafe-eval").toMatch(
          /^script-src 'self' 'nonce-[^']+'$/,
        );
        expect(headers["x-content-type-options"]).toBe("nosniff");
        expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
        expect(headers["x-powered-by"]).toBeUndefined();

        // Every script tag carries this response's nonce.
        const html = await response.text();
        const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scriptTags.length, "the page has scripts").toBeGreaterThan(0);
        const nonce = nonceOf(response);
        for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
      }
      expect(nonceOf(first)).not.toBe(nonceOf(second));
    });
  }

  test("the app runs under its CSP without violations", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/login");
    // Hydrated: client-side validation answers on blur (only JavaScript can do that here).
    await page.getByLabel(t("ja", "field.email"), { exact: true }).fill("not-an-email");
    await page.getByLabel(t("ja", "field.password"), { exact: true }).focus();
    await expect(page.getByText(t("ja", "form.email.invalid"))).toBeVisible();
    await page.goto("/signup");
    await page
      .getByRole("link", { name: t("ja", "footer.terms") })
      .first()
      .click();
    await expect(page).toHaveURL(/\/terms$/);
    expect(violations).toEqual([]);
  });
});

test("the session cookie is HttpOnly, SameSite=Lax and path-wide, and a new one is issued at login", async ({
  page,
}) => {
  const user = await signUpAndVerify(page);
  const response = await page.request.post("/login", {
    form: { email: user.email, password: user.password },
    headers: sameOriginHeaders(),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const setCookie = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value);
  const session = setCookie.find((value) => value.startsWith("enishi_session="));
  expect(session, `Set-Cookie headers: ${setCookie.join(" | ")}`).toBeTruthy();
  const attributes = session!.split(";").map((part) => part.trim().toLowerCase());
  expect(attributes).toContain("httponly");
  expect(attributes).toContain("samesite=lax");
  expect(attributes).toContain("path=/");
  expect(
    attributes.some(
      (attribute) => attribute.startsWith("expires=") || attribute.startsWith("max-age="),
    ),
  ).toBe(true);
  // Served over plain http on loopback: no Secure flag, so no __Host- prefix either.
  expect(attributes).not.toContain("secure");

  const stored = (await page.context().cookies()).find(
    (cookie) => cookie.name === "enishi_session",
  );
  expect(stored).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  const firstToken = stored!.value;
  expect(firstToken.length).toBeGreaterThanOrEqual(20);

  await page.goto("/");
  expect(await page.evaluate(() => document.cookie)).not.toContain("enishi_session");

  // Log out and in again: a different token; the old one no longer works.
  await page.request.post("/logout", { headers: sameOriginHeaders(), maxRedirects: 0 });
  await logIn(page, user.email, user.password);
  const second = (await page.context().cookies()).find(
    (cookie) => cookie.name === "enishi_session",
  );
  expect(second?.value).toBeTruthy();
  expect(second!.value).not.toBe(firstToken);
  const replay = await page.request.get("/settings", {
    headers: { Cookie: `enishi_session=${firstToken}` },
    maxRedirects: 0,
  });
  expect(replay.status(), "a logged-out session token is rejected").toBe(302);
  expect(replay.headers().location).toMatch(/^\/login/);
});

test("login never redirects to another origin", async ({ page }) => {
  const user = await signUpAndVerify(page);
  // Should anything try to leave, it fails instead of reaching the network.
  await page.route(
    (url) => url.hostname.endsWith("evil.test"),
    (route) => route.abort(),
  );
  for (const target of [
    "//evil.test",
    "/\\evil.test",
    "https://evil.test",
    "/%2F%2Fevil.test",
    "/.//evil.test",
  ]) {
    await page.goto(`/login?redirectTo=${encodeURIComponent(target)}`);
    await fillLogin(page, user.email, user.password, "ja");
    await expect(page, `after login with redirectTo=${target}`).not.toHaveURL(/\/login/);
    const url = new URL(page.url());
    expect(url.origin, `redirectTo=${target}`).toBe(baseURL);
    expect(url.hostname).not.toContain("evil");
    await expectLoggedInHeader(page, user.name, "ja");
    await page.request.post("/logout", { headers: sameOriginHeaders(), maxRedirects: 0 });
  }
  // The server's own answer, too (what a browser without JavaScript follows).
  const response = await page.request.post("/login", {
    form: { email: user.email, password: user.password, redirectTo: "//evil.test/path" },
    headers: sameOriginHeaders(),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe("/");
});

test.describe("access to admin pages", () => {
  test("a non-admin gets 403 on the admin pages and their data URLs", async ({ page }) => {
    await signedInUser(page, { role: "COMPANY_MEMBER" });
    for (const path of ["/admin/users", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ja", "error.403.title"));
      await expect(page.getByRole("table")).toHaveCount(0);

      const data = await page.request.get(`${path}.data`);
      expect(data.status(), `${path}.data`).toBe(403);
      const body = await data.text();
      expect(body).not.toContain("admin@enishi.example");
      expect(body).not.toContain("passwordHash");
    }
    // Posting the invite form directly is refused as well.
    const invite = await page.request.post("/admin/users", {
      form: { name: "Mallory", email: "mallory@e2e.example", role: "ADMIN", locale: "ja" },
      headers: sameOriginHeaders(),
      maxRedirects: 0,
    });
    expect(invite.status()).toBe(403);
  });

  test("anonymous visitors are sent to the login page", async ({ page }) => {
    for (const path of ["/admin/users", "/admin/audit", "/settings"]) {
      await page.goto(path);
      await expect(page).toHaveURL(`${baseURL}/login?redirectTo=${encodeURIComponent(path)}`);
      await expectLoggedOutHeader(page, "ja");
      const data = await page.request.get(`${path}.data`, { maxRedirects: 0 });
      const body = await data.text();
      expect(body, `${path}.data answers with a redirect to /login`).toContain(
        `/login?redirectTo=${encodeURIComponent(path)}`,
      );
      expect(body).not.toContain("@enishi.example");
    }
  });
});

test("user-supplied text is shown as text, in pages and in mail", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const name = `<img src=x onerror=alert(1)>"'&`;
  const user = await signedInUser(page, { name });
  await expectLoggedInHeader(page, name, "ja");
  await expect(page.locator("header img")).toHaveCount(0);

  // The verification mail: text version shown as text, HTML version escaped and served
  // (for the preview frame only) under its own locked-down policy.
  const mail = await readLatestMail(page, user.email, { subject: t("ja", "email.verify.subject") });
  expect(mail.text).toContain("<img src=x");
  await expect(page.getByTestId("mail-text").locator("img")).toHaveCount(0);
  await expect(page.locator("iframe[sandbox]")).toHaveAttribute("sandbox", "");
  const html = await page.request.get(`/dev/mailbox/${mail.id}/html`);
  expect(html.status()).toBe(200);
  expect(html.headers()["content-type"]).toContain("text/html");
  const policy = html.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("sandbox");
  expect(html.headers()["x-content-type-options"]).toBe("nosniff");
  const body = await html.text();
  expect(body).not.toContain("<img src=x");
  expect(body).toContain("&lt;img src=x");
  expect(dialogs).toEqual([]);
});
