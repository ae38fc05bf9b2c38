import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import type { Locale } from "~/lib/i18n/locales";
import { resolveSkillNames } from "~/modules/skills/resolve.server";
import {
  createWizardDraft,
  formDefaults,
  getChallenge,
  resolveChallengeSkills,
  saveWizardStep,
  skillName,
  type Actor,
  type ChallengeRecord,
} from "./challenges.server";
import { problemMessageKey } from "./checklist";
import { readiness, toViewData } from "./detail.server";
import { changeChallengeStatus } from "./lifecycle.server";
import {
  challengeCategories,
  wizardStep1Schema,
  wizardStep2Schema,
  wizardStep3Schema,
  wizardStep4Schema,
  wizardStep5Schema,
  wizardStep6Schema,
  wizardSteps,
  type WizardStep,
} from "./schema";
import { localizedTemplate } from "./templates";

export function wizardUrl(companyId: string, id: string | null, step: WizardStep) {
  const params = new URLSearchParams();
  if (id) params.set("id", id);
  params.set("step", String(step));
  return `/companies/${companyId}/challenges/wizard?${params}`;
}

/** ?id=&step= from the wizard's URL; a step beyond 1 needs a draft. */
export function wizardPosition(request: Request) {
  const params = new URL(request.url).searchParams;
  const id = params.get("id") || null;
  const asked = Number(params.get("step") ?? "1");
  const step = (wizardSteps as readonly number[]).includes(asked) ? (asked as WizardStep) : 1;
  return { id, step: id ? step : 1 };
}

/**
 * The draft the wizard is working on: it must be this company's and still a draft
 * (anything else is 404; a published challenge is edited with the plain form).
 */
export async function wizardDraft(companyId: string, id: string): Promise<ChallengeRecord> {
  const record = await getChallenge(id);
  if (!record || record.companyId !== companyId) notFound();
  if (record.status !== "DRAFT") throw redirect(`/challenges/${record.id}/edit`);
  return record;
}

/** Every category's template in one language (the wizard switches them as you choose). */
export function wizardTemplates(locale: Locale) {
  return Object.fromEntries(
    challengeCategories.map((category) => [category, localizedTemplate(category, locale)]),
  ) as Record<(typeof challengeCategories)[number], ReturnType<typeof localizedTemplate>>;
}

/** The typical skills of a category that the taxonomy knows, named in `locale`. */
export async function suggestedSkills(
  category: (typeof challengeCategories)[number],
  locale: Locale,
): Promise<string[]> {
  const { skills } = await resolveSkillNames(db, localizedTemplate(category, locale).typicalSkills);
  return skills.map((skill) => skillName(skill, locale));
}

/** What a wizard page shows for a saved draft. */
export async function wizardDraftView(record: ChallengeRecord, step: WizardStep, locale: Locale) {
  return {
    id: record.id,
    defaults: formDefaults(record, locale),
    preview: toViewData(record, locale),
    skillSuggestions: step === 4 ? await suggestedSkills(record.category, locale) : [],
    ...(step === 6 ? readiness(record) : { checklist: [], problems: [] }),
  };
}

export type WizardOutcome =
  | { kind: "reply"; result: SubmissionResult<string[]> }
  | { kind: "next"; url: string }
  | {
      kind: "done";
      url: string;
      message: "challenges.wizard.savedDraft" | "challenges.wizard.published";
    };

/**
 * One POST of the wizard: validates the step's fields, saves them on the draft (the
 * first step creates it) and says where to go next. Nothing typed is lost on errors.
 */
export async function submitWizardStep({
  companyId,
  id,
  step,
  formData,
  actor,
  locale,
}: {
  companyId: string;
  id: string | null;
  step: WizardStep;
  formData: FormData;
  actor: Actor;
  locale: Locale;
}): Promise<WizardOutcome> {
  if (!id) {
    const submission = parseWithZod(formData, { schema: wizardStep1Schema });
    if (submission.status !== "success") return { kind: "reply", result: submission.reply() };
    const created = await createWizardDraft(companyId, actor, submission.value);
    return { kind: "next", url: wizardUrl(companyId, created.id, 2) };
  }
  const record = await wizardDraft(companyId, id);
  const next = { kind: "next", url: wizardUrl(companyId, id, (step + 1) as WizardStep) } as const;
  switch (step) {
    case 1:
    case 2:
    case 3: {
      const schema = [wizardStep1Schema, wizardStep2Schema, wizardStep3Schema][step - 1]!;
      const submission = parseWithZod(formData, { schema });
      if (submission.status !== "success") return { kind: "reply", result: submission.reply() };
      await saveWizardStep(id, actor, step, submission.value);
      return next;
    }
    case 4: {
      const submission = parseWithZod(formData, { schema: wizardStep4Schema });
      if (submission.status !== "success") return { kind: "reply", result: submission.reply() };
      const skills = await resolveChallengeSkills(db, submission.value, locale);
      if (!skills.ok) {
        return { kind: "reply", result: submission.reply({ fieldErrors: skills.fieldErrors }) };
      }
      const { requiredSkills: _required, niceToHaveSkills: _nice, ...value } = submission.value;
      await saveWizardStep(id, actor, step, value, skills);
      return next;
    }
    case 5: {
      const schema = wizardStep5Schema(record.engagementTypes);
      const submission = parseWithZod(formData, { schema });
      if (submission.status !== "success") return { kind: "reply", result: submission.reply() };
      await saveWizardStep(id, actor, step, submission.value);
      return next;
    }
    case 6: {
      const submission = parseWithZod(formData, { schema: wizardStep6Schema });
      if (submission.status !== "success") return { kind: "reply", result: submission.reply() };
      if (submission.value.intent === "draft") {
        return {
          kind: "done",
          url: `/companies/${companyId}/challenges`,
          message: "challenges.wizard.savedDraft",
        };
      }
      const outcome = await changeChallengeStatus({ challengeId: id, actor, action: "publish" });
      if (!outcome.ok) {
        const formErrors =
          outcome.reason === "incomplete"
            ? ["challenges.status.incomplete", ...outcome.problems.map(problemMessageKey)]
            : ["challenges.status.notAllowed"];
        return { kind: "reply", result: submission.reply({ formErrors }) };
      }
      return { kind: "done", url: `/challenges/${id}`, message: "challenges.wizard.published" };
    }
  }
}
