/** The moderation pages' parts: a report's reason, the reported text, its context, the decision form. */
import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { FormErrors, TextareaField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { moderationSchema, reportReasons, type ReportReason as Reason } from "./safety-schemas";

export function ReportReason({ reason }: { reason: string }) {
  const t = useT();
  const known = (reportReasons as readonly string[]).includes(reason);
  return <>{t(`safety.report.reason.${known ? (reason as Reason) : "other"}`)}</>;
}

/** A message's text as sent (never as HTML), or the "deleted" marker. */
export function ReportedBody({ body }: { body: string | null }) {
  const t = useT();
  if (body === null) return <p className="italic text-muted">{t("safety.admin.deleted")}</p>;
  return (
    <blockquote className="whitespace-pre-wrap break-words rounded-md border border-line bg-paper p-3">
      {body}
    </blockquote>
  );
}

export type ContextMessage = {
  id: string;
  authorName: string | null;
  body: string | null;
  createdAt: Date | string;
  edited: boolean;
};

/** The conversation around the reported message, read-only, the reported one marked. */
export function ReportContext({
  before,
  reported,
  after,
}: {
  before: ContextMessage[];
  reported: ContextMessage;
  after: ContextMessage[];
}) {
  const t = useT();
  const locale = useLocale();
  const messages = [...before, reported, ...after];
  return (
    <ol className="space-y-3">
      {messages.map((message) => {
        const isReported = message.id === reported.id;
        return (
          <li
            key={message.id}
            className={`rounded-md border p-3 ${isReported ? "border-danger bg-red-50" : "border-line bg-white"}`}
            aria-current={isReported ? "true" : undefined}
          >
            <p className="mb-1 text-sm text-muted">
              <span className="font-semibold text-ink">
                {message.authorName ?? t("safety.admin.unknownUser")}
              </span>{" "}
              ·{" "}
              <time dateTime={new Date(message.createdAt).toISOString()}>
                {formatDateTime(locale, message.createdAt)}
              </time>
              {message.edited ? ` ${t("safety.admin.edited")}` : null}
              {isReported ? (
                <strong className="ml-2 text-danger">{t("safety.admin.reported")}</strong>
              ) : null}
            </p>
            {message.body === null ? (
              <p className="italic text-muted">{t("safety.admin.deleted")}</p>
            ) : (
              <p className="whitespace-pre-wrap break-words">{message.body}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Resolve (a note is required) or dismiss an open report. */
export function ModerationForm({ lastResult }: { lastResult?: SubmissionResult<string[]> | null }) {
  const t = useT();
  const [form, fields] = useForm({
    id: "moderate-report",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: moderationSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextareaField
        label={t("safety.admin.resolution")}
        hint={t("safety.admin.resolutionHint")}
        errors={fields.resolution.errors}
        textareaProps={getTextareaProps(fields.resolution)}
      />
      <div className="flex flex-wrap gap-3">
        <StatusButton name="intent" value="resolve">
          {t("safety.admin.resolve")}
        </StatusButton>
        <StatusButton name="intent" value="dismiss" variant="secondary">
          {t("safety.admin.dismiss")}
        </StatusButton>
      </div>
    </Form>
  );
}
