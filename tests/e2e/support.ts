/**
 * Shared helpers for the browser tests. Every helper fails loudly (with what it was
 * waiting for) instead of returning something half-done.
 */
import { randomBytes } from "node:crypto";
import {
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "@playwright/test";
import { en } from "../../app/lib/i18n/messages/en";
import { ja } from "../../app/lib/i18n/messages/ja";
import { DEMO_PASSWORD, demoAccounts } from "../../prisma/demo-accounts";

export { DEMO_PASSWORD, demoAccounts };

export type Locale = "ja" | "en";
export type MessageKey = keyof typeof ja;
export type SelfServiceRole = "PROFESSIONAL" | "COMPANY_MEMBER";

const catalogs: Record<Locale, Record<MessageKey, string>> = { ja, en };

/** The app's own text for `key` in `locale`, with `{param}` filled in. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}) {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Browser-context options that make the app pick `locale` through Accept-Language. */
export function contextOptionsFor(locale: Locale) {
  return { locale: locale === "ja" ? "ja-JP" : "en-US" };
}

export const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

/** A fresh address for one test: the database is shared by every test of the run. */
export function uniqueEmail(label = "user") {
  return `e2e-${label}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}@e2e.example`;
}

export function uniquePassword() {
  return `pass-${randomBytes(6).toString("hex")}-phrase`;
}

export type TestUser = {
  email: string;
  password: string;
  name: string;
  locale: Locale;
  role: SelfServiceRole;
};

/** Headers for a same-origin form POST sent with `page.request` (not a browser navigation). */
export function sameOriginHeaders(locale?: Locale) {
  return {
    Origin: baseURL,
    ...(locale ? { "Accept-Language": locale === "ja" ? "ja-JP,ja;q=0.9" : "en-US,en;q=0.9" } : {}),
  };
}

export type Mail = { id: string; subject: string; to: string; text: string; links: string[] };

/**
 * The newest mail to `to` (optionally: whose subject contains `subject`), read from the
 * dev mailbox page and its text version. Mail is sent by a background drainer, so the
 * list is reloaded until it shows up.
 */
export async function readLatestMail(
  page: Page,
  to: string,
  { subject }: { subject?: string } = {},
): Promise<Mail> {
  const list = `/dev/mailbox?to=${encodeURIComponent(to)}`;
  await page.goto(list);
  const links = page.locator("main ul li a[href^='/dev/mailbox/']");
  const matching = subject ? links.filter({ hasText: subject }) : links;
  await expect(async () => {
    if ((await matching.count()) === 0) {
      await page.goto(list);
      expect(
        await matching.count(),
        `a mail to ${to}${subject ? ` about "${subject}"` : ""} in ${list}`,
      ).toBeGreaterThan(0);
    }
  }).toPass({ timeout: 15_000, intervals: [250, 250, 500, 1000] });
  const first = matching.first();
  const href = await first.getAttribute("href");
  const listedSubject = (await first.textContent())?.trim() ?? "";
  await page.goto(href!);
  const body = page.getByTestId("mail-text");
  await expect(
    body,
    `the text version of ${href} (is /dev/mailbox/<id> rendering the message, not the list?)`,
  ).toBeVisible();
  const text = (await body.textContent()) ?? "";
  const hrefs = await body
    .locator("a")
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  return {
    id: href!.split("/").pop()!,
    subject: listedSubject,
    to,
    text,
    links: [...new Set(hrefs)],
  };
}

/** The one link in `mail` whose path starts with `pathname` (e.g. "/verify-email"). */
export function linkIn(mail: Mail, pathname: string) {
  const found = mail.links.filter((href) => new URL(href).pathname === pathname);
  expect(
    found,
    `a ${pathname} link in mail "${mail.subject}": ${mail.links.join(", ")}`,
  ).toHaveLength(1);
  const url = new URL(found[0]!);
  expect(url.origin, "mail links point at the app").toBe(baseURL);
  return url.pathname + url.search;
}

/**
 * A new, verified account. Sign-up and confirmation go through the real pages (the
 * confirm button, not just the link); the browser ends signed out on /login.
 */
export async function signUpAndVerify(
  page: Page,
  {
    locale = "ja",
    role = "PROFESSIONAL",
    name,
    password,
  }: { locale?: Locale; role?: SelfServiceRole; name?: string; password?: string } = {},
): Promise<TestUser> {
  const user: TestUser = {
    email: uniqueEmail(role === "PROFESSIONAL" ? "pro" : "company"),
    password: password ?? uniquePassword(),
    name:
      name ??
      (locale === "ja"
        ? `テスト 太郎${randomBytes(2).toString("hex")}`
        : `Test User ${randomBytes(2).toString("hex")}`),
    locale,
    role,
  };
  await signUpByRequest(page, user);
  await verifyFromMailbox(page, user.email, locale);
  return user;
}

/** Posts the sign-up form straight to the server (no verification). */
export async function signUpByRequest(
  page: Page,
  user: Pick<TestUser, "email" | "password" | "name" | "locale"> & { role?: SelfServiceRole },
) {
  const response = await page.request.post("/signup", {
    form: {
      role: user.role ?? "PROFESSIONAL",
      name: user.name,
      email: user.email,
      password: user.password,
      agreeToTerms: "on",
    },
    headers: sameOriginHeaders(user.locale),
    maxRedirects: 0,
  });
  expect(response.status(), "sign-up answers with a redirect").toBe(302);
  expect(response.headers().location).toBe("/verify-email?sent=1");
}

/** Fills and submits the sign-up form already on screen, as a person would. */
export async function fillSignup(
  page: Page,
  user: Pick<TestUser, "email" | "password" | "name" | "role">,
  locale: Locale,
) {
  await page.getByRole("radio", { name: t(locale, `role.${user.role}`) }).check();
  await page.getByLabel(t(locale, "field.name"), { exact: true }).fill(user.name);
  await page.getByLabel(t(locale, "field.email"), { exact: true }).fill(user.email);
  await page.getByLabel(t(locale, "field.password"), { exact: true }).fill(user.password);
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: t(locale, "auth.signup.submit") }).click();
}

/** A new, verified user, signed in on `page`. */
export async function signedInUser(
  page: Page,
  options: Parameters<typeof signUpAndVerify>[1] = {},
): Promise<TestUser> {
  const user = await signUpAndVerify(page, options);
  await logIn(page, user.email, user.password, { locale: user.locale });
  return user;
}

/** The same user signed in from a second browser; close its context when done. */
export async function signInFromAnotherBrowser(browser: Browser, user: TestUser) {
  const context = await newContext(browser, user.locale);
  const page = await context.newPage();
  await logIn(page, user.email, user.password, { locale: user.locale });
  return { context, page };
}

/** Opens the verification mail's link and presses the confirm button. */
export async function verifyFromMailbox(page: Page, email: string, locale: Locale) {
  const mail = await readLatestMail(page, email, { subject: t(locale, "email.verify.subject") });
  await page.goto(linkIn(mail, "/verify-email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t(locale, "auth.verify.confirmTitle"),
  );
  await page.getByRole("button", { name: t(locale, "auth.verify.confirm") }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(
    page.getByRole("status").filter({ hasText: t(locale, "auth.verify.done") }),
  ).toBeVisible();
}

/** Logs in through the login page and waits until the browser has left it. */
export async function logIn(
  page: Page,
  email: string,
  password: string,
  { locale = "ja" }: { locale?: Locale } = {},
) {
  await page.goto("/login");
  await fillLogin(page, email, password, locale);
  await expect(page, `logged in as ${email}`).not.toHaveURL(/\/login/);
}

/** Fills and submits the login form already on screen. */
export async function fillLogin(page: Page, email: string, password: string, locale: Locale) {
  await page.getByLabel(t(locale, "field.email")).fill(email);
  await page.getByLabel(t(locale, "field.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: t(locale, "auth.login.submit"), exact: true }).click();
}

/** A second browser (its own cookies), in `locale`. */
export async function newContext(
  browser: Browser,
  locale: Locale = "ja",
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({ ...contextOptionsFor(locale), ...options });
}

/** The visible header (the mobile copy inside <details> is hidden at desktop width). */
export function header(page: Page): Locator {
  return page.getByRole("banner");
}

/** The signed-in name shown in the header. */
export function headerName(page: Page, name: string) {
  return header(page).getByText(name, { exact: true }).filter({ visible: true });
}

export async function expectLoggedInHeader(page: Page, name: string, locale: Locale) {
  await expect(headerName(page, name)).toBeVisible();
  await expect(header(page).getByRole("button", { name: t(locale, "nav.logout") })).toBeVisible();
}

export async function expectLoggedOutHeader(page: Page, locale: Locale) {
  await expect(
    header(page).getByRole("link", { name: t(locale, "nav.login"), exact: true }),
  ).toBeVisible();
  await expect(
    header(page).getByRole("link", { name: t(locale, "nav.signup"), exact: true }),
  ).toBeVisible();
  await expect(header(page).getByRole("button", { name: t(locale, "nav.logout") })).toHaveCount(0);
}

/** The toast a redirect left behind. */
export function toast(page: Page, locale: Locale, key: MessageKey) {
  return page.getByRole("status").filter({ hasText: t(locale, key) });
}
