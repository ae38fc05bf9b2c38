import { expect, test } from "./fixtures";
import { signedInAdmin, uniqueSkill } from "./skills-support";
import { t, toast } from "./support";

test.describe("the skills taxonomy editor (demo admin, Japanese)", () => {
  test("adds a skill, finds it by an alias, edits it and deletes it", async ({ page }) => {
    const skill = uniqueSkill("add");
    await signedInAdmin(page, "ja");
    await page.goto("/admin/skills");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ja", "skills.admin.title"));
    // The seeded taxonomy is there.
    await expect(page.getByRole("rowheader", { name: /Webマーケティング/ })).toBeVisible();

    await page.getByRole("link", { name: t("ja", "skills.admin.new") }).click();
    await expect(page).toHaveURL(/\/admin\/skills\/new$/);
    await page.getByLabel(t("ja", "skills.field.slug")).fill(skill.slug);
    await page.getByLabel(t("ja", "skills.field.nameJa")).fill(skill.nameJa);
    await page.getByLabel(t("ja", "skills.field.nameEn")).fill(skill.nameEn);
    await page.getByLabel(t("ja", "skills.field.aliases")).fill(`${skill.alias}、e2e-alias`);
    await page
      .getByRole("combobox", { name: t("ja", "skills.field.group") })
      .selectOption("it-dev");
    await page.getByRole("button", { name: t("ja", "skills.new.submit") }).click();
    await expect(toast(page, "ja", "skills.toast.created")).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: skill.slug });
    await expect(row).toContainText(skill.nameJa);
    await expect(row).toContainText(skill.alias);
    await expect(row).toContainText(t("ja", "skills.group.it-dev"));

    // Search finds it by its alias, in another width.
    await page.getByLabel(t("ja", "skills.admin.searchLabel")).fill(skill.alias.toUpperCase());
    await page.getByRole("button", { name: t("ja", "skills.admin.filter") }).click();
    await expect(
      page.getByRole("heading", { name: t("ja", "skills.admin.count", { count: 1 }) }),
    ).toBeVisible();

    // Edit: new English name and group; the slug stays.
    await page
      .getByRole("link", { name: t("ja", "skills.admin.editLabel", { name: skill.nameJa }) })
      .click();
    await expect(page.getByText(skill.slug, { exact: true })).toBeVisible();
    await page.getByLabel(t("ja", "skills.field.nameEn")).fill(`${skill.nameEn} (edited)`);
    await page.getByRole("combobox", { name: t("ja", "skills.field.group") }).selectOption("data");
    await page.getByRole("button", { name: t("ja", "skills.edit.submit") }).click();
    await expect(toast(page, "ja", "skills.toast.updated")).toBeVisible();
    await expect(row).toContainText(`${skill.nameEn} (edited)`);
    await expect(row).toContainText(t("ja", "skills.group.data"));

    // Delete, after a confirmation that says it is unused.
    await page
      .getByRole("link", { name: t("ja", "skills.admin.deleteLabel", { name: skill.nameJa }) })
      .click();
    await expect(page.getByText(t("ja", "skills.delete.unused"))).toBeVisible();
    await page.getByRole("button", { name: t("ja", "skills.delete.submit") }).click();
    await expect(toast(page, "ja", "skills.toast.deleted")).toBeVisible();
    await page.goto(`/admin/skills?q=${skill.slug}`);
    await expect(page.getByText(t("ja", "skills.admin.empty"))).toBeVisible();
  });

  test("shows a name taken by another skill next to the field, keeping what was typed", async ({
    page,
  }) => {
    const skill = uniqueSkill("clash");
    await signedInAdmin(page, "ja");
    await page.goto("/admin/skills/new");
    await page.getByLabel(t("ja", "skills.field.slug")).fill(skill.slug);
    await page.getByLabel(t("ja", "skills.field.nameJa")).fill("でじたるまーけてぃんぐ");
    await page.getByLabel(t("ja", "skills.field.nameEn")).fill(skill.nameEn);
    await page
      .getByRole("combobox", { name: t("ja", "skills.field.group") })
      .selectOption("marketing");
    await page.getByRole("button", { name: t("ja", "skills.new.submit") }).click();
    const nameJa = page.getByLabel(t("ja", "skills.field.nameJa"));
    await expect(nameJa).toHaveAttribute("aria-invalid", "true");
    await expect(
      page.getByText(
        t("ja", "skills.errors.nameTaken", {
          name: "でじたるまーけてぃんぐ",
          other: "Webマーケティング",
        }),
      ),
    ).toBeVisible();
    await expect(page.getByLabel(t("ja", "skills.field.slug"))).toHaveValue(skill.slug);
    await expect(page.getByLabel(t("ja", "skills.field.nameEn"))).toHaveValue(skill.nameEn);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the editor still adds and edits a skill, and shows errors from the server", async ({
    page,
  }) => {
    const skill = uniqueSkill("nojs");
    await signedInAdmin(page, "ja");
    await page.goto("/admin/skills/new");
    await page.getByLabel(t("ja", "skills.field.slug")).fill("Not A Slug!");
    await page.getByLabel(t("ja", "skills.field.nameJa")).fill(skill.nameJa);
    await page.getByRole("button", { name: t("ja", "skills.new.submit") }).click();
    await expect(page.getByText(t("ja", "skills.errors.slug"))).toBeVisible();
    await expect(page.getByText(t("ja", "skills.errors.group"))).toBeVisible();
    await expect(page.getByLabel(t("ja", "skills.field.nameJa"))).toHaveValue(skill.nameJa);

    await page.getByLabel(t("ja", "skills.field.slug")).fill(skill.slug);
    await page.getByLabel(t("ja", "skills.field.nameEn")).fill(skill.nameEn);
    await page.getByRole("combobox", { name: t("ja", "skills.field.group") }).selectOption("hr");
    await page.getByRole("button", { name: t("ja", "skills.new.submit") }).click();
    await expect(toast(page, "ja", "skills.toast.created")).toBeVisible();
    await page
      .getByRole("link", { name: t("ja", "skills.admin.editLabel", { name: skill.nameJa }) })
      .click();
    await page.getByLabel(t("ja", "skills.field.aliases")).fill(skill.alias);
    await page.getByRole("button", { name: t("ja", "skills.edit.submit") }).click();
    await expect(toast(page, "ja", "skills.toast.updated")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: skill.slug })).toContainText(skill.alias);
  });
});
