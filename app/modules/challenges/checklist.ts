import type { CompensationType, WorkStyle } from "~/generated/prisma/enums";
import type { EngagementType } from "~/modules/reference/work";
import { compensationIssues, workStyleIssues } from "./schema";

/**
 * What a professional needs to know before applying. Each item is computed from the
 * draft; the required ones must all hold before a challenge can be published.
 */
export type ChecklistDraft = {
  title: string;
  summary: string;
  background: string;
  successCriteria: string;
  deliverables: string;
  requiredSkillCount: number;
  engagementTypes: readonly EngagementType[];
  workStyle: WorkStyle;
  onsiteVisitsPerMonth: number;
  hoursPerWeek: number;
  durationMonths: number;
  compensationType: CompensationType;
  compensationMin: number | null;
  compensationMax: number | null;
  /** YYYY-MM-DD */
  startDate: string | null;
  applicationDeadline: string | null;
  prefectureCode: string;
  /** someone at the company the professional will work with (the challenge's author) */
  hasContactPerson: boolean;
};

export const checklistItems = [
  { key: "problem", required: true },
  { key: "outcome", required: true },
  { key: "deliverables", required: false },
  { key: "skills", required: true },
  { key: "engagement", required: true },
  { key: "time", required: true },
  { key: "onsite", required: true },
  { key: "budget", required: true },
  { key: "start", required: false },
  { key: "deadline", required: false },
  { key: "location", required: true },
  { key: "contact", required: false },
] as const;

export type ChecklistKey = (typeof checklistItems)[number]["key"];
export type ChecklistResult = { key: ChecklistKey; required: boolean; ok: boolean };

function filled(text: string) {
  return text.trim().length > 0;
}

const checks: Record<ChecklistKey, (draft: ChecklistDraft) => boolean> = {
  problem: (draft) => filled(draft.title) && filled(draft.summary) && filled(draft.background),
  outcome: (draft) => filled(draft.successCriteria),
  deliverables: (draft) => filled(draft.deliverables),
  skills: (draft) => draft.requiredSkillCount > 0,
  engagement: (draft) => draft.engagementTypes.length > 0,
  time: (draft) => draft.hoursPerWeek >= 1 && draft.durationMonths >= 1,
  onsite: (draft) => workStyleIssues(draft).length === 0,
  budget: (draft) => compensationIssues(draft).length === 0,
  start: (draft) => draft.startDate !== null,
  deadline: (draft) => draft.applicationDeadline !== null,
  location: (draft) => filled(draft.prefectureCode),
  contact: (draft) => draft.hasContactPerson,
};

export function challengeChecklist(draft: ChecklistDraft): ChecklistResult[] {
  return checklistItems.map((item) => ({ ...item, ok: checks[item.key](draft) }));
}

export type PublishProblem =
  | { kind: "checklist"; key: ChecklistKey }
  | { kind: "deadlinePassed" }
  | { kind: "deadlineAfterStart" };

/**
 * Why the draft cannot be published yet (empty when it can): a required checklist item
 * missing, or an application deadline already past (today in Japan) or after the start.
 */
export function publishProblems(draft: ChecklistDraft, today: string): PublishProblem[] {
  const problems: PublishProblem[] = challengeChecklist(draft)
    .filter((item) => item.required && !item.ok)
    .map((item) => ({ kind: "checklist", key: item.key }));
  if (draft.applicationDeadline !== null && draft.applicationDeadline < today) {
    problems.push({ kind: "deadlinePassed" });
  }
  if (
    draft.applicationDeadline !== null &&
    draft.startDate !== null &&
    draft.applicationDeadline > draft.startDate
  ) {
    problems.push({ kind: "deadlineAfterStart" });
  }
  return problems;
}

/** The message that explains a publish problem (the checklist item it fails, or the date rule). */
export function problemMessageKey(problem: PublishProblem) {
  if (problem.kind === "checklist") return `challenges.missing.${problem.key}` as const;
  return `challenges.errors.${problem.kind}` as const;
}
