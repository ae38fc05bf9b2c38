import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { splitSkillList } from "~/modules/skills/names";
import { engagementTypes, type EngagementType } from "~/modules/reference/work";
import { ChallengeBody, ChallengeFacts, type ChallengeViewData } from "./challenge-view";
import { challengeCategories, compensationTypes, wizardSteps, workStyleCodes } from "./schema";
import type { WizardStep } from "./schema";

export type LocalizedTemplate = {
  exampleTitle: string;
  exampleGoals: string[];
  exampleDeliverables: string[];
  typicalSkills: string[];
  pitfalls: string[];
};

export function wizardHref(companyId: string, id: string | null, step: WizardStep) {
  return `/companies/${companyId}/challenges/wizard?${id ? `id=${encodeURIComponent(id)}&` : ""}step=${step}`;
}

/** Where you are among the six steps; steps already reachable are links. */
export function StepIndicator({
  companyId,
  id,
  current,
}: {
  companyId: string;
  id: string | null;
  current: WizardStep;
}) {
  const t = useT();
  return (
    <nav aria-label={t("challenges.wizard.steps")} className="mb-6">
      <ol className="flex flex-wrap gap-2 text-sm">
        {wizardSteps.map((step) => {
          const label = (
            <>
              <span aria-hidden="true" className="font-bold">
                {step}.{" "}
              </span>
              {t(`challenges.wizard.step${step}.short`)}
            </>
          );
          const base = "flex items-center rounded-full border px-3 py-1";
          if (step === current) {
            return (
              <li key={step}>
                <span
                  aria-current="step"
                  className={`${base} border-accent bg-accent font-semibold text-white`}
                >
                  {label}
                </span>
              </li>
            );
          }
          return (
            <li key={step}>
              {id ? (
                <Link
                  to={wizardHref(companyId, id, step)}
                  className={`${base} border-line bg-white`}
                >
                  {label}
                </Link>
              ) : (
                <span className={`${base} border-line text-muted`}>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The category template: example goals and deliverables, typical skills, pitfalls. */
export function TemplatePanel({ template }: { template: LocalizedTemplate }) {
  const t = useT();
  const lists = [
    { key: "goals", items: template.exampleGoals },
    { key: "deliverables", items: template.exampleDeliverables },
    { key: "skills", items: template.typicalSkills },
    { key: "pitfalls", items: template.pitfalls },
  ] as const;
  return (
    <section aria-labelledby="template-heading" className="rounded-md bg-accent-soft p-4">
      <h2 id="template-heading" className="mb-2 font-semibold">
        {t("challenges.template.title")}
      </h2>
      <p className="mb-3 text-sm">
        {t("challenges.template.exampleTitle")}: {template.exampleTitle}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {lists.map((list) => (
          <div key={list.key}>
            <h3 className="text-sm font-semibold">{t(`challenges.template.${list.key}`)}</h3>
            <ul className="list-disc pl-5 text-sm">
              {list.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function pick<T extends string>(value: FormDataEntryValue | null, allowed: readonly T[]) {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : null;
}

function whole(value: FormDataEntryValue | null) {
  if (typeof value !== "string" || value.trim() === "") return null;
  const number = Number(value);
  return Number.isInteger(number) ? number : null;
}

/**
 * The preview with what is typed on this step laid over what is saved: only the
 * fields present in the form change (the other steps' values stay as saved).
 */
export function previewFromForm(saved: ChallengeViewData, form: FormData): ChallengeViewData {
  const next: ChallengeViewData = { ...saved };
  const text = (name: keyof ChallengeViewData) => {
    const value = form.get(name);
    return typeof value === "string" ? value : null;
  };
  for (const name of [
    "title",
    "summary",
    "background",
    "successCriteria",
    "deliverables",
    "municipality",
  ] as const) {
    const value = text(name);
    if (value !== null) next[name] = value;
  }
  if (form.has("category")) next.category = pick(form.get("category"), challengeCategories);
  if (form.has("requiredSkills"))
    next.requiredSkills = splitSkillList(text("requiredSkills") ?? "");
  if (form.has("niceToHaveSkills")) {
    next.niceToHaveSkills = splitSkillList(text("niceToHaveSkills") ?? "");
  }
  // Checkboxes and radios send nothing when none is chosen: the step's marker says they are here.
  if (form.has("step") && form.get("step") === "4") {
    next.engagementTypes = form
      .getAll("engagementTypes")
      .map((value) => pick(value, engagementTypes))
      .filter((value): value is EngagementType => value !== null);
    next.workStyle = pick(form.get("workStyle"), workStyleCodes);
    next.onsiteVisitsPerMonth = whole(form.get("onsiteVisitsPerMonth"));
  }
  if (form.has("step") && form.get("step") === "5") {
    next.compensationType = pick(form.get("compensationType"), compensationTypes);
    next.hoursPerWeek = whole(form.get("hoursPerWeek"));
    next.durationMonths = whole(form.get("durationMonths"));
    next.compensationMin = whole(form.get("compensationMin"));
    next.compensationMax = whole(form.get("compensationMax"));
    next.startDate = text("startDate") || null;
    next.applicationDeadline = text("applicationDeadline") || null;
    next.prefectureCode = text("prefectureCode") || null;
  }
  return next;
}

/** How the challenge will read to professionals, as it stands. */
export function WizardPreview({ draft }: { draft: ChallengeViewData }) {
  const t = useT();
  return (
    <section
      aria-labelledby="preview-heading"
      className="card space-y-4"
      data-testid="wizard-preview"
    >
      <div>
        <h2 id="preview-heading" className="text-sm font-semibold uppercase text-muted">
          {t("challenges.wizard.preview")}
        </h2>
        <p className="mt-1 text-xl font-bold">
          {draft.title.trim() || (
            <span className="text-muted">{t("challenges.wizard.untitled")}</span>
          )}
        </p>
        {draft.summary.trim() ? <p className="mt-1">{draft.summary}</p> : null}
      </div>
      <ChallengeFacts challenge={draft} />
      <ChallengeBody challenge={draft} level={3} />
    </section>
  );
}

/** The background step's guiding questions (shown as the field's hint). */
export function GuidingQuestions() {
  const t = useT();
  return (
    <>
      {t("challenges.wizard.step2.questionsLead")}
      <ul className="list-disc pl-5">
        {([1, 2, 3, 4] as const).map((n) => (
          <li key={n}>{t(`challenges.wizard.step2.q${n}`)}</li>
        ))}
      </ul>
    </>
  );
}

/** The preview before anything is saved: empty, located where the company is. */
export function emptyPreview(company: {
  prefectureCode: string;
  municipality: string;
}): ChallengeViewData {
  return {
    title: "",
    summary: "",
    background: "",
    successCriteria: "",
    deliverables: "",
    category: null,
    requiredSkills: [],
    niceToHaveSkills: [],
    engagementTypes: [],
    workStyle: null,
    onsiteVisitsPerMonth: null,
    hoursPerWeek: null,
    durationMonths: null,
    compensationType: null,
    compensationMin: null,
    compensationMax: null,
    startDate: null,
    applicationDeadline: null,
    prefectureCode: company.prefectureCode,
    municipality: company.municipality,
  };
}
