import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, logIn, sameOriginHeaders, t, toast } from "./support";

const coordinator = demoAccounts.coordinatorNagano;
const locale = coordinator.locale;

/** A small companies CSV (UTF-8 with BOM): two good rows and, on row 3, a bad prefecture. */
function companiesCsv(tag: string) {
  const rows = [
    "会社名,都道府県,市区町村,業種,従業員数,設立年",
    `E2E精密${tag},長野県,松本市,製造業,10〜49人,1990`,
    `E2E商事${tag},アトランティス,港区,卸売業、小売業,1-9,`,
    `E2E農園${tag},高知,香美市,A,5,2010`,
  ];
  return Buffer.from(`\ufeff${rows.join("\r\n")}\r\n`, "utf8");
}

test("a coordinator uploads a CSV with a bad row, sees it, and imports the good rows", async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  await logIn(page, coordinator.email, DEMO_PASSWORD, { locale });
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(locale, "imports.title"));

  await page.getByRole("radio", { name: t(locale, "imports.kind.COMPANIES") }).check();
  await page.getByLabel(t(locale, "imports.upload.file"), { exact: true }).setInputFiles({
    name: `companies-${tag}.csv`,
    mimeType: "text/csv",
    buffer: companiesCsv(tag),
  });
  await page.getByRole("button", { name: t(locale, "imports.upload.submit") }).click();

  await expect(page).toHaveURL(/\/import\/c[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 2, name: `companies-${tag}.csv` })).toBeVisible();
  await expect(page.getByTestId("import-total")).toHaveText("3");
  await expect(page.getByTestId("import-valid")).toHaveText("2");
  await expect(page.getByTestId("import-invalid")).toHaveText("1");
  const errors = page.getByTestId("import-error");
  await expect(errors).toHaveCount(1);
  await expect(errors.first().getByRole("cell")).toHaveText([
    t(locale, "imports.errors.rowRef", { row: 3 }),
    "prefecture",
    t(locale, "imports.errors.prefecture", { value: "アトランティス" }),
  ]);
  // The error list downloads as `row N: field: message` lines.
  const download = await page.request.get(`${new URL(page.url()).pathname}/errors.txt`);
  expect(await download.text()).toBe(
    `${t(locale, "imports.errors.rowRef", { row: 3 })}: prefecture: ${t(locale, "imports.errors.prefecture", { value: "アトランティス" })}\r\n`,
  );

  await page.getByRole("button", { name: t(locale, "imports.job.runValid", { count: 2 }) }).click();
  await expect(toast(page, locale, "imports.job.started")).toBeVisible();
  // The page refreshes itself while the job runs.
  await expect(page.getByTestId("import-status")).toHaveText(t(locale, "imports.status.DONE"));
  await expect(page.getByTestId("import-result")).toHaveText(
    t(locale, "imports.job.done", { count: 2 }),
  );
  await expect(
    page.getByRole("button", { name: t(locale, "imports.job.runValid", { count: 2 }) }),
  ).toHaveCount(0);

  // The job is listed on /import.
  await page.goto("/import");
  await expect(page.getByRole("cell", { name: `companies-${tag}.csv` })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a JSON upload with an error imports nothing when all-or-nothing is chosen", async ({
    page,
  }) => {
    const tag = Date.now().toString(36);
    await logIn(page, coordinator.email, DEMO_PASSWORD, { locale });
    await page.goto("/import");
    await page.getByRole("radio", { name: t(locale, "imports.kind.COMPANIES") }).check();
    await page.getByLabel(t(locale, "imports.upload.file"), { exact: true }).setInputFiles({
      name: `companies-${tag}.json`,
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify([
          {
            name: `NoJS工業${tag}`,
            prefecture: 20,
            municipality: "長野市",
            industry: "E",
            employees_band: "E1_9",
          },
          { name: `NoJS商店${tag}`, prefecture: "長野", municipality: "" },
        ]),
      ),
    });
    await page.getByRole("button", { name: t(locale, "imports.upload.submit") }).click();
    await expect(page).toHaveURL(/\/import\/c[a-z0-9]+$/);
    await expect(page.getByTestId("import-error")).toHaveCount(3); // municipality, industry, band
    await page.getByRole("button", { name: t(locale, "imports.job.runAll") }).click();
    await expect(page.getByTestId("import-status")).toHaveText(t(locale, "imports.status.DONE"));
    await expect(page.getByTestId("import-result")).toHaveText(t(locale, "imports.job.doneNone"));
  });

  test("the upload form reports a missing file from the server", async ({ page }) => {
    await logIn(page, coordinator.email, DEMO_PASSWORD, { locale });
    await page.goto("/import");
    await page.getByRole("radio", { name: t(locale, "imports.kind.CHALLENGES") }).check();
    await page.getByRole("button", { name: t(locale, "imports.upload.submit") }).click();
    await expect(page.getByText(t(locale, "imports.upload.fileRequired"))).toBeVisible();
    await expect(
      page.getByRole("radio", { name: t(locale, "imports.kind.CHALLENGES") }),
    ).toBeChecked();
  });
});

test("a file over 10 MB is refused while it uploads, with a clear message", async ({ page }) => {
  await logIn(page, coordinator.email, DEMO_PASSWORD, { locale });
  const response = await page.request.post("/import", {
    headers: sameOriginHeaders(locale),
    multipart: {
      kind: "COMPANIES",
      file: { name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(11 * 1024 * 1024, 65) },
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain(t(locale, "imports.upload.tooLarge"));
});

test("a professional is refused /import", async ({ page }) => {
  await logIn(page, demoAccounts.proSato.email, DEMO_PASSWORD, { locale: "ja" });
  const response = await page.goto("/import");
  expect(response?.status()).toBe(403);
});
