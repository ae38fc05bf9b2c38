import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { regionAssignmentSchema } from "~/modules/coordination/regions";
import { assignRegions, listCoordinatorRegions } from "~/modules/coordination/regions.server";
import { prefectureName, prefectures, regionBlocks } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "coordination.regions.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  return { coordinators: await listCoordinatorRegions() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireRole(request, context, ["ADMIN"]);
  const submission = parseWithZod(await request.formData(), { schema: regionAssignmentSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const saved = await assignRegions(admin, submission.value, requestMeta(request, context));
  if (!saved)
    return { result: submission.reply({ formErrors: ["coordination.regions.notCoordinator"] }) };
  return redirectWithToast("/admin/regions", {
    kind: "success",
    message: "coordination.regions.saved",
  });
}

export default function AdminRegionsPage() {
  const t = useT();
  const locale = useLocale();
  const { coordinators } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <PageHeader title={t("coordination.regions.title")} lead={t("coordination.regions.lead")} />
      <FormErrors errors={actionData?.result.error?.[""]} />
      {coordinators.length === 0 ? <p className="card">{t("coordination.regions.empty")}</p> : null}
      {coordinators.map((coordinator) => (
        <section
          key={coordinator.id}
          aria-labelledby={`coordinator-${coordinator.id}`}
          className="card space-y-4"
        >
          <h2 id={`coordinator-${coordinator.id}`} className="text-lg font-semibold">
            {coordinator.name}{" "}
            <span className="text-sm font-normal text-muted">{coordinator.email}</span>
          </h2>
          <p className="text-sm" data-testid="assigned">
            {coordinator.prefectures.length === 0
              ? t("coordination.regions.none")
              : coordinator.prefectures.map((code) => prefectureName(code, locale)).join("・")}
          </p>
          <Form method="post" className="space-y-4">
            <input type="hidden" name="userId" value={coordinator.id} />
            <fieldset className="space-y-3">
              <legend className="font-semibold">
                {t("coordination.regions.legend", { name: coordinator.name })}
              </legend>
              {regionBlocks.map((block) => (
                <fieldset key={block} className="rounded-md border border-line p-3">
                  <legend className="px-1 text-sm font-semibold">
                    {t(`coordination.block.${block}`)}
                  </legend>
                  <div className="flex flex-wrap gap-x-4 gap-y-2">
                    {prefectures
                      .filter((prefecture) => prefecture.region === block)
                      .map((prefecture) => {
                        const id = `region-${coordinator.id}-${prefecture.code}`;
                        return (
                          <span key={prefecture.code} className="flex items-center gap-1">
                            <input
                              type="checkbox"
                              id={id}
                              name="prefectures"
                              value={prefecture.code}
                              defaultChecked={coordinator.prefectures.includes(prefecture.code)}
                              className="size-4 accent-accent"
                            />
                            <label htmlFor={id}>{prefectureName(prefecture.code, locale)}</label>
                          </span>
                        );
                      })}
                  </div>
                </fieldset>
              ))}
            </fieldset>
            <StatusButton>{t("coordination.regions.save")}</StatusButton>
          </Form>
        </section>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
