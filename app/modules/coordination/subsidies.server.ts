/**
 * Prefecture support schemes: maintained by the coordinators of the prefecture (admins:
 * all), shown on the prefecture's challenges, and recorded on a match when one was used.
 */
import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { dateToDay, dayToDate, todayInJapan } from "~/modules/challenges/dates";
import { inPrefectures, prefectureFilter } from "./regions";
import { schemeIsCurrent, type SubsidyInput } from "./subsidies";

type Actor = { id: string; ipAddress?: string };

const schemeSelect = {
  id: true,
  prefectureCode: true,
  name: true,
  description: true,
  coverage: true,
  maxAmountYen: true,
  url: true,
  startsOn: true,
  endsOn: true,
  active: true,
  _count: { select: { matches: true } },
} as const;

function shown(row: {
  id: string;
  prefectureCode: string;
  name: string;
  description: string;
  coverage: string;
  maxAmountYen: number | null;
  url: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
  active: boolean;
  _count: { matches: number };
}) {
  return {
    id: row.id,
    prefectureCode: row.prefectureCode,
    name: row.name,
    description: row.description,
    coverage: row.coverage,
    maxAmountYen: row.maxAmountYen,
    url: row.url,
    startsOn: row.startsOn ? dateToDay(row.startsOn) : null,
    endsOn: row.endsOn ? dateToDay(row.endsOn) : null,
    active: row.active,
    matchCount: row._count.matches,
  };
}
export type SchemeView = ReturnType<typeof shown>;

/** The schemes of the coordinator's prefectures (admins: all), by prefecture and name. */
export async function listSchemes(prefectures: string[] | null) {
  const prefectureCode = prefectureFilter(prefectures);
  const rows = await db.subsidyScheme.findMany({
    where: prefectureCode ? { prefectureCode } : {},
    select: schemeSelect,
    orderBy: [{ prefectureCode: "asc" }, { name: "asc" }, { id: "asc" }],
  });
  return rows.map(shown);
}

/** One scheme of the region; 404 outside it. */
export async function schemeInRegion(prefectures: string[] | null, schemeId: string) {
  const row = await db.subsidyScheme.findUnique({ where: { id: schemeId }, select: schemeSelect });
  if (!row || !inPrefectures(prefectures)(row.prefectureCode)) notFound();
  return shown(row);
}

function schemeData(input: SubsidyInput) {
  return {
    prefectureCode: input.prefectureCode,
    name: input.name,
    description: input.description,
    coverage: input.coverage,
    maxAmountYen: input.maxAmountYen ?? null,
    url: input.url ?? null,
    startsOn: input.startsOn ? dayToDate(input.startsOn) : null,
    endsOn: input.endsOn ? dayToDate(input.endsOn) : null,
    active: input.active,
  };
}

/** Creates a scheme; the caller has checked its prefecture is the coordinator's. */
export async function createScheme(actor: Actor, input: SubsidyInput) {
  return db.$transaction(async (tx) => {
    const scheme = await tx.subsidyScheme.create({ data: schemeData(input), select: { id: true } });
    await recordAudit(tx, {
      action: "subsidy.create",
      actorId: actor.id,
      targetType: "SubsidyScheme",
      targetId: scheme.id,
      ipAddress: actor.ipAddress,
      metadata: { prefectureCode: input.prefectureCode },
    });
    return scheme;
  });
}

export async function updateScheme(actor: Actor, schemeId: string, input: SubsidyInput) {
  await db.$transaction(async (tx) => {
    await tx.subsidyScheme.update({ where: { id: schemeId }, data: schemeData(input) });
    await recordAudit(tx, {
      action: "subsidy.update",
      actorId: actor.id,
      targetType: "SubsidyScheme",
      targetId: schemeId,
      ipAddress: actor.ipAddress,
      metadata: { prefectureCode: input.prefectureCode, active: input.active },
    });
  });
}

/** Deletes a scheme; matches that used it keep their record as "none". */
export async function deleteScheme(actor: Actor, schemeId: string) {
  await db.$transaction(async (tx) => {
    await tx.subsidyScheme.delete({ where: { id: schemeId } });
    await recordAudit(tx, {
      action: "subsidy.delete",
      actorId: actor.id,
      targetType: "SubsidyScheme",
      targetId: schemeId,
      ipAddress: actor.ipAddress,
    });
  });
}

/** The prefecture's schemes in force today, for a challenge page or a match's select. */
export async function currentSchemesFor(prefectureCode: string, now = new Date()) {
  const rows = await db.subsidyScheme.findMany({
    where: { prefectureCode, active: true },
    select: schemeSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const today = todayInJapan(now);
  return rows
    .map(shown)
    .filter((scheme) => schemeIsCurrent(scheme, today))
    .map(({ matchCount: _matchCount, active: _active, ...scheme }) => scheme);
}
export type CurrentScheme = Awaited<ReturnType<typeof currentSchemesFor>>[number];

/** The match's recorded scheme and the choices for it (the prefecture's current schemes). */
export async function subsidyChoiceFor(matchId: string, now = new Date()) {
  const match = await db.match.findUniqueOrThrow({
    where: { id: matchId },
    select: {
      subsidyScheme: { select: { id: true, name: true } },
      challenge: { select: { prefectureCode: true } },
    },
  });
  const options = await currentSchemesFor(match.challenge.prefectureCode, now);
  return {
    current: match.subsidyScheme,
    options: options.map((scheme) => ({ id: scheme.id, name: scheme.name })),
  };
}

export type SubsidyUseOutcome = { ok: true } | { ok: false; reason: "unknownScheme" };

/**
 * Records which scheme a match used (null: none). The scheme must be one of the
 * challenge's prefecture's current schemes, or the one already recorded.
 */
export async function recordSubsidyUse(
  actor: Actor,
  matchId: string,
  schemeId: string | null,
  now = new Date(),
): Promise<SubsidyUseOutcome> {
  const choice = await subsidyChoiceFor(matchId, now);
  const allowed =
    schemeId === null ||
    schemeId === choice.current?.id ||
    choice.options.some((option) => option.id === schemeId);
  if (!allowed) return { ok: false, reason: "unknownScheme" };
  await db.$transaction(async (tx) => {
    await tx.match.update({ where: { id: matchId }, data: { subsidySchemeId: schemeId } });
    await recordAudit(tx, {
      action: "match.subsidy",
      actorId: actor.id,
      targetType: "Match",
      targetId: matchId,
      ipAddress: actor.ipAddress,
      metadata: { from: choice.current?.id ?? null, to: schemeId },
    });
  });
  return { ok: true };
}
