import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { listAuditLog } from "~/modules/audit/audit.server";
import { requireRole } from "~/modules/auth/guards.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.audit.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  return { entries: await listAuditLog({ take: 200 }) };
}

export default function AdminAuditPage() {
  const t = useT();
  const locale = useLocale();
  const { entries } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("admin.audit.title")} lead={t("admin.audit.lead")} />
      <div className="overflow-x-auto rounded-lg border border-line bg-white">
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
                {t("admin.audit.ip")}
              </th>
              <th scope="col" className="p-3">
                {t("admin.audit.details")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-t border-line align-top">
                <td className="whitespace-nowrap p-3">{formatDateTime(locale, entry.createdAt)}</td>
                <td className="p-3 font-mono">{entry.action}</td>
                <td className="p-3">
                  {entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : "—"}
                </td>
                <td className="p-3">{entry.ipAddress ?? "—"}</td>
                <td className="p-3 font-mono text-xs">
                  {entry.metadata === "{}" ? "" : entry.metadata}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
