import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requireRole } from "~/modules/auth/guards.server";
import { listSkills } from "~/modules/skills/admin.server";
import { skillListQuerySchema } from "~/modules/skills/schemas";
import { isSkillGroup, skillGroups } from "~/modules/skills/taxonomy";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, SelectField } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "skills.admin.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  const url = new URL(request.url);
  const query = skillListQuerySchema.parse(Object.fromEntries(url.searchParams));
  return { query, ...(await listSkills(query)) };
}

export default function AdminSkillsPage() {
  const t = useT();
  const locale = useLocale();
  const { query, skills, total, page, pageCount } = useLoaderData<typeof loader>();
  const pageLink = (target: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.group) params.set("group", query.group);
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return search ? `/admin/skills?${search}` : "/admin/skills";
  };
  const groupLabel = (group: string) => (isSkillGroup(group) ? t(`skills.group.${group}`) : group);
  return (
    <>
      <PageHeader title={t("skills.admin.title")} lead={t("skills.admin.lead")} />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <Form method="get" role="search" className="flex flex-wrap items-end gap-3">
          <Field
            label={t("skills.admin.searchLabel")}
            hint={t("skills.admin.searchHint")}
            inputProps={{ name: "q", type: "search", defaultValue: query.q, id: "skill-search" }}
          />
          <SelectField
            label={t("skills.field.group")}
            selectProps={{ name: "group", defaultValue: query.group ?? "", id: "skill-group" }}
          >
            <option value="">{t("skills.admin.allGroups")}</option>
            {skillGroups.map((group) => (
              <option key={group} value={group}>
                {t(`skills.group.${group}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="btn-secondary">
            {t("skills.admin.filter")}
          </button>
          {query.q || query.group ? (
            <Link to="/admin/skills" className="underline">
              {t("skills.admin.clear")}
            </Link>
          ) : null}
        </Form>
        <Link to="/admin/skills/new" className="btn-primary">
          {t("skills.admin.new")}
        </Link>
      </div>
      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading" className="mb-3 text-lg font-semibold">
          {t("skills.admin.count", { count: formatNumber(locale, total) })}
        </h2>
        {skills.length === 0 ? (
          <p className="text-muted">{t("skills.admin.empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-paper">
                <tr>
                  <th scope="col" className="p-3">
                    {t("skills.field.nameJa")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("skills.field.nameEn")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("skills.field.aliases")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("skills.field.group")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("skills.admin.usage")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("skills.admin.actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {skills.map((skill) => {
                  const name = locale === "ja" ? skill.nameJa : skill.nameEn;
                  return (
                    <tr key={skill.id} className="border-t border-line align-top">
                      <th scope="row" className="p-3 font-semibold" lang="ja">
                        {skill.nameJa}
                        <span className="block font-normal text-muted">
                          <code>{skill.slug}</code>
                        </span>
                      </th>
                      <td className="p-3" lang="en">
                        {skill.nameEn}
                      </td>
                      <td className="p-3">{skill.aliases.join(locale === "ja" ? "、" : ", ")}</td>
                      <td className="p-3">{groupLabel(skill.groupKey)}</td>
                      <td className="p-3 whitespace-nowrap">
                        {t("skills.admin.usageValue", {
                          challenges: formatNumber(locale, skill.challenges),
                          profiles: formatNumber(locale, skill.profiles),
                        })}
                      </td>
                      <td className="p-3 whitespace-nowrap">
                        <Link
                          to={`/admin/skills/${skill.id}`}
                          className="underline"
                          aria-label={t("skills.admin.editLabel", { name })}
                        >
                          {t("skills.admin.edit")}
                        </Link>{" "}
                        <Link
                          to={`/admin/skills/${skill.id}/delete`}
                          className="ml-3 text-danger underline"
                          aria-label={t("skills.admin.deleteLabel", { name })}
                        >
                          {t("skills.admin.delete")}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {pageCount > 1 ? (
          <nav aria-label={t("skills.admin.pagination")} className="mt-4 flex items-center gap-4">
            {page > 1 ? (
              <Link to={pageLink(page - 1)} className="btn-secondary" rel="prev">
                {t("skills.admin.previous")}
              </Link>
            ) : null}
            <span aria-current="page">{t("skills.admin.page", { page, pages: pageCount })}</span>
            {page < pageCount ? (
              <Link to={pageLink(page + 1)} className="btn-secondary" rel="next">
                {t("skills.admin.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
