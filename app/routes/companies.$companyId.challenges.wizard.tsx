import { getFormProps, useForm, type DefaultValue } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useState, type ReactNode } from "react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import {
  CategoryAndTitleFields,
  OutcomeFields,
  PeopleFields,
  ProblemFields,
  TermsFields,
  type ChallengeFields,
} from "~/modules/challenges/challenge-fields";
import { ChecklistView } from "~/modules/challenges/challenge-view";
import { companySummary } from "~/modules/challenges/challenges.server";
import { wizardStepSchema, type WizardStep } from "~/modules/challenges/schema";
import {
  emptyPreview,
  GuidingQuestions,
  previewFromForm,
  StepIndicator,
  TemplatePanel,
  WizardPreview,
  wizardHref,
} from "~/modules/challenges/wizard-view";
import {
  submitWizardStep,
  wizardDraft,
  wizardDraftView,
  wizardPosition,
  wizardTemplates,
} from "~/modules/challenges/wizard.server";
import { requireCompanyMember } from "~/modules/companies/access.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "challenges.wizard.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const companyId = params.companyId ?? "";
  const { user } = await requireCompanyMember(request, context, companyId);
  const locale = await resolveLocale(request, user);
  const { id, step } = wizardPosition(request);
  const company = (await companySummary(companyId))!;
  const draft = id ? await wizardDraftView(await wizardDraft(companyId, id), step, locale) : null;
  return { company, step, draft, templates: wizardTemplates(locale) };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const companyId = params.companyId ?? "";
  const { user } = await requireCompanyMember(request, context, companyId);
  const outcome = await submitWizardStep({
    companyId,
    ...wizardPosition(request),
    formData: await request.formData(),
    actor: { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
    locale: await resolveLocale(request, user),
  });
  if (outcome.kind === "reply") return { result: outcome.result };
  if (outcome.kind === "next") return redirect(outcome.url);
  return redirectWithToast(outcome.url, { kind: "success", message: outcome.message });
}

export default function ChallengeWizardPage() {
  const { step, draft } = useLoaderData<typeof loader>();
  // Each step (of each draft) starts its live preview again from what is saved.
  return <WizardStepPage key={`${draft?.id ?? "new"}-${step}`} />;
}

function WizardStepPage() {
  const t = useT();
  const { company, step, draft, templates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const saved = draft?.preview ?? emptyPreview(company);
  const [preview, setPreview] = useState(saved);
  const schema = wizardStepSchema(step, saved.engagementTypes);
  const [form, fields] = useForm({
    id: `wizard-step-${step}`,
    lastResult: actionData?.result,
    defaultValue: (draft?.defaults ?? {}) as DefaultValue<Record<string, unknown>>,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const typed = fields as unknown as ChallengeFields;
  const template = preview.category ? templates[preview.category] : null;
  const id = draft?.id ?? null;
  const body: Record<WizardStep, ReactNode> = {
    1: <CategoryAndTitleFields fields={typed} />,
    2: <ProblemFields fields={typed} backgroundHint={<GuidingQuestions />} />,
    3: (
      <OutcomeFields
        fields={typed}
        goalExamples={template?.exampleGoals}
        deliverableExamples={template?.exampleDeliverables}
      />
    ),
    4: <PeopleFields fields={typed} skillSuggestions={draft?.skillSuggestions} />,
    5: <TermsFields fields={typed} />,
    6: (
      <>
        <section aria-labelledby="checklist-heading" className="space-y-3">
          <h2 id="checklist-heading" className="text-lg font-semibold">
            {t("challenges.checklist.title")}
          </h2>
          <p className="text-sm text-muted">{t("challenges.checklist.lead")}</p>
          <ChecklistView items={draft?.checklist ?? []} />
        </section>
      </>
    ),
  };
  return (
    <>
      <PageHeader title={t("challenges.wizard.title")} lead={company.name} />
      <StepIndicator companyId={company.id} id={id} current={step} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <Form
            method="post"
            action={wizardHref(company.id, id, step)}
            className="card space-y-5"
            {...getFormProps(form)}
            onChange={(event) =>
              setPreview(previewFromForm(saved, new FormData(event.currentTarget)))
            }
          >
            <h2 className="text-xl font-semibold">{t(`challenges.wizard.step${step}.title`)}</h2>
            <p className="text-muted">{t(`challenges.wizard.step${step}.lead`)}</p>
            <FormErrors id={form.errorId} errors={form.errors} />
            <input type="hidden" name="step" value={step} />
            {body[step]}
            <div className="flex flex-wrap items-center gap-3 pt-2">
              {step > 1 ? (
                <Link
                  to={wizardHref(company.id, id, (step - 1) as WizardStep)}
                  className="btn-secondary"
                >
                  {t("challenges.wizard.back")}
                </Link>
              ) : null}
              {step < 6 ? (
                <StatusButton>{t("challenges.wizard.next")}</StatusButton>
              ) : (
                <>
                  <StatusButton name="intent" value="publish">
                    {t("challenges.wizard.publish")}
                  </StatusButton>
                  <StatusButton name="intent" value="draft" variant="secondary">
                    {t("challenges.wizard.saveDraft")}
                  </StatusButton>
                </>
              )}
            </div>
          </Form>
          {template && step <= 3 ? <TemplatePanel template={template} /> : null}
          <p>
            <Link to={`/companies/${company.id}/challenges`}>{t("challenges.wizard.exit")}</Link>
          </p>
        </div>
        <div className="lg:sticky lg:top-4 lg:self-start">
          <WizardPreview draft={preview} />
        </div>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
