import {
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
} from "@conform-to/react";
import { useEffect, useState } from "react";
import { useLocale, useT } from "~/lib/i18n/react";
import { prefectures } from "~/modules/reference/prefectures";
import { engagementTypes } from "~/modules/reference/work";
import { Field, SelectField, TextareaField } from "~/ui/field";
import { SkillNamesInput } from "~/ui/skill-names-input";
import { ChoiceGroup } from "./form-controls";
import { challengeCategories, compensationTypes, limits, workStyleCodes } from "./schema";

/** The challenge form's fields as Conform describes them (every value as the form has it). */
export type ChallengeFields = {
  title: FieldMetadata<string>;
  summary: FieldMetadata<string>;
  background: FieldMetadata<string>;
  successCriteria: FieldMetadata<string>;
  deliverables: FieldMetadata<string>;
  category: FieldMetadata<string>;
  requiredSkills: FieldMetadata<string>;
  niceToHaveSkills: FieldMetadata<string>;
  engagementTypes: FieldMetadata<string[]>;
  workStyle: FieldMetadata<string>;
  onsiteVisitsPerMonth: FieldMetadata<string>;
  hoursPerWeek: FieldMetadata<string>;
  durationMonths: FieldMetadata<string>;
  compensationType: FieldMetadata<string>;
  compensationMin: FieldMetadata<string>;
  compensationMax: FieldMetadata<string>;
  startDate: FieldMetadata<string>;
  applicationDeadline: FieldMetadata<string>;
  prefectureCode: FieldMetadata<string>;
  municipality: FieldMetadata<string>;
};

function selected(field: FieldMetadata<string> | FieldMetadata<string[]>): string[] {
  const value = field.initialValue as unknown;
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" && value ? [value] : [];
}

/** True once React runs in the browser: controls that need JavaScript show from then on. */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** Appends `text` to a text control (on its own line) and lets the form know it changed. */
export function appendToControl(id: string, text: string, separator = "\n") {
  const control = document.getElementById(id) as HTMLTextAreaElement | HTMLInputElement | null;
  if (!control) return;
  const current = control.value.trim();
  // Through the element's own setter, so React sees the change the input event reports.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), "value")?.set;
  setter?.call(control, current ? `${current}${separator}${text}` : text);
  control.dispatchEvent(new Event("input", { bubbles: true }));
  control.focus();
}

export function CategoryAndTitleFields({
  fields,
}: {
  fields: Pick<ChallengeFields, "category" | "title">;
}) {
  const t = useT();
  return (
    <>
      <SelectField
        label={t("challenges.field.category")}
        errors={fields.category.errors}
        selectProps={getSelectProps(fields.category)}
      >
        <option value="">{t("reference.choose")}</option>
        {challengeCategories.map((category) => (
          <option key={category} value={category}>
            {t(`reference.category.${category}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("challenges.field.title")}
        hint={t("challenges.hint.title", { max: limits.title })}
        errors={fields.title.errors}
        inputProps={getInputProps(fields.title, { type: "text" })}
      />
    </>
  );
}

export function ProblemFields({
  fields,
  backgroundHint,
}: {
  fields: Pick<ChallengeFields, "summary" | "background">;
  backgroundHint?: React.ReactNode;
}) {
  const t = useT();
  return (
    <>
      <Field
        label={t("challenges.field.summary")}
        hint={t("challenges.hint.summary", { max: limits.summary })}
        errors={fields.summary.errors}
        inputProps={getInputProps(fields.summary, { type: "text" })}
      />
      <TextareaField
        label={t("challenges.field.background")}
        hint={backgroundHint ?? t("challenges.hint.background")}
        errors={fields.background.errors}
        textareaProps={{ ...getTextareaProps(fields.background), rows: 8 }}
      />
    </>
  );
}

export function OutcomeFields({
  fields,
  goalExamples = [],
  deliverableExamples = [],
}: {
  fields: Pick<ChallengeFields, "successCriteria" | "deliverables">;
  goalExamples?: readonly string[];
  deliverableExamples?: readonly string[];
}) {
  const t = useT();
  return (
    <>
      <TextareaField
        label={t("challenges.field.successCriteria")}
        hint={t("challenges.hint.successCriteria")}
        errors={fields.successCriteria.errors}
        textareaProps={{ ...getTextareaProps(fields.successCriteria), rows: 6 }}
      >
        <InsertButtons targetId={fields.successCriteria.id} examples={goalExamples} />
      </TextareaField>
      <TextareaField
        label={t("challenges.field.deliverables")}
        hint={t("challenges.hint.deliverables")}
        errors={fields.deliverables.errors}
        textareaProps={{ ...getTextareaProps(fields.deliverables), rows: 4 }}
      >
        <InsertButtons targetId={fields.deliverables.id} examples={deliverableExamples} />
      </TextareaField>
    </>
  );
}

/** With JavaScript: one button per example that adds it to the field. */
export function InsertButtons({
  targetId,
  examples,
  separator,
}: {
  targetId: string;
  examples: readonly string[];
  separator?: string;
}) {
  const t = useT();
  const hydrated = useHydrated();
  if (!hydrated || examples.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("challenges.wizard.insertExamples")}>
      {examples.map((example) => (
        <li key={example}>
          <button
            type="button"
            className="btn-secondary min-h-9 px-3 py-1 text-sm font-normal"
            onClick={() => appendToControl(targetId, example, separator)}
          >
            <span aria-hidden="true">＋ </span>
            <span className="sr-only">{t("challenges.wizard.insert")}: </span>
            {example}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PeopleFields({
  fields,
  skillSuggestions = [],
}: {
  fields: Pick<
    ChallengeFields,
    "requiredSkills" | "niceToHaveSkills" | "engagementTypes" | "workStyle" | "onsiteVisitsPerMonth"
  >;
  skillSuggestions?: readonly string[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <div>
        <SkillNamesInput
          label={t("challenges.field.requiredSkills")}
          hint={t("challenges.hint.skills")}
          errors={fields.requiredSkills.errors}
          inputProps={getInputProps(fields.requiredSkills, { type: "text" })}
        />
        <InsertButtons
          targetId={fields.requiredSkills.id}
          examples={skillSuggestions}
          separator={locale === "ja" ? "、" : ", "}
        />
      </div>
      <SkillNamesInput
        label={t("challenges.field.niceToHaveSkills")}
        hint={t("challenges.hint.skills")}
        errors={fields.niceToHaveSkills.errors}
        inputProps={getInputProps(fields.niceToHaveSkills, { type: "text" })}
      />
      <ChoiceGroup
        key={fields.engagementTypes.key}
        legend={t("challenges.field.engagementTypes")}
        hint={t("challenges.hint.engagementTypes")}
        errors={fields.engagementTypes.errors}
        name={fields.engagementTypes.name}
        type="checkbox"
        options={engagementTypes.map((code) => ({
          value: code,
          label: t(`reference.engagement.${code}`),
        }))}
        selected={selected(fields.engagementTypes)}
      />
      <ChoiceGroup
        key={fields.workStyle.key}
        legend={t("challenges.field.workStyle")}
        errors={fields.workStyle.errors}
        name={fields.workStyle.name}
        type="radio"
        required
        options={workStyleCodes.map((code) => ({
          value: code,
          label: t(`reference.workStyle.${code}`),
        }))}
        selected={selected(fields.workStyle)}
      />
      <Field
        label={t("challenges.field.onsiteVisitsPerMonth")}
        hint={t("challenges.hint.onsiteVisitsPerMonth", { max: limits.onsiteVisits.max })}
        errors={fields.onsiteVisitsPerMonth.errors}
        inputProps={{
          ...getInputProps(fields.onsiteVisitsPerMonth, { type: "number" }),
          min: limits.onsiteVisits.min,
          max: limits.onsiteVisits.max,
          inputMode: "numeric",
        }}
      />
    </>
  );
}

export function TermsFields({
  fields,
}: {
  fields: Pick<
    ChallengeFields,
    | "hoursPerWeek"
    | "durationMonths"
    | "compensationType"
    | "compensationMin"
    | "compensationMax"
    | "startDate"
    | "applicationDeadline"
    | "prefectureCode"
    | "municipality"
  >;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("challenges.field.hoursPerWeek")}
          hint={t("challenges.hint.hoursPerWeek", limits.hoursPerWeek)}
          errors={fields.hoursPerWeek.errors}
          inputProps={{
            ...getInputProps(fields.hoursPerWeek, { type: "number" }),
            min: limits.hoursPerWeek.min,
            max: limits.hoursPerWeek.max,
            inputMode: "numeric",
          }}
        />
        <Field
          label={t("challenges.field.durationMonths")}
          hint={t("challenges.hint.durationMonths", limits.durationMonths)}
          errors={fields.durationMonths.errors}
          inputProps={{
            ...getInputProps(fields.durationMonths, { type: "number" }),
            min: limits.durationMonths.min,
            max: limits.durationMonths.max,
            inputMode: "numeric",
          }}
        />
      </div>
      <ChoiceGroup
        key={fields.compensationType.key}
        legend={t("challenges.field.compensation")}
        hint={t("challenges.hint.compensation")}
        errors={fields.compensationType.errors}
        name={fields.compensationType.name}
        type="radio"
        required
        options={compensationTypes.map((code) => ({
          value: code,
          label: t(`reference.compensation.${code}`),
        }))}
        selected={selected(fields.compensationType)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("challenges.field.compensationMin")}
          hint={t("challenges.hint.compensationAmount")}
          errors={fields.compensationMin.errors}
          inputProps={{
            ...getInputProps(fields.compensationMin, { type: "number" }),
            min: 0,
            inputMode: "numeric",
          }}
        />
        <Field
          label={t("challenges.field.compensationMax")}
          hint={t("challenges.hint.optional")}
          errors={fields.compensationMax.errors}
          inputProps={{
            ...getInputProps(fields.compensationMax, { type: "number" }),
            min: 0,
            inputMode: "numeric",
          }}
        />
        <Field
          label={t("challenges.field.startDate")}
          hint={t("challenges.hint.optional")}
          errors={fields.startDate.errors}
          inputProps={getInputProps(fields.startDate, { type: "date" })}
        />
        <Field
          label={t("challenges.field.applicationDeadline")}
          hint={t("challenges.hint.deadline")}
          errors={fields.applicationDeadline.errors}
          inputProps={getInputProps(fields.applicationDeadline, { type: "date" })}
        />
        <SelectField
          label={t("reference.prefecture")}
          errors={fields.prefectureCode.errors}
          selectProps={getSelectProps(fields.prefectureCode)}
        >
          <option value="">{t("reference.choose")}</option>
          {prefectures.map((prefecture) => (
            <option key={prefecture.code} value={prefecture.code}>
              {prefecture[locale]}
            </option>
          ))}
        </SelectField>
        <Field
          label={t("challenges.field.municipality")}
          hint={t("challenges.hint.municipality")}
          errors={fields.municipality.errors}
          inputProps={getInputProps(fields.municipality, { type: "text" })}
        />
      </div>
    </>
  );
}
