/**
 * "Save this search" for the search pages (/challenges, /pros). Posts to /searches: without
 * JavaScript the browser follows the redirect back here with a toast; with JavaScript a
 * fetcher posts it in place and shows "saved ✓" at once.
 */
import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Link, useFetcher, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useLocale, useT } from "~/lib/i18n/react";
import { ErrorList, Field, FormErrors, SelectField } from "~/ui/field";
import { alertFrequencies, canSaveSearch, type SearchKind } from "./kinds";
import { createSavedSearchSchema } from "./schemas";
import { defaultSearchName } from "./summary";
import type { SaveSearchResponse } from "./types";

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

type RootData = { user: { name: string; role: string } | null } | undefined;

export function SaveSearchForm({ kind, query }: { kind: SearchKind; query: string }) {
  const t = useT();
  const location = useLocation();
  const root = useRouteLoaderData("root") as RootData;
  const here = location.pathname + location.search;
  if (!root?.user) {
    return (
      <p className="text-sm">
        <Link to={`/login?${new URLSearchParams({ redirectTo: here })}`}>
          {t("alerts.save.login")}
        </Link>
      </p>
    );
  }
  if (!canSaveSearch(root.user.role, kind)) return null;
  return <SaveForm key={`${kind}?${query}`} kind={kind} query={query} redirectTo={here} />;
}

function SaveForm({
  kind,
  query,
  redirectTo,
}: {
  kind: SearchKind;
  query: string;
  redirectTo: string;
}) {
  const t = useT();
  const locale = useLocale();
  const hydrated = useHydrated();
  const fetcher = useFetcher<SaveSearchResponse>({ key: `save-search:${kind}?${query}` });
  const submitting = fetcher.state !== "idle";
  const saved = submitting || fetcher.data?.saved === true;
  const [form, fields] = useForm({
    id: `save-search-${kind}`,
    lastResult: submitting ? undefined : fetcher.data?.result,
    constraint: getZodConstraint(createSavedSearchSchema),
    defaultValue: { name: defaultSearchName(kind, query, locale), frequency: "WEEKLY" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createSavedSearchSchema }),
    shouldValidate: "onBlur",
  });

  if (saved) {
    return (
      <p role="status" className="card flex flex-wrap items-center gap-3 text-sm">
        <span className="font-semibold text-success">{t("alerts.save.saved")}</span>
        <Link to="/searches">{t("alerts.save.manage")}</Link>
      </p>
    );
  }

  return (
    <details className="card text-sm" open={Boolean(form.errors?.length) || undefined}>
      <summary className="cursor-pointer font-semibold">{t("alerts.save.legend")}</summary>
      <fetcher.Form
        method="post"
        action="/searches"
        className="mt-3 flex flex-wrap items-end gap-3"
        {...getFormProps(form)}
      >
        <input type="hidden" name="intent" value="create" />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="query" value={query} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        {hydrated ? <input type="hidden" name="mode" value="fetch" /> : null}
        <div className="w-full">
          <FormErrors id={form.errorId} errors={form.errors} />
        </div>
        <Field
          className="min-w-48 flex-1"
          label={t("alerts.field.name")}
          errors={fields.name.errors}
          inputProps={getInputProps(fields.name, { type: "text" })}
        />
        <SelectField
          label={t("alerts.field.frequency")}
          errors={fields.frequency.errors}
          selectProps={getSelectProps(fields.frequency)}
        >
          {alertFrequencies.map((frequency) => (
            <option key={frequency} value={frequency}>
              {t(`alerts.frequency.${frequency}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="btn-primary">
          {t("alerts.save.submit")}
        </button>
        <ErrorList errors={fields.query.errors ?? fields.kind.errors} />
      </fetcher.Form>
    </details>
  );
}
