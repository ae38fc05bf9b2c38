import { getFormProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { FormErrors } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import {
  CategoryAndTitleFields,
  OutcomeFields,
  PeopleFields,
  ProblemFields,
  TermsFields,
  type ChallengeFields,
} from "./challenge-fields";
import { challengeFormSchema, type ChallengeFormInput, type ChallengeFormValue } from "./schema";

export type ChallengeFormShape = Record<keyof ChallengeFields, string | string[]>;

/**
 * The plain form: the whole challenge on one page, in fieldsets that follow the
 * wizard's steps. Works without JavaScript; with it, errors show as fields are left.
 */
export function ChallengeForm({
  id,
  lastResult,
  defaultValue,
  submitLabel,
}: {
  id: string;
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue: Partial<ChallengeFormShape>;
  submitLabel: string;
}) {
  const t = useT();
  const [form, fields] = useForm<ChallengeFormInput, ChallengeFormValue>({
    id,
    lastResult,
    defaultValue: defaultValue as DefaultValue<ChallengeFormInput>,
    constraint: getZodConstraint(challengeFormSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: challengeFormSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const typed = fields as unknown as ChallengeFields;
  const sections = [
    { key: "basics", body: <CategoryAndTitleFields fields={typed} /> },
    { key: "problem", body: <ProblemFields fields={typed} /> },
    { key: "outcome", body: <OutcomeFields fields={typed} /> },
    { key: "people", body: <PeopleFields fields={typed} /> },
    { key: "terms", body: <TermsFields fields={typed} /> },
  ] as const;
  return (
    <Form method="post" className="space-y-6" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      {sections.map((section) => (
        <section
          key={section.key}
          className="card space-y-5"
          aria-labelledby={`${id}-${section.key}-heading`}
        >
          <h2 id={`${id}-${section.key}-heading`} className="text-lg font-semibold">
            {t(`challenges.section.${section.key}`)}
          </h2>
          {section.body}
        </section>
      ))}
      <StatusButton>{submitLabel}</StatusButton>
    </Form>
  );
}
