/** The thread safety page's parts: mute, block, report. Plain forms: they work without JavaScript. */
import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";
import { ErrorList, FormErrors, TextareaField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { reportReasons, reportSchema } from "./safety-schemas";

const sideKeys: Record<string, MessageKey> = {
  professional: "safety.side.professional",
  company: "safety.side.company",
  coordinator: "safety.side.coordinator",
};

/** Hidden field: come back to the safety page rather than the thread. */
function ReturnHere() {
  return <input type="hidden" name="returnTo" value="safety" />;
}

export function MuteSection({ muted }: { muted: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="mute-heading" className="card space-y-3">
      <h2 id="mute-heading" className="text-lg font-semibold">
        {t("safety.mute.heading")}
      </h2>
      <p>{t(muted ? "safety.mute.isOff" : "safety.mute.isOn")}</p>
      <Form method="post">
        <ReturnHere />
        <StatusButton
          name="intent"
          value={muted ? "unmute" : "mute"}
          variant={muted ? "primary" : "secondary"}
        >
          {t(muted ? "safety.mute.unmute" : "safety.mute.mute")}
        </StatusButton>
      </Form>
    </section>
  );
}

export type SafetyParticipant = {
  userId: string;
  side: string;
  name: string | null;
  blockedByMe: boolean;
};

export function BlockSection({ participants }: { participants: SafetyParticipant[] }) {
  const t = useT();
  return (
    <section aria-labelledby="block-heading" className="card space-y-3">
      <h2 id="block-heading" className="text-lg font-semibold">
        {t("safety.block.heading")}
      </h2>
      <p className="text-muted">{t("safety.block.lead")}</p>
      {participants.length === 0 ? (
        <p>{t("safety.block.none")}</p>
      ) : (
        <ul className="divide-y divide-line">
          {participants.map((participant) => {
            const name = participant.name ?? t("safety.anonymous");
            const side = sideKeys[participant.side];
            return (
              <li
                key={participant.userId}
                className="flex flex-wrap items-center justify-between gap-3 py-3"
              >
                <span>
                  <span className="font-semibold">{name}</span>
                  {side ? <span className="ml-2 text-sm text-muted">{t(side)}</span> : null}
                  {participant.blockedByMe ? (
                    <span className="ml-2 rounded bg-red-50 px-2 py-0.5 text-sm font-semibold text-danger">
                      {t("safety.block.blocked")}
                    </span>
                  ) : null}
                </span>
                <Form method="post">
                  <ReturnHere />
                  <input type="hidden" name="userId" value={participant.userId} />
                  <StatusButton
                    name="intent"
                    value={participant.blockedByMe ? "unblock" : "block"}
                    variant={participant.blockedByMe ? "secondary" : "danger"}
                    aria-label={t(
                      participant.blockedByMe
                        ? "safety.block.unblockLabel"
                        : "safety.block.blockLabel",
                      { name },
                    )}
                  >
                    {t(participant.blockedByMe ? "safety.block.unblock" : "safety.block.block")}
                  </StatusButton>
                </Form>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export type ReportTarget =
  | {
      state: "ok";
      message: { id: string; authorName: string | null; body: string; createdAt: Date | string };
    }
  | { state: "own" | "already" | "unavailable" }
  | null;

const targetProblems: Record<"own" | "already" | "unavailable", MessageKey> = {
  own: "safety.report.own",
  already: "safety.report.already",
  unavailable: "safety.report.unavailable",
};

export function ReportSection({
  target,
  lastResult,
}: {
  target: ReportTarget;
  lastResult?: SubmissionResult<string[]> | null;
}) {
  const t = useT();
  return (
    <section id="report" aria-labelledby="report-heading" className="card space-y-3">
      <h2 id="report-heading" className="text-lg font-semibold">
        {t("safety.report.heading")}
      </h2>
      <p className="text-muted">{t("safety.report.lead")}</p>
      {target === null ? <p>{t("safety.report.pick")}</p> : null}
      {target && target.state !== "ok" ? (
        <p role="status" className="font-semibold">
          {t(targetProblems[target.state])}
        </p>
      ) : null}
      {target?.state === "ok" ? (
        <ReportForm message={target.message} lastResult={lastResult} />
      ) : null}
    </section>
  );
}

function ReportForm({
  message,
  lastResult,
}: {
  message: { id: string; authorName: string | null; body: string; createdAt: Date | string };
  lastResult?: SubmissionResult<string[]> | null;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm({
    id: "report-message",
    lastResult,
    constraint: getZodConstraint(reportSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reportSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const reasonErrorId = fields.reason.errors?.length ? fields.reason.errorId : undefined;
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="report" />
      <input type="hidden" name="messageId" value={message.id} />
      <figure className="rounded-md border border-line bg-paper p-3">
        <figcaption className="mb-1 text-sm text-muted">
          {t("safety.report.message")}: {message.authorName ?? t("safety.anonymous")} ·{" "}
          <time dateTime={new Date(message.createdAt).toISOString()}>
            {formatDateTime(locale, message.createdAt)}
          </time>
        </figcaption>
        <blockquote className="whitespace-pre-wrap break-words">{message.body}</blockquote>
      </figure>
      <fieldset aria-describedby={reasonErrorId} aria-invalid={reasonErrorId ? true : undefined}>
        <legend className="mb-1 font-semibold">{t("safety.report.reason")}</legend>
        <div className="flex flex-col gap-2">
          {reportReasons.map((reason) => (
            <label key={reason} className="flex items-center gap-2">
              <input
                {...getInputProps(fields.reason, { type: "radio", value: reason })}
                className="size-5 accent-accent"
              />
              {t(`safety.report.reason.${reason}`)}
            </label>
          ))}
        </div>
        <ErrorList id={reasonErrorId} errors={fields.reason.errors} />
      </fieldset>
      <TextareaField
        label={t("safety.report.note")}
        hint={t("safety.report.noteHint")}
        errors={fields.note.errors}
        textareaProps={getTextareaProps(fields.note)}
      />
      <StatusButton variant="danger">{t("safety.report.submit")}</StatusButton>
    </Form>
  );
}
