/** One saved search on /searches: what it looks for, and forms to rename, re-time or delete it. */
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { Field, SelectField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { alertFrequencies, searchPath, type AlertFrequencyCode, type SearchKind } from "./kinds";
import { frequencySavedSearchSchema, renameSavedSearchSchema } from "./schemas";
import { summarizeSearch } from "./summary";

export type SavedSearchRow = {
  id: string;
  kind: SearchKind;
  name: string;
  query: string;
  frequency: AlertFrequencyCode;
  lastNotifiedAt: string | Date;
};

export function SavedSearchCard({
  search,
  lastResult,
}: {
  search: SavedSearchRow;
  /** the action's answer when it was about this row */
  lastResult?: SubmissionResult<string[]> | null;
}) {
  const t = useT();
  const locale = useLocale();
  const headingId = `saved-search-${search.id}`;
  const [renameForm, renameFields] = useForm({
    id: `rename-${search.id}`,
    lastResult,
    constraint: getZodConstraint(renameSavedSearchSchema),
    defaultValue: { name: search.name },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: renameSavedSearchSchema }),
    shouldValidate: "onBlur",
  });
  const [frequencyForm, frequencyFields] = useForm({
    id: `frequency-${search.id}`,
    constraint: getZodConstraint(frequencySavedSearchSchema),
    defaultValue: { frequency: search.frequency },
  });
  return (
    <li className="card space-y-4" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h2 id={headingId} className="text-lg font-semibold break-words">
            {search.name}
          </h2>
          <p className="text-sm text-muted">
            <span className="mr-2 rounded bg-accent-soft px-2 py-0.5 text-accent-strong">
              {t(`alerts.kind.${search.kind}`)}
            </span>
            {t("alerts.conditions", {
              summary: summarizeSearch(search.kind, search.query, locale),
            })}
          </p>
          <p className="text-sm text-muted">
            {t(`alerts.frequency.${search.frequency}`)} ·{" "}
            {t("alerts.lastSent", { date: formatDateTime(locale, search.lastNotifiedAt) })}
          </p>
        </div>
        <Link className="btn-secondary" to={searchPath(search.kind, search.query)}>
          {t("alerts.open")}
        </Link>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Form method="post" className="flex items-end gap-2" {...getFormProps(renameForm)}>
          <input type="hidden" name="id" value={search.id} />
          <Field
            className="flex-1"
            label={t("alerts.field.name")}
            errors={renameFields.name.errors}
            inputProps={getInputProps(renameFields.name, { type: "text" })}
          />
          <StatusButton variant="secondary" name="intent" value="rename">
            {t("alerts.rename")}
          </StatusButton>
        </Form>
        <Form method="post" className="flex items-end gap-2" {...getFormProps(frequencyForm)}>
          <input type="hidden" name="id" value={search.id} />
          <div className="flex-1">
            <SelectField
              label={t("alerts.field.frequency")}
              errors={frequencyFields.frequency.errors}
              selectProps={{
                id: frequencyFields.frequency.id,
                name: frequencyFields.frequency.name,
                defaultValue: search.frequency,
              }}
            >
              {alertFrequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`alerts.frequency.${frequency}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <StatusButton variant="secondary" name="intent" value="frequency">
            {t("alerts.changeFrequency")}
          </StatusButton>
        </Form>
      </div>
      <Form method="post">
        <input type="hidden" name="id" value={search.id} />
        <StatusButton
          variant="danger"
          name="intent"
          value="delete"
          aria-label={t("alerts.deleteLabel", { name: search.name })}
        >
          {t("alerts.delete")}
        </StatusButton>
      </Form>
    </li>
  );
}
