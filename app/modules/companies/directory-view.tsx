import { Form, Link } from "@remix-run/react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { industries, industryName } from "~/modules/reference/industries";
import { prefectureName, prefectures } from "~/modules/reference/prefectures";
import type { EmployeesBandCode } from "~/modules/reference/work";
import type { DirectoryQuery } from "./schemas";

/** The directory's filters: a GET form, so results are linkable and work without JavaScript. */
export function DirectoryFilters({ query }: { query: DirectoryQuery }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Form
      method="get"
      role="search"
      aria-label={t("companies.directory.filters")}
      className="card mb-6 grid items-end gap-4 md:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <div>
        <label htmlFor="q" className="mb-1 block font-semibold">
          {t("companies.directory.search")}
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q} className="input" />
      </div>
      <div>
        <label htmlFor="prefecture" className="mb-1 block font-semibold">
          {t("companies.field.prefecture")}
        </label>
        <select
          id="prefecture"
          name="prefecture"
          defaultValue={query.prefecture ?? ""}
          className="input"
        >
          <option value="">{t("companies.directory.any")}</option>
          {prefectures.map((prefecture) => (
            <option key={prefecture.code} value={prefecture.code}>
              {prefecture[locale]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="industry" className="mb-1 block font-semibold">
          {t("companies.field.industry")}
        </label>
        <select id="industry" name="industry" defaultValue={query.industry ?? ""} className="input">
          <option value="">{t("companies.directory.any")}</option>
          {industries.map((industry) => (
            <option key={industry.code} value={industry.code}>
              {industry[locale]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-primary">
        {t("companies.directory.apply")}
      </button>
    </Form>
  );
}

type Row = {
  id: string;
  name: string;
  prefectureCode: string;
  municipality: string;
  industryCode: string;
  employeesBand: EmployeesBandCode;
  memberCount: number;
  openChallengeCount: number;
};

export function DirectoryTable({ items }: { items: Row[] }) {
  const t = useT();
  const locale = useLocale();
  return items.length === 0 ? (
    <p className="card">{t("companies.directory.empty")}</p>
  ) : (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("companies.directory.title")}</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="p-3">
              {t("companies.field.name")}
            </th>
            <th scope="col" className="p-3">
              {t("companies.directory.location")}
            </th>
            <th scope="col" className="p-3">
              {t("companies.field.industry")}
            </th>
            <th scope="col" className="p-3">
              {t("companies.field.employees")}
            </th>
            <th scope="col" className="p-3 text-right">
              {t("companies.directory.members")}
            </th>
            <th scope="col" className="p-3 text-right">
              {t("companies.directory.openChallenges")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((company) => (
            <tr key={company.id} className="border-t border-line">
              <th scope="row" className="p-3 font-semibold">
                <Link to={`/companies/${company.id}`}>{company.name}</Link>
              </th>
              <td className="p-3">
                {prefectureName(company.prefectureCode, locale)} {company.municipality}
              </td>
              <td className="p-3">{industryName(company.industryCode, locale)}</td>
              <td className="p-3">{t(`reference.employees.${company.employeesBand}`)}</td>
              <td className="p-3 text-right">{formatNumber(locale, company.memberCount)}</td>
              <td className="p-3 text-right">{formatNumber(locale, company.openChallengeCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
