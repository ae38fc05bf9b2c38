import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, logIn, newContext, t, toast } from "./support";

/** Ten days from today in Japan, as YYYY-MM-DD (the date inputs' format). */
function daysAhead(days: number) {
  return new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test("a company member scopes a challenge with the wizard, publishes it, and an anonymous visitor finds it", async ({
  page,
  browser,
}) => {
  const locale = "ja";
  const member = demoAccounts.companyShinshu;
  const title = `受発注のクラウド化と在庫の見える化 ${Date.now().toString(36)}`;
  await logIn(page, member.email, DEMO_PASSWORD, { locale });

  // From the member's company to its challenges, then the guided wizard.
  await page.goto("/company");
  await page.locator('main a[href^="/companies/"][href$="/challenges"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t(locale, "challenges.manage.title"),
  );
  await page.getByRole("link", { name: t(locale, "challenges.manage.wizard") }).click();

  // Step 1: category and title; the template and the preview follow what is typed.
  const steps = page.getByRole("navigation", { name: t(locale, "challenges.wizard.steps") });
  await expect(steps.locator('[aria-current="step"]')).toContainText(
    t(locale, "challenges.wizard.step1.short"),
  );
  await page
    .getByRole("combobox", { name: t(locale, "challenges.field.category") })
    .selectOption("DX_IT");
  await expect(
    page.getByRole("heading", { name: t(locale, "challenges.template.title") }),
  ).toBeVisible();
  await page.getByLabel(t(locale, "challenges.field.title")).fill(title);
  const preview = page.getByTestId("wizard-preview");
  await expect(preview).toContainText(title);
  await page.getByRole("button", { name: t(locale, "challenges.wizard.next") }).click();

  // Step 2: the situation, with guiding questions.
  await expect(page).toHaveURL(/step=2/);
  await expect(steps.locator('[aria-current="step"]')).toContainText(
    t(locale, "challenges.wizard.step2.short"),
  );
  await expect(page.getByText(t(locale, "challenges.wizard.step2.q1"))).toBeVisible();
  await page
    .getByLabel(t(locale, "challenges.field.summary"))
    .fill("FAX と Excel の受発注をクラウドに移し、転記と在庫のずれをなくします。");
  await page
    .getByLabel(t(locale, "challenges.field.background"))
    .fill("受注は FAX と電話、在庫は Excel で管理しており、転記ミスと欠品が月に数回起きています。");
  await page.getByRole("button", { name: t(locale, "challenges.wizard.next") }).click();

  // Step 3: success in 3–6 months, an example goal inserted from the template.
  await expect(page).toHaveURL(/step=3/);
  const outcome = page.getByLabel(t(locale, "challenges.field.successCriteria"));
  await page
    .getByRole("list", { name: t(locale, "challenges.wizard.insertExamples") })
    .first()
    .getByRole("button")
    .first()
    .click();
  await expect(outcome).not.toHaveValue("");
  await expect(preview).toContainText(await outcome.inputValue());
  await page
    .getByLabel(t(locale, "challenges.field.deliverables"))
    .fill("導入計画と操作マニュアル");
  await page.getByRole("button", { name: t(locale, "challenges.wizard.next") }).click();

  // Step 4: skills from the taxonomy, engagement and work style.
  await expect(page).toHaveURL(/step=4/);
  await page.getByLabel(t(locale, "challenges.field.requiredSkills")).fill("DX推進");
  await page.getByRole("checkbox", { name: t(locale, "reference.engagement.SIDE_JOB") }).check();
  await page.getByRole("radio", { name: t(locale, "reference.workStyle.HYBRID") }).check();
  await page.getByLabel(t(locale, "challenges.field.onsiteVisitsPerMonth")).fill("2");
  await page.getByRole("button", { name: t(locale, "challenges.wizard.next") }).click();

  // Step 5: time, pay and dates; the location starts as the company's.
  await expect(page).toHaveURL(/step=5/);
  await expect(page.getByRole("combobox", { name: t(locale, "reference.prefecture") })).toHaveValue(
    "20",
  );
  await page.getByLabel(t(locale, "challenges.field.hoursPerWeek")).fill("8");
  await page.getByLabel(t(locale, "challenges.field.durationMonths")).fill("6");
  await page.getByRole("radio", { name: t(locale, "reference.compensation.MONTHLY") }).check();
  await page.getByLabel(t(locale, "challenges.field.compensationMin")).fill("200000");
  await page.getByLabel(t(locale, "challenges.field.compensationMax")).fill("300000");
  await page.getByLabel(t(locale, "challenges.field.startDate")).fill(daysAhead(40));
  await page.getByLabel(t(locale, "challenges.field.applicationDeadline")).fill(daysAhead(20));
  await page.getByRole("button", { name: t(locale, "challenges.wizard.next") }).click();

  // Step 6: the checklist, then publish.
  await expect(page).toHaveURL(/step=6/);
  const checklist = page.locator("[data-checklist]");
  await expect(checklist).toHaveCount(12);
  await expect(page.locator('[data-checklist="outcome"]')).toContainText("✓");
  await expect(page.locator('[data-checklist="skills"]')).toContainText("✓");
  await page.getByRole("button", { name: t(locale, "challenges.wizard.publish") }).click();
  await expect(page).toHaveURL(/\/challenges\/c[a-z0-9]+$/);
  await expect(toast(page, locale, "challenges.wizard.published")).toBeVisible();
  const challengeUrl = new URL(page.url()).pathname;

  // A visitor who is not signed in finds it in the public list and opens it.
  const anonymous = await newContext(browser, locale);
  const visitor = await anonymous.newPage();
  await visitor.goto("/challenges");
  const card = visitor.getByRole("article").filter({ hasText: title });
  await expect(card).toContainText("信州精密工業株式会社");
  await card.getByRole("link", { name: title }).click();
  await expect(visitor).toHaveURL(challengeUrl);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByRole("link", { name: "信州精密工業株式会社" }).first()).toHaveAttribute(
    "href",
    /^\/companies\/c[a-z0-9]+$/,
  );
  await expect(visitor.getByText("DX推進")).toBeVisible();
  // No member controls for visitors.
  await expect(
    visitor.getByRole("button", { name: t(locale, "challenges.status.action.pause") }),
  ).toHaveCount(0);
  await expect(visitor.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  await expect(visitor.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  const jsonLd = JSON.parse(
    (await visitor.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  ) as Record<string, unknown>;
  expect(jsonLd).toMatchObject({
    "@type": "JobPosting",
    title,
    hiringOrganization: { name: "信州精密工業株式会社" },
  });
  await anonymous.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a wizard step is a plain form: server errors, then saved and on to the next step", async ({
    page,
  }) => {
    const locale = "ja";
    await logIn(page, demoAccounts.companyTosa.email, DEMO_PASSWORD, { locale });
    await page.goto("/company");
    const manage = page.locator('main a[href^="/companies/"][href$="/challenges"]').first();
    const href = await manage.getAttribute("href");
    await page.goto(`${href}/wizard`);
    expect(await page.evaluate(() => "__remixRouter" in window).catch(() => false)).toBe(false);

    await page.getByRole("button", { name: t(locale, "challenges.wizard.next") }).click();
    await expect(page.getByText(t(locale, "challenges.errors.category"))).toBeVisible();
    await expect(page.getByLabel(t(locale, "challenges.field.title"))).toHaveAttribute(
      "aria-invalid",
      "true",
    );

    const title = `ゆず果汁の台湾向け輸出 ${Date.now().toString(36)}`;
    await page
      .getByRole("combobox", { name: t(locale, "challenges.field.category") })
      .selectOption("OVERSEAS");
    await page.getByLabel(t(locale, "challenges.field.title")).fill(title);
    await page.getByRole("button", { name: t(locale, "challenges.wizard.next") }).click();
    await expect(page).toHaveURL(/\?id=c[a-z0-9]+&step=2$/);
    // The preview and the template are rendered by the server from the saved draft.
    await expect(page.getByTestId("wizard-preview")).toContainText(title);
    await expect(
      page.getByRole("heading", { name: t(locale, "challenges.template.title") }),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: t(locale, "challenges.wizard.back") }),
    ).toBeVisible();
  });
});
