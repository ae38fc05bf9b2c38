import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { inPrefectures, requireCoordinator } from "~/modules/coordination/regions.server";
import { subsidySchema } from "~/modules/coordination/subsidies";
import {
  deleteScheme,
  schemeInRegion,
  updateScheme,
} from "~/modules/coordination/subsidies.server";
import { SubsidyForm } from "~/modules/coordination/subsidies-form";
import { prefectureCodes } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "coordination.subsidies.editTitle");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { prefectures } = await requireCoordinator(request, context);
  const scheme = await schemeInRegion(prefectures, params.schemeId ?? "");
  return { scheme, prefectures: prefectures ?? [...prefectureCodes] };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const scheme = await schemeInRegion(prefectures, params.schemeId ?? "");
  const actor = { id: user.id, ipAddress: requestMeta(request, context).ipAddress };
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    await deleteScheme(actor, scheme.id);
    return redirectWithToast("/console/subsidies", {
      kind: "success",
      message: "coordination.subsidies.deleted",
    });
  }
  const submission = parseWithZod(formData, { schema: subsidySchema });
  if (submission.status !== "success") return { result: submission.reply() };
  if (!inPrefectures(prefectures)(submission.value.prefectureCode)) {
    return {
      result: submission.reply({
        fieldErrors: { prefectureCode: ["coordination.errors.notYourPrefecture"] },
      }),
    };
  }
  await updateScheme(actor, scheme.id, submission.value);
  return redirectWithToast("/console/subsidies", {
    kind: "success",
    message: "coordination.subsidies.saved",
  });
}

export default function EditSubsidyPage() {
  const t = useT();
  const { scheme, prefectures } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to="/console/subsidies">{t("coordination.subsidies.back")}</Link>
      </p>
      <PageHeader title={t("coordination.subsidies.editTitle")} lead={scheme.name} />
      <section className="card">
        <SubsidyForm
          id="edit-scheme"
          prefectures={prefectures}
          defaultValue={{
            prefectureCode: scheme.prefectureCode,
            name: scheme.name,
            description: scheme.description,
            coverage: scheme.coverage,
            maxAmountYen: scheme.maxAmountYen ? String(scheme.maxAmountYen) : "",
            url: scheme.url ?? "",
            startsOn: scheme.startsOn ?? "",
            endsOn: scheme.endsOn ?? "",
            active: scheme.active ? "on" : "",
          }}
          lastResult={actionData?.result}
          submitLabel={t("coordination.subsidies.save")}
        />
      </section>
      <section aria-labelledby="delete-scheme-heading" className="card space-y-3">
        <h2 id="delete-scheme-heading" className="text-lg font-semibold">
          {t("coordination.subsidies.deleteTitle")}
        </h2>
        <p className="text-sm text-muted">
          {t("coordination.subsidies.deleteHint", { count: scheme.matchCount })}
        </p>
        <Form method="post">
          <StatusButton name="intent" value="delete" variant="danger">
            {t("coordination.subsidies.delete")}
          </StatusButton>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
