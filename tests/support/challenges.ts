import type { ChallengeStatus } from "~/generated/prisma/enums";
import { db } from "~/lib/db.server";

let counter = 0;

/**
 * Inserts a complete challenge (publishable as it stands) straight into the database,
 * in `status` (OPEN/PAUSED/CLOSED get a publishedAt), with its first history row.
 */
export async function createTestChallenge(
  companyId: string,
  overrides: {
    title?: string;
    status?: ChallengeStatus;
    publishedAt?: Date;
    category?: "DX_IT" | "SALES_CHANNELS" | "BRANDING" | "OVERSEAS";
    prefectureCode?: string;
    createdById?: string;
    requiredSkillIds?: string[];
  } = {},
) {
  counter += 1;
  const status = overrides.status ?? "OPEN";
  const publishedAt =
    status === "DRAFT" ? null : (overrides.publishedAt ?? new Date(Date.now() - counter * 1000));
  return db.challenge.create({
    data: {
      companyId,
      title: overrides.title ?? `テスト課題${counter}`,
      summary: "受発注の転記をなくしたい",
      background: "FAX と Excel で受発注を管理しています。",
      successCriteria: "受注から出荷までを一つのシステムで追える",
      deliverables: "導入計画",
      category: overrides.category ?? "DX_IT",
      engagementTypes: "SIDE_JOB,CONTRACT",
      workStyle: "HYBRID",
      onsiteVisitsPerMonth: 2,
      hoursPerWeek: 8,
      durationMonths: 6,
      compensationType: "MONTHLY",
      compensationMin: 200_000,
      compensationMax: 300_000,
      prefectureCode: overrides.prefectureCode ?? "20",
      municipality: "諏訪市",
      status,
      publishedAt,
      closeReason: status === "CLOSED" ? "CANCELLED" : null,
      createdById: overrides.createdById ?? null,
      skills: overrides.requiredSkillIds
        ? { create: overrides.requiredSkillIds.map((skillId) => ({ skillId, required: true })) }
        : undefined,
      statusChanges: { create: { fromStatus: null, toStatus: status } },
    },
  });
}
