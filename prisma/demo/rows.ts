/**
 * Turns the demo specs into database rows: ids from demoId, dates from the anchor
 * day, code lists encoded. Pure, so two runs with the same anchor give the same rows.
 */
import type { ChallengeStatus, CloseReason } from "~/generated/prisma/enums";
import { encodeCodeList } from "~/modules/reference/code-lists";
import { engagementTypes, workStyles } from "~/modules/reference/work";
import { createRandom, demoId, shiftDays } from "./random";
import type { ChallengeSpec, CompanySpec, ProfileSpec } from "./types";

export const companyId = (key: string) => demoId("company", key);
export const challengeId = (key: string) => demoId("challenge", key);
export const profileId = (key: string) => demoId("profile", key);
export const memberEmail = (key: string) => `member.${key}@demo.enishi.example`;

function seedOf(text: string) {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

const DAY_MINUTES = 24 * 60;

export function companyRow(spec: CompanySpec, anchor: Date) {
  const random = createRandom(seedOf(`company/${spec.key}`));
  const createdAt = shiftDays(anchor, -spec.joinedDaysAgo, random.int(9 * 60, 18 * 60));
  return {
    id: companyId(spec.key),
    name: spec.name,
    prefectureCode: spec.prefectureCode,
    municipality: spec.municipality,
    industryCode: spec.industryCode,
    employeesBand: spec.employeesBand,
    foundedYear: spec.foundedYear,
    website: spec.website,
    description: spec.description,
    createdAt,
    updatedAt: createdAt,
  };
}

type StatusEvent = {
  fromStatus: ChallengeStatus | null;
  toStatus: ChallengeStatus;
  closeReason: CloseReason | null;
  note: string | null;
  /** 0 = created, 1 = the anchor */
  at: number;
};

const notes = {
  paused: [
    "応募が集まったため、面談を進める間いったん停止します",
    "社内の体制を見直すため一時停止します",
    "繁忙期のため、対応できる時期まで停止します",
  ],
  resumed: ["面談の結果を踏まえ、募集を再開します"],
  filled: [
    "副業人材の方1名と業務委託契約を結びました",
    "プロ人材の方と契約が決まりました",
    "面談した方のうち1名に決まりました",
  ],
  cancelled: [
    "社内で対応することになったため、募集を取りやめます",
    "予算の見直しにより、募集を取りやめます",
    "計画を見直すため、いったん取りやめます",
  ],
};

function timeline(spec: ChallengeSpec, random: ReturnType<typeof createRandom>): StatusEvent[] {
  const events: StatusEvent[] = [
    { fromStatus: null, toStatus: "DRAFT", closeReason: null, note: null, at: 0 },
  ];
  if (spec.status === "DRAFT") return events;
  events.push({ fromStatus: "DRAFT", toStatus: "OPEN", closeReason: null, note: null, at: 0.1 });
  if (spec.status === "PAUSED") {
    events.push({
      fromStatus: "OPEN",
      toStatus: "PAUSED",
      closeReason: null,
      note: random.pick(notes.paused),
      at: 0.7,
    });
  }
  if (spec.status === "CLOSED") {
    let from: ChallengeStatus = "OPEN";
    if (random.chance(0.3)) {
      events.push({
        fromStatus: "OPEN",
        toStatus: "PAUSED",
        closeReason: null,
        note: random.pick(notes.paused),
        at: 0.4,
      });
      if (random.chance(0.5)) {
        events.push({
          fromStatus: "PAUSED",
          toStatus: "OPEN",
          closeReason: null,
          note: random.pick(notes.resumed),
          at: 0.55,
        });
      } else {
        from = "PAUSED";
      }
    }
    const reason = spec.closeReason ?? "FILLED";
    events.push({
      fromStatus: from,
      toStatus: "CLOSED",
      closeReason: reason,
      note: random.pick(reason === "FILLED" ? notes.filled : notes.cancelled),
      at: 0.8,
    });
  }
  return events;
}

/** The challenge, its skills and its status history. */
export function challengeRows(
  spec: ChallengeSpec,
  anchor: Date,
  actorId: string | null,
  skillIds: ReadonlyMap<string, string>,
) {
  const random = createRandom(seedOf(`challenge/${spec.key}`));
  const id = challengeId(spec.key);
  const createdAt = shiftDays(
    anchor,
    -Math.max(1, spec.createdDaysAgo),
    random.int(8 * 60, 19 * 60),
  );
  const span = anchor.getTime() - createdAt.getTime();
  const events = timeline(spec, random).map((event) => ({
    ...event,
    createdAt: new Date(createdAt.getTime() + Math.round(span * event.at)),
  }));
  const published = events.find((event) => event.toStatus === "OPEN");
  const last = events[events.length - 1]!;
  // Deadlines of open and paused challenges lie ahead of the anchor; closed ones passed.
  const deadlineDays =
    spec.status === "CLOSED" && published
      ? Math.round(
          (published.createdAt.getTime() +
            0.7 * (last.createdAt.getTime() - published.createdAt.getTime()) -
            anchor.getTime()) /
            86_400_000,
        )
      : random.int(14, 75);
  const applicationDeadline = shiftDays(anchor, deadlineDays);
  const startDate = shiftDays(anchor, deadlineDays + random.int(10, 45));
  return {
    challenge: {
      id,
      companyId: companyId(spec.companyKey),
      title: spec.title,
      summary: spec.summary,
      background: spec.background,
      successCriteria: spec.successCriteria,
      deliverables: spec.deliverables,
      category: spec.category,
      engagementTypes: encodeCodeList(spec.engagementTypes, engagementTypes),
      workStyle: spec.workStyle,
      onsiteVisitsPerMonth: spec.onsiteVisitsPerMonth,
      hoursPerWeek: spec.hoursPerWeek,
      durationMonths: spec.durationMonths,
      compensationType: spec.compensationType,
      compensationMin: spec.compensationMin,
      compensationMax: spec.compensationMax,
      startDate,
      applicationDeadline,
      prefectureCode: spec.prefectureCode,
      municipality: spec.municipality,
      status: spec.status,
      closeReason: spec.status === "CLOSED" ? (spec.closeReason ?? "FILLED") : null,
      publishedAt: published?.createdAt ?? null,
      statusChangedAt: last.createdAt,
      createdById: actorId,
      createdAt,
      updatedAt: last.createdAt,
    },
    skills: spec.skills.map((skill) => {
      const skillId = skillIds.get(skill.slug);
      if (!skillId) throw new Error(`demo challenge ${spec.key}: unknown skill ${skill.slug}`);
      return { challengeId: id, skillId, required: skill.required };
    }),
    statusChanges: events.map((event, index) => ({
      id: demoId("status", `${spec.key}/${index}`),
      challengeId: id,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      closeReason: event.closeReason,
      note: event.note,
      actorId,
      createdAt: event.createdAt,
    })),
  };
}

/** The profile and its child rows, for the user `userId`. */
export function profileRows(
  spec: ProfileSpec,
  anchor: Date,
  userId: string,
  skillIds: ReadonlyMap<string, string>,
) {
  const random = createRandom(seedOf(`profile/${spec.key}`));
  const id = profileId(spec.key);
  const createdAt = shiftDays(anchor, -spec.joinedDaysAgo, random.int(0, DAY_MINUTES - 1));
  return {
    profile: {
      id,
      userId,
      headline: spec.headline,
      bio: spec.bio,
      currentEmployer: spec.currentEmployer,
      currentIndustryCode: spec.currentIndustryCode,
      industryCodes: [...new Set(spec.industryCodes)].sort().join(","),
      certificates: JSON.stringify(spec.certificates),
      languages: JSON.stringify(spec.languages),
      links: JSON.stringify(spec.links),
      engagementTypes: encodeCodeList(spec.engagementTypes, engagementTypes),
      workStyles: encodeCodeList(spec.workStyles, workStyles),
      onsiteVisitsPerMonth: spec.onsiteVisitsPerMonth,
      hoursPerWeek: spec.hoursPerWeek,
      availableFrom: spec.availableInDays === null ? null : shiftDays(anchor, spec.availableInDays),
      expectedMonthlyYen: spec.expectedMonthlyYen,
      expectedHourlyYen: spec.expectedHourlyYen,
      visibility: spec.visibility,
      createdAt,
      updatedAt: createdAt,
    },
    skills: spec.skills.map((skill) => {
      const skillId = skillIds.get(skill.slug);
      if (!skillId) throw new Error(`demo profile ${spec.key}: unknown skill ${skill.slug}`);
      return { profileId: id, skillId, years: skill.years, level: skill.level };
    }),
    careers: spec.careers.map((career, position) => ({
      id: demoId("career", `${spec.key}/${position}`),
      profileId: id,
      position,
      ...career,
    })),
    regions: [...new Set(spec.regions)].map((prefectureCode) => ({
      profileId: id,
      prefectureCode,
    })),
    ties: spec.ties.map((tie, index) => ({
      id: demoId("tie", `${spec.key}/${index}`),
      profileId: id,
      ...tie,
    })),
    blocks: spec.blocks.map((companyKey) => ({
      profileId: id,
      companyId: companyId(companyKey),
      createdAt,
    })),
  };
}

export function userCreatedAt(anchor: Date, joinedDaysAgo: number, key: string) {
  const random = createRandom(seedOf(`user/${key}`));
  return shiftDays(anchor, -joinedDaysAgo, random.int(0, DAY_MINUTES - 1));
}
