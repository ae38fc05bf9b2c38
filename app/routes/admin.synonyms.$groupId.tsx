import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { SynonymForm } from "~/modules/search/synonym-form";
import { formatTermsText, synonymGroupSchema } from "~/modules/search/synonyms";
import {
  deleteSynonymGroup,
  getSynonymGroup,
  updateSynonymGroup,
} from "~/modules/search/synonyms.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "search.synonyms.editTitle");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  const group = await getSynonymGroup(params.groupId ?? "");
  if (!group) notFound();
  return { group };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, context, ["ADMIN"]);
  const id = params.groupId ?? "";
  const formData = await request.formData();
  const meta = requestMeta(request, context);
  if (formData.get("intent") === "delete") {
    if (!(await deleteSynonymGroup(id, admin, meta))) notFound();
    return redirectWithToast("/admin/synonyms", {
      kind: "success",
      message: "search.synonyms.deleted",
    });
  }
  const submission = parseWithZod(formData, { schema: synonymGroupSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const locale = await resolveLocale(request, admin);
  const outcome = await updateSynonymGroup(id, submission.value, admin, locale, meta);
  if (!outcome) notFound();
  if (!outcome.ok) return { result: submission.reply({ fieldErrors: outcome.fieldErrors }) };
  return redirectWithToast("/admin/synonyms", {
    kind: "success",
    message: "search.synonyms.updated",
  });
}

export default function EditSynonymGroupPage() {
  const t = useT();
  const { group } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/admin/synonyms" className="underline">
          {t("search.synonyms.back")}
        </Link>
      </p>
      <PageHeader title={t("search.synonyms.editTitle")} />
      <div className="card mb-6">
        <SynonymForm
          id="synonyms-edit"
          lastResult={actionData?.result}
          defaultTerms={formatTermsText(group.terms)}
          submitLabel={t("search.synonyms.save")}
        />
      </div>
      <Form method="post">
        <StatusButton variant="danger" name="intent" value="delete">
          {t("search.synonyms.delete")}
        </StatusButton>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
