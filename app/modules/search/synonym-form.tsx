import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { ErrorList, FormErrors } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import type { ReindexStatus } from "./reindex.server";
import { synonymGroupSchema } from "./synonyms";

/**
 * The admin's synonym group form (add and edit): one textarea of words. A plain POST
 * form; the same schema checks it here and on the server, which also refuses words
 * already in another group.
 */
export function SynonymForm({
  id,
  lastResult,
  defaultTerms,
  submitLabel,
}: {
  id: string;
  lastResult?: SubmissionResult<string[]> | null;
  defaultTerms?: string;
  submitLabel: string;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id,
    lastResult,
    constraint: getZodConstraint(synonymGroupSchema),
    defaultValue: { terms: defaultTerms ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: synonymGroupSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const hintId = `${fields.terms.id}-hint`;
  const errorId = fields.terms.errors?.length ? fields.terms.errorId : undefined;
  const { key, ...textareaProps } = getTextareaProps(fields.terms);
  return (
    <Form method="post" className="grid gap-4" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <div>
        <label htmlFor={fields.terms.id} className="mb-1 block font-semibold">
          {t("search.synonyms.terms")}
        </label>
        <p id={hintId} className="mb-1 text-sm text-muted">
          {t("search.synonyms.termsHint")}
        </p>
        <textarea
          key={key}
          {...textareaProps}
          rows={5}
          lang="ja"
          className="input"
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        />
        <ErrorList id={errorId} errors={fields.terms.errors} />
      </div>
      <div>
        <StatusButton>{submitLabel}</StatusButton>
      </div>
    </Form>
  );
}

/**
 * Where the background index update stands, announced politely. With JavaScript the
 * page reloads its data every second while the update runs; without, a button does.
 */
export function ReindexState({ status, percent }: { status: ReindexStatus; percent: number }) {
  const t = useT();
  const locale = useLocale();
  const revalidator = useRevalidator();
  const running = status.state === "running";
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate();
    }, 1_000);
    return () => clearInterval(timer);
  }, [running, revalidator]);
  let text: string;
  switch (status.state) {
    case "running":
      text = t("search.reindex.running", { percent });
      break;
    case "done":
      text = t("search.reindex.done", {
        documents: formatNumber(locale, status.documents),
        seconds: formatNumber(locale, Math.round(status.milliseconds / 100) / 10),
      });
      break;
    case "failed":
      text = t("search.reindex.failed", { error: status.error });
      break;
    case "idle":
      text = t("search.reindex.idle");
  }
  return (
    <section aria-labelledby="reindex-heading" className="card mb-6">
      <h2 id="reindex-heading" className="mb-2 text-lg font-semibold">
        {t("search.reindex.heading")}
      </h2>
      <p role="status" data-reindex-state={status.state} className="mb-2">
        {text}
      </p>
      {running ? (
        <>
          <progress
            className="w-full"
            max={100}
            value={percent}
            aria-label={t("search.reindex.progressLabel")}
          />
          <Form method="get" className="mt-2">
            <button type="submit" className="btn-secondary">
              {t("search.reindex.refresh")}
            </button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
