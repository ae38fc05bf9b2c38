import { expect, test } from "./fixtures";
import { logIn, signUpAndVerify, t, toast } from "./support";

// Every profile form works as a plain HTML form, rows added and removed included.
test.use({ javaScriptEnabled: false });

const locale = "ja";

test("without JavaScript: add, fill, remove and save rows; errors come back next to the field", async ({
  page,
}) => {
  const pro = await signUpAndVerify(page, { locale, role: "PROFESSIONAL" });
  await logIn(page, pro.email, pro.password, { locale });

  await page.goto("/profile/skills");
  expect(await page.evaluate(() => "__remixRouter" in window).catch(() => false)).toBe(false);
  await expect(page.getByText(t(locale, "professionals.skills.empty"))).toBeVisible();
  const add = page.getByRole("button", { name: t(locale, "professionals.skills.add") });
  await add.click();
  await add.click();
  const first = page.getByRole("group", {
    name: t(locale, "professionals.skills.row", { number: 1 }),
  });
  const second = page.getByRole("group", {
    name: t(locale, "professionals.skills.row", { number: 2 }),
  });
  await expect(second).toBeVisible();
  await first.getByLabel(t(locale, "professionals.field.skillName")).fill("存在しないスキル");
  await first.getByLabel(t(locale, "professionals.field.years")).fill("3");
  await second.getByLabel(t(locale, "professionals.field.skillName")).fill("kintone");
  await second.getByLabel(t(locale, "professionals.field.years")).fill("4");
  await page.getByRole("button", { name: t(locale, "common.save"), exact: true }).click();

  // The unknown name is reported on its own row, and nothing typed is lost.
  const error = t(locale, "reference.errors.unknownSkills", { names: "存在しないスキル" });
  await expect(first.getByText(error)).toBeVisible();
  await expect(first.getByLabel(t(locale, "professionals.field.skillName"))).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(second.getByLabel(t(locale, "professionals.field.skillName"))).toHaveValue(
    "kintone",
  );

  // Remove the bad row; the other moves up and saves.
  await first
    .getByRole("button", {
      name: t(locale, "professionals.rows.remove", {
        item: t(locale, "professionals.skills.row", { number: 1 }),
      }),
    })
    .click();
  await expect(page.getByRole("group", { name: /スキル \d/ })).toHaveCount(1);
  await expect(first.getByLabel(t(locale, "professionals.field.skillName"))).toHaveValue("kintone");
  await page.getByRole("button", { name: t(locale, "common.save"), exact: true }).click();
  await expect(toast(page, locale, "professionals.saved")).toBeVisible();
  await expect(first.getByLabel(t(locale, "professionals.field.skillName"))).toHaveValue("kintone");
  await expect(first.getByLabel(t(locale, "professionals.field.years"))).toHaveValue("4");

  // Hometown ties: several rows, and a privacy change.
  await page.goto("/profile/regions");
  await page.getByRole("checkbox", { name: "長野県" }).check();
  const addTie = page.getByRole("button", { name: t(locale, "professionals.ties.add") });
  await addTie.click();
  const tie = page.getByRole("group", { name: t(locale, "professionals.ties.row", { number: 1 }) });
  await tie.getByRole("combobox", { name: t(locale, "reference.prefecture") }).selectOption("20");
  await tie
    .getByRole("combobox", { name: t(locale, "professionals.field.tieKind") })
    .selectOption("BIRTHPLACE");
  await page.getByRole("button", { name: t(locale, "common.save"), exact: true }).click();
  await expect(toast(page, locale, "professionals.saved")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "長野県" })).toBeChecked();
  await expect(
    tie.getByRole("combobox", { name: t(locale, "professionals.field.tieKind") }),
  ).toHaveValue("BIRTHPLACE");

  await page.goto("/profile/privacy");
  await page.getByRole("radio", { name: t(locale, "reference.visibility.HIDDEN") }).check();
  await page.getByRole("button", { name: t(locale, "professionals.privacy.submit") }).click();
  await expect(toast(page, locale, "professionals.privacy.saved")).toBeVisible();
  await expect(
    page.getByRole("radio", { name: t(locale, "reference.visibility.HIDDEN") }),
  ).toBeChecked();

  // The overview's meter counts what was filled in.
  await page.goto("/profile");
  await expect(page.getByTestId("completeness-percent")).toHaveText("10%");
});
