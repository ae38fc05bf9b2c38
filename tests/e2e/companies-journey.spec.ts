import { expect, test } from "./fixtures";
import {
  invitationFromMailbox,
  invite,
  registerCompany,
  sampleCompany,
  tinyPng,
} from "./companies-support";
import {
  DEMO_PASSWORD,
  demoAccounts,
  headerName,
  logIn,
  newContext,
  signedInUser,
  t,
  toast,
  uniqueEmail,
  uniquePassword,
} from "./support";

test("an owner registers a company, invites a teammate who signs up from the mail, then hands over ownership", async ({
  page,
  browser,
}) => {
  const locale = "ja";
  const owner = await signedInUser(page, { locale, role: "COMPANY_MEMBER" });

  // No company yet: /company offers to register one.
  await page.goto("/company");
  await expect(page.getByText(t(locale, "companies.mine.emptyTitle"))).toBeVisible();
  await page.getByRole("link", { name: t(locale, "companies.mine.create") }).click();
  await expect(page).toHaveURL(/\/company\/new$/);

  const company = sampleCompany(`招待${Date.now().toString(36)}`);
  const companyId = await registerCompany(page, locale, company);
  await expect(toast(page, locale, "companies.new.created")).toBeVisible();
  await expect(page.getByText("長野県 諏訪市")).toBeVisible();
  await expect(page.getByRole("link", { name: company.website })).toHaveAttribute(
    "rel",
    "noopener nofollow ugc",
  );

  // Invite a teammate by email.
  await page.getByRole("link", { name: t(locale, "companies.nav.members") }).click();
  await expect(page).toHaveURL(`/companies/${companyId}/members`);
  const teammateEmail = uniqueEmail("teammate");
  await invite(page, locale, teammateEmail);
  const pending = page.getByRole("region", { name: t(locale, "companies.invite.pendingTitle") });
  await expect(pending.getByText(teammateEmail)).toBeVisible();

  // The teammate, in another browser, opens the link from the dev mailbox and signs up.
  const teammateContext = await newContext(browser, locale);
  const teammate = await teammateContext.newPage();
  const { mail, path } = await invitationFromMailbox(teammate, teammateEmail, company.name);
  expect(mail.text).toContain(owner.name);
  await teammate.goto(path);
  await expect(teammate.getByRole("heading", { level: 1 })).toHaveText(
    t(locale, "companies.invitation.heading", { company: company.name }),
  );
  await expect(teammate.getByLabel(t(locale, "field.email"), { exact: true })).toHaveValue(
    teammateEmail,
  );
  const teammateName = "招待 次郎";
  await teammate.getByLabel(t(locale, "field.name"), { exact: true }).fill(teammateName);
  await teammate.getByLabel(t(locale, "field.password"), { exact: true }).fill(uniquePassword());
  await teammate.getByRole("checkbox").check();
  await teammate
    .getByRole("button", { name: t(locale, "companies.invitation.signupSubmit") })
    .click();

  // Signed in, in the company.
  await expect(teammate).toHaveURL(`/companies/${companyId}`);
  await expect(toast(teammate, locale, "companies.invitation.joined")).toBeVisible();
  await expect(headerName(teammate, teammateName)).toBeVisible();
  await teammate.goto("/company");
  await expect(teammate.getByRole("link", { name: company.name })).toBeVisible();
  // The link is used up.
  const reused = await teammate.goto(path);
  expect(reused?.status()).toBe(410);

  // The owner sees the teammate and hands ownership over.
  await page.reload();
  await expect(page.getByRole("cell", { name: teammateEmail })).toBeVisible();
  await expect(pending.getByText(teammateEmail)).toHaveCount(0);
  await page
    .getByRole("combobox", { name: t(locale, "companies.transfer.to") })
    .selectOption({ label: teammateName });
  await page.getByLabel(t(locale, "companies.transfer.confirm")).check();
  await page.getByRole("button", { name: t(locale, "companies.transfer.submit") }).click();
  await expect(toast(page, locale, "companies.transfer.done")).toBeVisible();
  const teammateRow = page.getByRole("row").filter({ hasText: teammateName });
  await expect(
    teammateRow.getByRole("cell", { name: t(locale, "companies.role.OWNER") }),
  ).toBeVisible();
  // The former owner no longer has the owner's tools.
  await expect(
    page.getByRole("heading", { name: t(locale, "companies.invite.title") }),
  ).toHaveCount(0);

  // The new owner has them.
  await teammate.goto(`/companies/${companyId}/members`);
  await expect(
    teammate.getByRole("heading", { name: t(locale, "companies.invite.title") }),
  ).toBeVisible();
  await teammateContext.close();
});

test("members edit the company and its logo; a non-image is refused", async ({ page }) => {
  const locale = "ja";
  await signedInUser(page, { locale, role: "COMPANY_MEMBER" });
  const company = sampleCompany(`ロゴ${Date.now().toString(36)}`);
  const companyId = await registerCompany(page, locale, company);

  await page.getByRole("link", { name: t(locale, "companies.nav.edit") }).click();
  await expect(page).toHaveURL(`/companies/${companyId}/edit`);
  await page
    .getByLabel(t(locale, "companies.logo.upload"))
    .setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from("<svg/>") });
  await page.getByRole("button", { name: t(locale, "companies.edit.submit") }).click();
  await expect(page.getByText(t(locale, "companies.image.unsupportedType"))).toBeVisible();

  await page
    .getByLabel(t(locale, "companies.logo.upload"))
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: tinyPng });
  await page.getByLabel(t(locale, "companies.field.municipality"), { exact: true }).fill("茅野市");
  await page.getByRole("button", { name: t(locale, "companies.edit.submit") }).click();
  await expect(page).toHaveURL(`/companies/${companyId}`);
  await expect(toast(page, locale, "companies.edit.saved")).toBeVisible();
  await expect(page.getByText("長野県 茅野市")).toBeVisible();
  const logo = page.getByRole("img", {
    name: t(locale, "companies.logo.alt", { name: company.name }),
  });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  const served = await page.request.get((await logo.getAttribute("src"))!);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(served.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("staff find companies in the directory", async ({ page }) => {
  const locale = "ja";
  await signedInUser(page, { locale, role: "COMPANY_MEMBER" });
  const company = sampleCompany(`名簿${Date.now().toString(36)}`);
  await registerCompany(page, locale, company);
  // Company members have no directory.
  expect((await page.goto("/companies"))?.status()).toBe(403);

  await page.context().clearCookies();
  await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD, { locale });
  await page.goto("/companies");
  await page.getByLabel(t(locale, "companies.directory.search")).fill(company.name);
  await page
    .getByLabel(t(locale, "companies.field.prefecture"), { exact: true })
    .selectOption("20");
  await page.getByRole("button", { name: t(locale, "companies.directory.apply") }).click();
  await expect(page).toHaveURL(/prefecture=20/);
  await expect(page.getByText(t(locale, "companies.directory.count", { count: 1 }))).toBeVisible();
  await page.getByRole("link", { name: company.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(company.name);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("register a company and invite someone with plain forms", async ({ page }) => {
    const locale = "ja";
    await signedInUser(page, { locale, role: "COMPANY_MEMBER" });
    const company = sampleCompany(`NoJS${Date.now().toString(36)}`);
    // A server-side validation error keeps what was typed.
    await page.goto("/company/new");
    await page.getByLabel(t(locale, "companies.field.name"), { exact: true }).fill(company.name);
    await page.getByRole("button", { name: t(locale, "companies.new.submit") }).click();
    await expect(page.getByText(t(locale, "reference.errors.prefecture"))).toBeVisible();
    await expect(page.getByLabel(t(locale, "companies.field.name"), { exact: true })).toHaveValue(
      company.name,
    );
    const companyId = await registerCompany(page, locale, company);
    await page.goto(`/companies/${companyId}/members`);
    const email = uniqueEmail("nojs-invite");
    await invite(page, locale, email);
    // Revoke it again.
    await page
      .getByRole("button", { name: t(locale, "companies.invite.revokeNamed", { email }) })
      .click();
    await expect(toast(page, locale, "companies.invite.revoked")).toBeVisible();
  });
});
