import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound, forbidden } from "~/lib/http.server";
import { useT } from "~/lib/i18n/react";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { redirectWithToast } from "~/lib/toast.server";
import { canSaveSearch, isSearchKind, savedSearchLimit } from "~/modules/alerts/kinds";
import { SavedSearchCard } from "~/modules/alerts/saved-search-card";
import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  renameSavedSearch,
  setSavedSearchFrequency,
} from "~/modules/alerts/saved-searches.server";
import { savedSearchActionSchema } from "~/modules/alerts/schemas";
import { requireUser } from "~/modules/auth/guards.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "alerts.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const searches = await listSavedSearches(user.id);
  return {
    searches: searches.flatMap((row) =>
      isSearchKind(row.kind) ? [{ ...row, kind: row.kind }] : [],
    ),
    canSearchProfessionals: canSaveSearch(user.role, "professionals"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: savedSearchActionSchema });
  const fetched = formData.get("mode") === "fetch";
  const back = safeRedirectPath(formData.get("redirectTo"), "/searches");
  if (submission.status !== "success") {
    if (formData.get("intent") === "create" && !fetched) {
      const error = Object.values(submission.error ?? {}).flat()[0] ?? "alerts.errors.query";
      return redirectWithToast(back, { kind: "error", message: error ?? "alerts.errors.query" });
    }
    return data(
      { id: String(formData.get("id") ?? ""), result: submission.reply(), saved: false },
      { status: 400 },
    );
  }
  const value = submission.value;
  switch (value.intent) {
    case "create": {
      if (!canSaveSearch(user.role, value.kind)) forbidden();
      const outcome = await createSavedSearch(user, value);
      if (!outcome.ok) {
        const result =
          outcome.field === "form"
            ? submission.reply({ formErrors: [outcome.error] })
            : submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } });
        if (!fetched) return redirectWithToast(back, { kind: "error", message: outcome.error });
        return data({ id: "", result, saved: false }, { status: 400 });
      }
      if (fetched) return { id: outcome.id, result: submission.reply(), saved: true };
      return redirectWithToast(back, { kind: "success", message: "alerts.toast.saved" });
    }
    case "rename":
      if (!(await renameSavedSearch(user.id, value.id, value.name))) notFound();
      return redirectWithToast("/searches", { kind: "success", message: "alerts.toast.renamed" });
    case "frequency":
      if (!(await setSavedSearchFrequency(user.id, value.id, value.frequency))) notFound();
      return redirectWithToast("/searches", { kind: "success", message: "alerts.toast.frequency" });
    case "delete":
      if (!(await deleteSavedSearch(user.id, value.id))) notFound();
      return redirectWithToast("/searches", { kind: "success", message: "alerts.toast.deleted" });
  }
}

export default function SavedSearchesPage() {
  const t = useT();
  const { searches, canSearchProfessionals } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader title={t("alerts.title")} lead={t("alerts.lead")} />
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <p className="text-sm text-muted">
          {t("alerts.count", { count: searches.length, limit: savedSearchLimit })}
        </p>
        <Link className="btn-secondary" to="/challenges">
          {t("alerts.searchChallenges")}
        </Link>
        {canSearchProfessionals ? (
          <Link className="btn-secondary" to="/pros">
            {t("alerts.searchProfessionals")}
          </Link>
        ) : null}
      </div>
      {searches.length === 0 ? (
        <p className="card">{t("alerts.empty")}</p>
      ) : (
        <ul className="space-y-4">
          {searches.map((search) => (
            <SavedSearchCard
              key={search.id}
              search={search}
              lastResult={actionData?.id === search.id ? actionData.result : null}
            />
          ))}
        </ul>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
