/** Helpers for the companies browser tests. */
import { expect, type Page } from "@playwright/test";
import { readLatestMail, t, type Locale, type Mail } from "./support";

export const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

export type CompanyInput = {
  name: string;
  prefectureCode: string;
  municipality: string;
  industryCode: string;
  employeesBand: string;
  foundedYear?: string;
  website?: string;
  description?: string;
};

export function sampleCompany(label: string): CompanyInput {
  return {
    name: `${label} 精密工業株式会社`,
    prefectureCode: "20",
    municipality: "諏訪市",
    industryCode: "E",
    employeesBand: "E50_99",
    foundedYear: "1962",
    website: "https://example.jp/company",
    description: "精密部品の切削加工。\n試作から量産まで。",
  };
}

/** Fills the company form on screen (new or edit). */
export async function fillCompanyForm(page: Page, locale: Locale, company: CompanyInput) {
  await page.getByLabel(t(locale, "companies.field.name"), { exact: true }).fill(company.name);
  await page
    .getByLabel(t(locale, "companies.field.prefecture"), { exact: true })
    .selectOption(company.prefectureCode);
  await page
    .getByLabel(t(locale, "companies.field.municipality"), { exact: true })
    .fill(company.municipality);
  await page
    .getByLabel(t(locale, "companies.field.industry"), { exact: true })
    .selectOption(company.industryCode);
  await page
    .getByLabel(t(locale, "companies.field.employees"), { exact: true })
    .selectOption(company.employeesBand);
  await page
    .getByLabel(t(locale, "companies.field.foundedYear"), { exact: true })
    .fill(company.foundedYear ?? "");
  await page
    .getByLabel(t(locale, "companies.field.website"), { exact: true })
    .fill(company.website ?? "");
  await page
    .getByLabel(t(locale, "companies.field.description"), { exact: true })
    .fill(company.description ?? "");
}

/** Registers a company through /company/new; returns its id (from the page it lands on). */
export async function registerCompany(page: Page, locale: Locale, company: CompanyInput) {
  await page.goto("/company/new");
  await fillCompanyForm(page, locale, company);
  await page.getByRole("button", { name: t(locale, "companies.new.submit") }).click();
  await expect(page).toHaveURL(/\/companies\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(company.name);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Sends an invitation from the members page (already open). */
export async function invite(page: Page, locale: Locale, email: string) {
  await page.getByLabel(t(locale, "companies.invite.email"), { exact: true }).fill(email);
  await page.getByRole("button", { name: t(locale, "companies.invite.submit") }).click();
  await expect(
    page.getByRole("status").filter({ hasText: t(locale, "companies.invite.sent") }),
  ).toBeVisible();
}

/** The invitation mail to `email` and the path of its link. */
export async function invitationFromMailbox(page: Page, email: string, companyName: string) {
  const mail: Mail = await readLatestMail(page, email, { subject: companyName });
  const links = mail.links.filter((href) => new URL(href).pathname.startsWith("/invitations/"));
  expect(links, `an /invitations/ link in ${mail.links.join(", ")}`).toHaveLength(1);
  const url = new URL(links[0]!);
  return { mail, path: url.pathname };
}
