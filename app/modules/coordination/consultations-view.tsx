import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { todayInJapan } from "~/modules/challenges/dates";
import { prefectureName } from "~/modules/reference/prefectures";
import { Field, FormErrors, SelectField, TextareaField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import {
  consultationLimits,
  consultationOutcomes,
  consultationSchema,
  type ConsultationOutcome,
} from "./consultations";

export type ConsultationRow = {
  id: string;
  heldOn: Date | string;
  topic: string;
  outcome: string;
  note: string;
  company: { id: string; name: string; prefectureCode: string };
  coordinator: { name: string } | null;
  challenge: { id: string; title: string; status: string } | null;
};

/** Consultations as a table; `showCompany` is off on a company's own page. */
export function ConsultationTable({
  items,
  showCompany = true,
}: {
  items: ConsultationRow[];
  showCompany?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("coordination.consultations.title")}</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="p-3">
              {t("coordination.consultations.heldOn")}
            </th>
            {showCompany ? (
              <th scope="col" className="p-3">
                {t("coordination.consultations.company")}
              </th>
            ) : null}
            <th scope="col" className="p-3">
              {t("coordination.consultations.topic")}
            </th>
            <th scope="col" className="p-3">
              {t("coordination.consultations.outcome")}
            </th>
            <th scope="col" className="p-3">
              {t("coordination.consultations.coordinator")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-t border-line align-top" data-testid="consultation">
              <td className="p-3 whitespace-nowrap">{formatDate(locale, item.heldOn)}</td>
              {showCompany ? (
                <td className="p-3">
                  <Link to={`/companies/${item.company.id}`}>{item.company.name}</Link>
                  <span className="block text-muted">
                    {prefectureName(item.company.prefectureCode, locale)}
                  </span>
                </td>
              ) : null}
              <td className="p-3">
                <span className="break-words">{item.topic}</span>
                {item.note ? (
                  <span className="mt-1 block whitespace-pre-wrap break-words text-muted">
                    {item.note}
                  </span>
                ) : null}
              </td>
              <td className="p-3">
                {t(`coordination.outcome.${item.outcome as ConsultationOutcome}`)}
                {item.challenge ? (
                  <span className="block">
                    {item.challenge.status === "DRAFT" ? (
                      <>
                        {item.challenge.title} ({t("coordination.consultations.draftState")})
                      </>
                    ) : (
                      <Link to={`/challenges/${item.challenge.id}`}>{item.challenge.title}</Link>
                    )}
                  </span>
                ) : item.outcome === "CHALLENGE_DRAFTED" ? (
                  <Link to={`/console/consultations/${item.id}/draft`} className="block">
                    {t("coordination.consultations.draftNow")}
                  </Link>
                ) : null}
              </td>
              <td className="p-3">{item.coordinator?.name ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The company page's section for staff of its prefecture. */
export function CompanyConsultations({
  companyId,
  consultations,
}: {
  companyId: string;
  consultations: ConsultationRow[];
}) {
  const t = useT();
  return (
    <section aria-labelledby="consultations-heading" className="space-y-3">
      <h2 id="consultations-heading" className="text-xl font-semibold">
        {t("coordination.consultations.title")}
      </h2>
      <p>
        <Link
          to={`/console/consultations/new?companyId=${encodeURIComponent(companyId)}`}
          className="btn-secondary inline-block"
        >
          {t("coordination.consultations.new")}
        </Link>
      </p>
      {consultations.length === 0 ? (
        <p className="text-muted">{t("coordination.consultations.empty")}</p>
      ) : (
        <ConsultationTable items={consultations} showCompany={false} />
      )}
    </section>
  );
}

/** Recording a consultation: company, day (not in the future), topic, outcome, note. */
export function ConsultationForm({
  companies,
  companyId,
  lastResult,
}: {
  companies: { id: string; name: string; prefectureCode: string }[];
  companyId?: string;
  lastResult?: SubmissionResult<string[]> | null;
}) {
  const t = useT();
  const locale = useLocale();
  const schema = consultationSchema();
  const [form, fields] = useForm({
    id: "consultation",
    lastResult,
    constraint: getZodConstraint(schema),
    defaultValue: { companyId: companyId ?? "", heldOn: todayInJapan(), outcome: "FOLLOW_UP" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="card space-y-5" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <SelectField
        label={t("coordination.consultations.company")}
        errors={fields.companyId.errors}
        selectProps={getSelectProps(fields.companyId)}
      >
        <option value="">{t("coordination.consultations.chooseCompany")}</option>
        {companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}（{prefectureName(company.prefectureCode, locale)}）
          </option>
        ))}
      </SelectField>
      <Field
        label={t("coordination.consultations.heldOn")}
        errors={fields.heldOn.errors}
        inputProps={{ ...getInputProps(fields.heldOn, { type: "date" }), max: todayInJapan() }}
      />
      <Field
        label={t("coordination.consultations.topic")}
        hint={t("coordination.consultations.topicHint", { max: consultationLimits.topic })}
        errors={fields.topic.errors}
        inputProps={getInputProps(fields.topic, { type: "text" })}
      />
      <SelectField
        label={t("coordination.consultations.outcome")}
        errors={fields.outcome.errors}
        selectProps={getSelectProps(fields.outcome)}
      >
        {consultationOutcomes.map((outcome) => (
          <option key={outcome} value={outcome}>
            {t(`coordination.outcome.${outcome}`)}
          </option>
        ))}
      </SelectField>
      <TextareaField
        label={t("coordination.consultations.note")}
        errors={fields.note.errors}
        textareaProps={{ ...getTextareaProps(fields.note), rows: 4 }}
      />
      <p className="text-sm text-muted">{t("coordination.consultations.draftHint")}</p>
      <StatusButton>{t("coordination.consultations.submit")}</StatusButton>
    </Form>
  );
}
