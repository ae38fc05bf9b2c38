/**
 * The admins' synonym groups (SynonymGroup rows): list, add, edit, delete — audited in
 * the same transaction. Every change reconfigures the engine's vocabulary and rewrites
 * the indexes in the background (startBackgroundReindex), whose progress the page shows.
 */
import { BUSINESS_SYNONYMS_JA } from "#search/index";
import { db, type DbClient } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { startBackgroundReindex } from "./reindex.server";
import {
  parseStoredTerms,
  termProblems,
  type ExistingGroup,
  type SynonymGroupInput,
} from "./synonyms";

type Actor = { id: string };
type Meta = { ipAddress?: string };

export type SynonymOutcome =
  { ok: true; id: string } | { ok: false; fieldErrors: { terms: string[] } };

export async function listSynonymGroups() {
  const rows = await db.synonymGroup.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, terms: true, updatedAt: true },
  });
  return {
    builtIn: BUSINESS_SYNONYMS_JA.map((group) => [...group]),
    groups: rows.map((row) => ({
      id: row.id,
      terms: parseStoredTerms(row.terms),
      updatedAt: row.updatedAt,
    })),
  };
}

export async function getSynonymGroup(id: string) {
  const row = await db.synonymGroup.findUnique({
    where: { id },
    select: { id: true, terms: true },
  });
  return row ? { id: row.id, terms: parseStoredTerms(row.terms) } : null;
}

async function existingGroups(client: DbClient): Promise<ExistingGroup[]> {
  const rows = await client.synonymGroup.findMany({ select: { id: true, terms: true } });
  return [
    ...BUSINESS_SYNONYMS_JA.map((terms) => ({ id: null, terms })),
    ...rows.map((row) => ({ id: row.id, terms: parseStoredTerms(row.terms) })),
  ];
}

/** The problems of `terms` as messages for the terms field (they name the terms). */
async function conflicts(
  client: DbClient,
  terms: readonly string[],
  locale: Locale,
  editingId: string | null,
): Promise<string[]> {
  const separator = locale === "ja" ? "・" : ", ";
  return termProblems(terms, await existingGroups(client), editingId).map((problem) =>
    problem.kind === "repeated"
      ? translate(locale, "search.synonyms.errors.repeated", { term: problem.term })
      : translate(
          locale,
          problem.builtIn ? "search.synonyms.errors.takenBuiltIn" : "search.synonyms.errors.taken",
          { term: problem.term, group: problem.group.join(separator) },
        ),
  );
}

/** After a change: new vocabulary for the engine, and every document rewritten with it. */
function applyVocabularyChange() {
  void startBackgroundReindex();
}

export async function createSynonymGroup(
  input: SynonymGroupInput,
  actor: Actor,
  locale: Locale,
  meta: Meta = {},
): Promise<SynonymOutcome> {
  const outcome = await db.$transaction(async (tx): Promise<SynonymOutcome> => {
    const problems = await conflicts(tx, input.terms, locale, null);
    if (problems.length > 0) return { ok: false, fieldErrors: { terms: problems } };
    const group = await tx.synonymGroup.create({
      data: { terms: JSON.stringify(input.terms) },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "admin.synonyms_created",
      actorId: actor.id,
      targetType: "SynonymGroup",
      targetId: group.id,
      ipAddress: meta.ipAddress,
      metadata: { terms: input.terms },
    });
    return { ok: true, id: group.id };
  });
  if (outcome.ok) applyVocabularyChange();
  return outcome;
}

/** null when there is no such group. */
export async function updateSynonymGroup(
  id: string,
  input: SynonymGroupInput,
  actor: Actor,
  locale: Locale,
  meta: Meta = {},
): Promise<SynonymOutcome | null> {
  const outcome = await db.$transaction(async (tx): Promise<SynonymOutcome | null> => {
    const before = await tx.synonymGroup.findUnique({ where: { id }, select: { terms: true } });
    if (!before) return null;
    const problems = await conflicts(tx, input.terms, locale, id);
    if (problems.length > 0) return { ok: false, fieldErrors: { terms: problems } };
    await tx.synonymGroup.update({ where: { id }, data: { terms: JSON.stringify(input.terms) } });
    await recordAudit(tx, {
      action: "admin.synonyms_updated",
      actorId: actor.id,
      targetType: "SynonymGroup",
      targetId: id,
      ipAddress: meta.ipAddress,
      metadata: { before: parseStoredTerms(before.terms), after: input.terms },
    });
    return { ok: true, id };
  });
  if (outcome?.ok) applyVocabularyChange();
  return outcome;
}

/** false when there is no such group. */
export async function deleteSynonymGroup(id: string, actor: Actor, meta: Meta = {}) {
  const deleted = await db.$transaction(async (tx) => {
    const before = await tx.synonymGroup.findUnique({ where: { id }, select: { terms: true } });
    if (!before) return false;
    await tx.synonymGroup.delete({ where: { id } });
    await recordAudit(tx, {
      action: "admin.synonyms_deleted",
      actorId: actor.id,
      targetType: "SynonymGroup",
      targetId: id,
      ipAddress: meta.ipAddress,
      metadata: { terms: parseStoredTerms(before.terms) },
    });
    return true;
  });
  if (deleted) applyVocabularyChange();
  return deleted;
}
