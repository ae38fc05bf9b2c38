import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatDateTime, formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { searchAuditLog } from "~/modules/audit/audit.server";
import { auditFilterSchema, auditRoleFilters, auditSearch } from "~/modules/audit/filters";
import { requireRole } from "~/modules/auth/guards.server";
import { roleLabelKeys } from "~/modules/auth/roles";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { ScrollRegion } from "~/modules/coordination/reports-view";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.audit.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  const filters = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { filters, ...(await searchAuditLog(filters)) };
}

export default function AdminAuditPage() {
  const t = useT();
  const locale = useLocale();
  const { filters, entries, total, page, pages, actions } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("admin.audit.title")} lead={t("console.audit.lead")} />
      <Form
        method="get"
        className="card mb-6 grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-5"
        aria-label={t("console.audit.filter.title")}
      >
        <div>
          <label htmlFor="audit-role" className="mb-1 block font-semibold">
            {t("console.audit.filter.role")}
          </label>
          <select id="audit-role" name="role" className="input" defaultValue={filters.role ?? ""}>
            <option value="">{t("console.audit.filter.anyRole")}</option>
            {auditRoleFilters.map((role) => (
              <option key={role} value={role}>
                {role === "STAFF" ? t("console.audit.filter.staff") : t(roleLabelKeys[role])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className="mb-1 block font-semibold">
            {t("console.audit.filter.action")}
          </label>
          <select
            id="audit-action"
            name="action"
            className="input"
            defaultValue={filters.action ?? ""}
          >
            <option value="">{t("console.audit.filter.anyAction")}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="mb-1 block font-semibold">
            {t("console.audit.filter.from")}
          </label>
          <input
            id="audit-from"
            name="from"
            type="date"
            className="input"
            defaultValue={filters.from ?? ""}
          />
        </div>
        <div>
          <label htmlFor="audit-to" className="mb-1 block font-semibold">
            {t("console.audit.filter.to")}
          </label>
          <input
            id="audit-to"
            name="to"
            type="date"
            className="input"
            defaultValue={filters.to ?? ""}
          />
        </div>
        <div className="flex items-end">
          <button type="submit" className="btn-primary w-full">
            {t("console.filter.apply")}
          </button>
        </div>
      </Form>
      <p className="mb-2 text-sm text-muted" role="status">
        {t("console.audit.count", { count: formatNumber(locale, total) })}
      </p>
      {entries.length === 0 ? (
        <p>{t("console.audit.empty")}</p>
      ) : (
        <ScrollRegion label={t("admin.audit.title")}>
          <table className="w-full text-left text-sm">
            <thead className="bg-paper">
              <tr>
                <th scope="col" className="p-3">
                  {t("admin.audit.when")}
                </th>
                <th scope="col" className="p-3">
                  {t("admin.audit.action")}
                </th>
                <th scope="col" className="p-3">
                  {t("admin.audit.actor")}
                </th>
                <th scope="col" className="p-3">
                  {t("console.audit.role")}
                </th>
                <th scope="col" className="p-3">
                  {t("console.audit.target")}
                </th>
                <th scope="col" className="p-3">
                  {t("admin.audit.ip")}
                </th>
                <th scope="col" className="p-3">
                  {t("admin.audit.details")}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const staff = entry.actor?.role === "COORDINATOR" || entry.actor?.role === "ADMIN";
                return (
                  <tr
                    key={entry.id}
                    className={`border-t border-line align-top ${staff ? "bg-accent-soft" : ""}`}
                  >
                    <td className="whitespace-nowrap p-3">
                      {formatDateTime(locale, entry.createdAt)}
                    </td>
                    <td className="p-3 font-mono">{entry.action}</td>
                    <td className="p-3">
                      {entry.actor
                        ? `${entry.actor.name} <${entry.actor.email}>`
                        : t("console.audit.system")}
                    </td>
                    <td className={`p-3 ${staff ? "font-semibold" : ""}`}>
                      {entry.actor ? t(roleLabelKeys[entry.actor.role]) : "—"}
                    </td>
                    <td className="p-3 font-mono text-xs">
                      {entry.targetType ? `${entry.targetType} ${entry.targetId ?? ""}` : "—"}
                    </td>
                    <td className="p-3">{entry.ipAddress ?? "—"}</td>
                    <td className="p-3 font-mono text-xs break-all">
                      {entry.metadata === "{}" ? "" : entry.metadata}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {pages > 1 ? (
        <nav aria-label={t("console.audit.pages")} className="mt-4 flex items-center gap-4">
          {page > 1 ? (
            <Link to={`/admin/audit${auditSearch(filters, page - 1)}`} rel="prev">
              {t("console.audit.previous")}
            </Link>
          ) : null}
          <span>{t("console.audit.page", { page, pages })}</span>
          {page < pages ? (
            <Link to={`/admin/audit${auditSearch(filters, page + 1)}`} rel="next">
              {t("console.audit.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
