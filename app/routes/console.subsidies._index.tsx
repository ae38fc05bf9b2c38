import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { inPrefectures, requireCoordinator } from "~/modules/coordination/regions.server";
import { subsidySchema, type SubsidyCoverage } from "~/modules/coordination/subsidies";
import { createScheme, listSchemes } from "~/modules/coordination/subsidies.server";
import { SubsidyForm } from "~/modules/coordination/subsidies-form";
import { prefectureCodes, prefectureName } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "coordination.subsidies.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { prefectures } = await requireCoordinator(request, context);
  return {
    schemes: await listSchemes(prefectures),
    prefectures: prefectures ?? [...prefectureCodes],
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const submission = parseWithZod(await request.formData(), { schema: subsidySchema });
  if (submission.status !== "success") return { result: submission.reply() };
  if (!inPrefectures(prefectures)(submission.value.prefectureCode)) {
    return {
      result: submission.reply({
        fieldErrors: { prefectureCode: ["coordination.errors.notYourPrefecture"] },
      }),
    };
  }
  await createScheme(
    { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
    submission.value,
  );
  return redirectWithToast("/console/subsidies", {
    kind: "success",
    message: "coordination.subsidies.created",
  });
}

export default function SubsidiesPage() {
  const t = useT();
  const locale = useLocale();
  const { schemes, prefectures } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("coordination.subsidies.title")}
        lead={t("coordination.subsidies.lead")}
      />
      <section aria-labelledby="schemes-heading" className="space-y-3">
        <h2 id="schemes-heading" className="text-xl font-semibold">
          {t("coordination.subsidies.listTitle", { count: schemes.length })}
        </h2>
        {schemes.length === 0 ? (
          <p className="card">{t("coordination.subsidies.empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-paper">
                <tr>
                  <th scope="col" className="p-3">
                    {t("coordination.subsidies.name")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("coordination.subsidies.prefecture")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("coordination.subsidies.coverage")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("coordination.subsidies.maxAmount")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("coordination.subsidies.period")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("coordination.subsidies.state")}
                  </th>
                  <th scope="col" className="p-3">
                    {t("coordination.subsidies.matches")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {schemes.map((scheme) => (
                  <tr key={scheme.id} className="border-t border-line" data-testid="scheme">
                    <td className="p-3">
                      <Link to={`/console/subsidies/${scheme.id}`}>{scheme.name}</Link>
                    </td>
                    <td className="p-3">{prefectureName(scheme.prefectureCode, locale)}</td>
                    <td className="p-3">
                      {t(`coordination.coverage.${scheme.coverage as SubsidyCoverage}`)}
                    </td>
                    <td className="p-3">
                      {scheme.maxAmountYen
                        ? t("coordination.subsidies.yen", {
                            amount: formatNumber(locale, scheme.maxAmountYen),
                          })
                        : "—"}
                    </td>
                    <td className="p-3">
                      {scheme.startsOn ?? ""}〜{scheme.endsOn ?? ""}
                    </td>
                    <td className="p-3">
                      {t(
                        scheme.active
                          ? "coordination.subsidies.activeState"
                          : "coordination.subsidies.inactiveState",
                      )}
                    </td>
                    <td className="p-3">{formatNumber(locale, scheme.matchCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="new-scheme-heading" className="card space-y-4">
        <h2 id="new-scheme-heading" className="text-lg font-semibold">
          {t("coordination.subsidies.new")}
        </h2>
        {prefectures.length === 0 ? (
          <p>{t("coordination.noRegions")}</p>
        ) : (
          <SubsidyForm
            id="new-scheme"
            prefectures={prefectures}
            defaultValue={{
              prefectureCode: prefectures.length === 1 ? prefectures[0] : "",
              coverage: "TRAVEL",
              active: "on",
            }}
            lastResult={actionData?.result}
            submitLabel={t("coordination.subsidies.create")}
          />
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
