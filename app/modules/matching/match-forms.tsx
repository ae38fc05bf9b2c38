import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useState, type ReactNode } from "react";
import { useT } from "~/lib/i18n/react";
import { CheckboxField, ErrorList, FormErrors, TextareaField } from "~/ui/field";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";
import { applicationSchema, MESSAGE_MAX, openingMessageSchema, reviewSchema } from "./schemas";
import { REVIEW_COMMENT_MAX } from "./reviews";

type LastResult = SubmissionResult<string[]> | null | undefined;

/** Apply, or ask for a casual talk: one form, the kind chosen by radio buttons. */
export function ApplicationForm({
  lastResult,
  initialKind,
  confirmLabel,
}: {
  lastResult: LastResult;
  initialKind: "APPLICATION" | "CASUAL_TALK";
  confirmLabel: string;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "application",
    lastResult,
    defaultValue: { kind: initialKind },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: applicationSchema }),
  });
  const [kind, setKind] = useState(fields.kind.initialValue ?? initialKind);
  return (
    <Form method="post" {...getFormProps(form)} className="card space-y-5">
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset className="space-y-3">
        <legend className="mb-1 font-semibold">{t("matches.apply.kind")}</legend>
        {(["APPLICATION", "CASUAL_TALK"] as const).map((value) => (
          <div key={value} className="flex items-start gap-3">
            <input
              type="radio"
              id={`kind-${value}`}
              name={fields.kind.name}
              value={value}
              defaultChecked={kind === value}
              onChange={() => setKind(value)}
              className="mt-1 size-5 accent-accent"
              aria-describedby={`kind-${value}-hint`}
            />
            <div>
              <label htmlFor={`kind-${value}`} className="font-semibold">
                {t(`matches.apply.kind.${value}`)}
              </label>
              <p id={`kind-${value}-hint`} className="text-sm text-muted">
                {t(`matches.apply.kind.${value}.hint`)}
              </p>
            </div>
          </div>
        ))}
        <ErrorList errors={fields.kind.errors} />
      </fieldset>
      <TextareaField
        label={t("matches.apply.message")}
        hint={t("matches.apply.message.hint")}
        errors={fields.message.errors}
        textareaProps={{
          ...getTextareaProps(fields.message),
          rows: 6,
          maxLength: MESSAGE_MAX,
        }}
      />
      {kind === "APPLICATION" ? (
        <CheckboxField
          label={confirmLabel}
          errors={fields.availabilityConfirmed.errors}
          inputProps={getInputProps(fields.availabilityConfirmed, { type: "checkbox" })}
        />
      ) : null}
      <p className="rounded-md border border-line bg-accent-soft p-3 text-sm">
        {t("matches.apply.disclosure")}
      </p>
      <StatusButton>{t("matches.apply.submit")}</StatusButton>
    </Form>
  );
}

/** The opening message of a scout or an introduction. */
export function OpeningMessageForm({
  lastResult,
  hint,
  submitLabel,
  children,
}: {
  lastResult: LastResult;
  hint: string;
  submitLabel: string;
  children?: ReactNode;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "opening-message",
    lastResult,
    constraint: getZodConstraint(openingMessageSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: openingMessageSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="card space-y-5">
      <FormErrors id={form.errorId} errors={form.errors} />
      {children}
      <TextareaField
        label={t("matches.apply.message")}
        hint={hint}
        errors={fields.message.errors}
        textareaProps={{ ...getTextareaProps(fields.message), rows: 6 }}
      />
      <StatusButton>{submitLabel}</StatusButton>
    </Form>
  );
}

/** A short review after completion; the company also says whether it would work together again. */
export function ReviewForm({
  lastResult,
  side,
}: {
  lastResult: LastResult;
  side: "company" | "professional";
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "review",
    lastResult,
    constraint: getZodConstraint(reviewSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reviewSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="card space-y-5">
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset aria-describedby={fields.rating.errors ? `${fields.rating.id}-error` : undefined}>
        <legend className="mb-2 font-semibold">{t("matches.review.rating")}</legend>
        <div className="flex flex-wrap gap-4">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name={fields.rating.name}
                value={value}
                defaultChecked={fields.rating.initialValue === String(value)}
                className="size-5 accent-accent"
              />
              {t("matches.review.stars", { count: value })}
            </label>
          ))}
        </div>
        <ErrorList id={`${fields.rating.id}-error`} errors={fields.rating.errors} />
      </fieldset>
      <TextareaField
        label={t("matches.review.comment")}
        errors={fields.comment.errors}
        textareaProps={{
          ...getTextareaProps(fields.comment),
          rows: 4,
          maxLength: REVIEW_COMMENT_MAX,
        }}
      />
      {side === "company" ? (
        <fieldset>
          <legend className="mb-2 font-semibold">{t("matches.review.wouldWorkAgain")}</legend>
          <div className="flex gap-6">
            {(["yes", "no"] as const).map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={fields.wouldWorkAgain.name}
                  value={value}
                  defaultChecked={fields.wouldWorkAgain.initialValue === value}
                  className="size-5 accent-accent"
                />
                {t(`matches.review.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <StatusButton>{t("matches.review.submit")}</StatusButton>
    </Form>
  );
}

/** The scout or introduction page: who, for what, and the opening message. */
export function PairPage({
  title,
  lead,
  professional,
  note,
  hint,
  submitLabel,
  lastResult,
}: {
  title: string;
  lead: string;
  professional: { id: string; name: string; headline: string };
  note?: string;
  hint: string;
  submitLabel: string;
  lastResult: LastResult;
}) {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={title} lead={lead} />
      <p className="card">
        <Link to={`/pros/${professional.id}`} className="font-semibold">
          {professional.name}
        </Link>
        {professional.headline ? (
          <span className="block text-muted">{professional.headline}</span>
        ) : null}
      </p>
      {note ? <p className="text-sm">{note}</p> : null}
      <OpeningMessageForm lastResult={lastResult} hint={hint} submitLabel={submitLabel} />
    </div>
  );
}
