import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { formatDate, formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { reindexPercent, reindexStatus } from "~/modules/search/reindex.server";
import { ReindexState, SynonymForm } from "~/modules/search/synonym-form";
import { synonymGroupSchema } from "~/modules/search/synonyms";
import { createSynonymGroup, listSynonymGroups } from "~/modules/search/synonyms.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "search.synonyms.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  const status = reindexStatus();
  return { ...(await listSynonymGroups()), status, percent: reindexPercent(status) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireRole(request, context, ["ADMIN"]);
  const submission = parseWithZod(await request.formData(), { schema: synonymGroupSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const locale = await resolveLocale(request, admin);
  const outcome = await createSynonymGroup(
    submission.value,
    admin,
    locale,
    requestMeta(request, context),
  );
  if (!outcome.ok) return { result: submission.reply({ fieldErrors: outcome.fieldErrors }) };
  return redirectWithToast("/admin/synonyms", {
    kind: "success",
    message: "search.synonyms.created",
  });
}

export default function AdminSynonymsPage() {
  const t = useT();
  const locale = useLocale();
  const { builtIn, groups, status, percent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const separator = locale === "ja" ? "・" : ", ";
  return (
    <>
      <PageHeader title={t("search.synonyms.title")} lead={t("search.synonyms.lead")} />
      <ReindexState status={status} percent={percent} />
      <section aria-labelledby="add-synonyms-heading" className="card mb-8">
        <h2 id="add-synonyms-heading" className="mb-4 text-lg font-semibold">
          {t("search.synonyms.addTitle")}
        </h2>
        <SynonymForm
          id="synonyms-add"
          lastResult={actionData?.result}
          submitLabel={t("search.synonyms.add")}
        />
      </section>
      <section aria-labelledby="custom-synonyms-heading" className="mb-8">
        <h2 id="custom-synonyms-heading" className="mb-3 text-lg font-semibold">
          {t("search.synonyms.customTitle", { count: formatNumber(locale, groups.length) })}
        </h2>
        {groups.length === 0 ? (
          <p className="text-muted">{t("search.synonyms.customEmpty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-paper">
                <tr>
                  <th scope="col" className="p-3">
                    {t("search.synonyms.terms")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("search.synonyms.updatedAt")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("search.synonyms.actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {groups.map((group) => (
                  <tr key={group.id} className="border-t border-line align-top">
                    <td className="p-3" lang="ja">
                      {group.terms.join(separator)}
                    </td>
                    <td className="p-3 whitespace-nowrap">{formatDate(locale, group.updatedAt)}</td>
                    <td className="p-3">
                      <Link
                        to={`/admin/synonyms/${group.id}`}
                        className="underline"
                        aria-label={t("search.synonyms.editLabel", { name: group.terms[0] ?? "" })}
                      >
                        {t("search.synonyms.edit")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="builtin-synonyms-heading">
        <h2 id="builtin-synonyms-heading" className="mb-2 text-lg font-semibold">
          {t("search.synonyms.builtInTitle", { count: formatNumber(locale, builtIn.length) })}
        </h2>
        <p className="mb-3 text-sm text-muted">{t("search.synonyms.builtInLead")}</p>
        <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3" lang="ja">
          {builtIn.map((terms) => (
            <li key={terms[0]}>{terms.join(separator)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
