/**
 * Recommendations: a challenge's best professionals, a professional's best open
 * challenges. Retrieval from the search engine (recommend.ts builds the queries, with
 * the viewer's visibility filter from search/filters.ts, the same as /pros), then one
 * database read for the pool, scoring with scorePair, and ranking.
 *
 * What reaches a page is decided by the database, never the index alone: a profile is
 * dropped unless profileViewFor lets the viewer see it and it does not block the
 * challenge's company (whoever looks: a coordinator must not hand it to that company);
 * an anonymous one is shown by its summary, its name never read. Challenges must still
 * be OPEN. A hit the database disagrees with is queued for the search drainer.
 */
import type { SearchEngine } from "#search/index";
import type { MatchStage } from "~/generated/prisma/enums";
import { db } from "~/lib/db.server";
import { errorFields, logger } from "~/lib/logger.server";
import type { Locale } from "~/lib/i18n/locales";
import { decodeCodeList } from "~/modules/reference/code-lists";
import { engagementTypes, workStyles, type EngagementType } from "~/modules/reference/work";
import { anonymousSummary } from "~/modules/professionals/summary";
import { profileViewFor, type Viewer } from "~/modules/professionals/visibility";
import { CHALLENGE_INDEX, PROFILE_INDEX } from "~/modules/search/documents";
import { readySearchEngine } from "~/modules/search/engine.server";
import { enqueueSearchSync } from "~/modules/search/outbox.server";
import {
  challengeRetrieval,
  limitOf,
  mergePool,
  professionalRetrieval,
  rankByScore,
} from "./recommend";
import {
  challengeScoringRows,
  existingMatches,
  profileNames,
  profileScoringRows,
  type ChallengeScoringRow,
  type ProfileScoringRow,
} from "./recommend-sources.server";
import { prepareChallenge, prepareProfessional, scorePair, type PairScore } from "./score";
import { challengeForScoring, professionalForScoring } from "./score-input-builders";

export type RecommendOptions = {
  limit?: number;
  locale: Locale;
  /** the reference date for timing (tests pin it) */
  now?: Date;
  /** the engine to ask (the bench passes its own); the app's configured one otherwise */
  engine?: SearchEngine;
};

export type ExistingMatch = { id: string; stage: MatchStage };

export type ProfessionalRecommendation = {
  id: string;
  view: "full" | "anonymous";
  /** only for profiles the viewer may see in full */
  name: string | null;
  /** the anonymous summary, only for anonymous profiles */
  summary: string | null;
  headline: string;
  skills: Array<{ name: string; years: number }>;
  score: PairScore;
  match: ExistingMatch | null;
};

export type ChallengeRecommendation = {
  id: string;
  title: string;
  summary: string;
  prefectureCode: string;
  workStyle: ChallengeScoringRow["workStyle"];
  engagementTypes: EngagementType[];
  applicationDeadline: Date | null;
  company: { id: string; name: string };
  score: PairScore;
  match: ExistingMatch | null;
};

export type Recommendations<Item> = {
  items: Item[];
  /** candidates scored (after the database checks) */
  poolSize: number;
};

async function engineOf(options: RecommendOptions) {
  return options.engine ?? (await readySearchEngine());
}

/** Runs the retrieval queries and merges their hits into one pool of ids. */
async function retrieve(
  engine: SearchEngine,
  index: string,
  queries: ReturnType<typeof professionalRetrieval>,
) {
  const lists: string[][] = [];
  for (const query of queries) {
    const result = await engine.search(index, query);
    lists.push(result.hits.map((hit) => hit.id));
  }
  return mergePool(lists);
}

async function healStale(entity: "challenge" | "profile", ids: string[]) {
  if (ids.length === 0) return;
  try {
    await enqueueSearchSync(db, entity, ids);
  } catch (error) {
    logger.warn("could not queue stale search documents", { entity, ...errorFields(error) });
  }
}

function matchesBy<Key extends "profileId" | "challengeId">(
  rows: Awaited<ReturnType<typeof existingMatches>>,
  key: Key,
) {
  return new Map(
    rows.map((row) => [row[key], { id: row.id, stage: row.stage as MatchStage } as ExistingMatch]),
  );
}

function skillNameOf(skill: { nameJa: string; nameEn: string }, locale: Locale) {
  return locale === "ja" ? skill.nameJa : skill.nameEn;
}

// ---------------------------------------------------------------------------
// A challenge's professionals
// ---------------------------------------------------------------------------

/**
 * The best professionals for a challenge, as `viewer` may see them; null when the
 * challenge does not exist. The caller has checked that the viewer may ask (a member of
 * the challenge's company, a coordinator or an admin: see recommend-access.server.ts).
 */
export async function recommendProfessionals(
  challengeId: string,
  viewer: NonNullable<Viewer>,
  options: RecommendOptions,
): Promise<Recommendations<ProfessionalRecommendation> | null> {
  const [row] = await challengeScoringRows([challengeId], { openOnly: false });
  if (!row) return null;
  const engine = await engineOf(options);
  const queries = professionalRetrieval(
    {
      prefectureCode: row.prefectureCode,
      skills: row.skills.map((link) => ({ nameJa: link.skill.nameJa, required: link.required })),
      engagementTypes: decodeCodeList(row.engagementTypes, engagementTypes),
      workStyle: row.workStyle,
      hoursPerWeek: row.hoursPerWeek,
    },
    viewer,
  );
  const pool = await retrieve(engine, PROFILE_INDEX, queries);
  const rows = await profileScoringRows(pool, [...new Set([...viewer.companyIds, row.companyId])]);

  // A hit without a row is missing or HIDDEN in the database: its document is stale.
  const found = new Set(rows.map((profile) => profile.id));
  const stale = pool.filter((id) => !found.has(id));
  const shown: Array<{ profile: ProfileScoringRow; view: "full" | "anonymous" }> = [];
  for (const profile of rows) {
    const blocked = profile.blocks.map((block) => block.companyId);
    // The challenge's company never gets a profile that blocks it, whoever is looking.
    if (blocked.includes(row.companyId)) continue;
    const view = profileViewFor(viewer, {
      userId: profile.userId,
      visibility: profile.visibility,
      blockedCompanyIds: blocked,
    });
    if (view === "none") continue;
    shown.push({ profile, view });
  }

  const challenge = prepareChallenge(challengeForScoring(row));
  const now = options.now ?? new Date();
  const scored = shown.map((entry) => ({
    ...entry,
    id: entry.profile.id,
    score: scorePair(challenge, prepareProfessional(professionalForScoring(entry.profile)), {
      now,
    }),
  }));
  const top = rankByScore(scored, limitOf(options.limit));
  const topIds = top.map((entry) => entry.id);
  const [names, matches] = await Promise.all([
    profileNames(top.filter((entry) => entry.view === "full").map((entry) => entry.id)),
    existingMatches({ challengeIds: [row.id], profileIds: topIds }),
  ]);
  const matchOf = matchesBy(matches, "profileId");
  await healStale("profile", stale);

  const items = top.map(({ profile, view, score }): ProfessionalRecommendation => {
    const skills = [...profile.skills].sort(
      (a, b) => b.years - a.years || a.skill.nameEn.localeCompare(b.skill.nameEn),
    );
    return {
      id: profile.id,
      view,
      name: view === "full" ? (names.get(profile.id) ?? null) : null,
      summary:
        view === "anonymous"
          ? anonymousSummary(
              {
                currentIndustryCode: profile.currentIndustryCode,
                skills: skills.map((entry) => ({
                  ...entry.skill,
                  years: entry.years,
                  level: entry.level,
                })),
              },
              options.locale,
            )
          : null,
      headline: profile.headline,
      skills: skills
        .slice(0, 5)
        .map((entry) => ({ name: skillNameOf(entry.skill, options.locale), years: entry.years })),
      score,
      match: matchOf.get(profile.id) ?? null,
    };
  });
  return { items, poolSize: shown.length };
}

// ---------------------------------------------------------------------------
// A professional's challenges
// ---------------------------------------------------------------------------

/**
 * The best OPEN challenges for a professional's profile; null when the profile does
 * not exist. Challenges of companies the profile blocks (its employer) are left out.
 */
export async function recommendChallenges(
  profileId: string,
  options: RecommendOptions,
): Promise<Recommendations<ChallengeRecommendation> | null> {
  const [row] = await profileScoringRows([profileId], "all", { includeHidden: true });
  if (!row) return null;
  const blockedCompanyIds = row.blocks.map((block) => block.companyId);
  const engine = await engineOf(options);
  const queries = challengeRetrieval({
    skills: row.skills.map((link) => ({ nameJa: link.skill.nameJa, years: link.years })),
    placeCodes: [
      ...row.regions.map((region) => region.prefectureCode),
      ...row.ties.map((tie) => tie.prefectureCode),
    ],
    blockedCompanyIds,
    engagementTypes: decodeCodeList(row.engagementTypes, engagementTypes),
    workStyles: decodeCodeList(row.workStyles, workStyles),
    expectedMonthlyYen: row.expectedMonthlyYen,
  });
  const pool = await retrieve(engine, CHALLENGE_INDEX, queries);
  const open = await challengeScoringRows(pool, { openOnly: true });
  const found = new Set(open.map((challenge) => challenge.id));
  const rows = open.filter((challenge) => !blockedCompanyIds.includes(challenge.companyId));

  const professional = prepareProfessional(professionalForScoring(row));
  const now = options.now ?? new Date();
  const scored = rows.map((challenge) => ({
    id: challenge.id,
    challenge,
    score: scorePair(challengeForScoring(challenge), professional, { now }),
  }));
  const top = rankByScore(scored, limitOf(options.limit));
  const matchOf = matchesBy(
    await existingMatches({ challengeIds: top.map((entry) => entry.id), profileIds: [row.id] }),
    "challengeId",
  );
  await healStale(
    "challenge",
    pool.filter((id) => !found.has(id)),
  );
  const items = top.map(({ challenge, score }): ChallengeRecommendation => ({
    id: challenge.id,
    title: challenge.title,
    summary: challenge.summary,
    prefectureCode: challenge.prefectureCode,
    workStyle: challenge.workStyle,
    engagementTypes: decodeCodeList(challenge.engagementTypes, engagementTypes),
    applicationDeadline: challenge.applicationDeadline,
    company: challenge.company,
    score,
    match: matchOf.get(challenge.id) ?? null,
  }));
  return { items, poolSize: rows.length };
}
