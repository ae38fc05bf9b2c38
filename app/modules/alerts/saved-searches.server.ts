/** A user's saved searches: create, list, rename, change alerts, delete, unsubscribe by token. */
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Role } from "~/modules/auth/roles";
import { generateToken, hashToken } from "~/modules/auth/tokens.server";
import { toQueryString } from "~/modules/search/params";
import { canSaveSearch, savedSearchLimit, type AlertFrequencyCode, type SearchKind } from "./kinds";
import { parseSearchQuery } from "./summary";

type Owner = { id: string; role: Role };

export type CreateSavedSearch = {
  kind: SearchKind;
  query: string;
  name: string;
  frequency: AlertFrequencyCode;
};

export type CreateOutcome =
  { ok: true; id: string } | { ok: false; field: "query" | "kind" | "form"; error: string };

/**
 * The query as the search page reads it, in canonical form and without the page number
 * (a saved search always starts at the first page); null when the schema refuses it.
 */
export function canonicalSavedQuery(kind: SearchKind, query: string): string | null {
  const parsed = parseSearchQuery(kind, query);
  if (!parsed) return null;
  return toQueryString({ ...parsed.params, page: 1 });
}

/** A new unsubscribe capability: the token goes into mail, only its hash is stored. */
export function newUnsubscribeToken() {
  const token = generateToken();
  return { token, hash: hashToken(token) };
}

export async function createSavedSearch(
  owner: Owner,
  input: CreateSavedSearch,
): Promise<CreateOutcome> {
  if (!canSaveSearch(owner.role, input.kind)) {
    return { ok: false, field: "kind", error: "alerts.errors.notAllowed" };
  }
  const query = canonicalSavedQuery(input.kind, input.query);
  if (query === null) return { ok: false, field: "query", error: "alerts.errors.query" };
  const { hash } = newUnsubscribeToken();
  return db.$transaction(async (tx) => {
    const count = await tx.savedSearch.count({ where: { userId: owner.id } });
    if (count >= savedSearchLimit) {
      return { ok: false as const, field: "form" as const, error: "alerts.errors.limit" };
    }
    const created = await tx.savedSearch.create({
      data: {
        userId: owner.id,
        kind: input.kind,
        query,
        name: input.name,
        frequency: input.frequency,
        unsubscribeTokenHash: hash,
      },
      select: { id: true },
    });
    return { ok: true as const, id: created.id };
  });
}

/** The fields /searches shows; only the owner's rows. */
export function listSavedSearches(userId: string) {
  return db.savedSearch.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      name: true,
      query: true,
      frequency: true,
      lastNotifiedAt: true,
      createdAt: true,
    },
  });
}

/** Renames one of the user's saved searches; false when it is not theirs (or gone). */
export async function renameSavedSearch(userId: string, id: string, name: string) {
  const { count } = await db.savedSearch.updateMany({ where: { id, userId }, data: { name } });
  return count === 1;
}

/**
 * Changes how often a saved search emails. Turning alerts back on starts counting from
 * now, so the first digest does not dig up everything that appeared while they were off.
 */
export async function setSavedSearchFrequency(
  userId: string,
  id: string,
  frequency: AlertFrequencyCode,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const current = await tx.savedSearch.findFirst({
      where: { id, userId },
      select: { frequency: true },
    });
    if (!current) return false;
    await tx.savedSearch.update({
      where: { id },
      data: {
        frequency,
        ...(current.frequency === "OFF" && frequency !== "OFF" ? { lastNotifiedAt: now } : {}),
      },
    });
    return true;
  });
}

export async function deleteSavedSearch(userId: string, id: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.savedSearch.deleteMany({ where: { id, userId } });
    if (count === 0) return false;
    await recordAudit(tx, {
      action: "saved-search.delete",
      actorId: userId,
      targetType: "SavedSearch",
      targetId: id,
    });
    return true;
  });
}

/** The saved search an unsubscribe link points at (name and frequency only), or null. */
export function findByUnsubscribeToken(token: string) {
  if (!/^[a-z2-7]{32}$/.test(token)) return Promise.resolve(null);
  return db.savedSearch.findUnique({
    where: { unsubscribeTokenHash: hashToken(token) },
    select: { id: true, name: true, frequency: true },
  });
}

/**
 * Turns a saved search's mail off by its unsubscribe token. Idempotent: the token keeps
 * working, so a second click (or a mail client's retry) says "already off".
 */
export async function unsubscribeByToken(token: string) {
  const found = await findByUnsubscribeToken(token);
  if (!found) return null;
  if (found.frequency !== "OFF") {
    await db.savedSearch.update({ where: { id: found.id }, data: { frequency: "OFF" } });
  }
  return { name: found.name, wasOff: found.frequency === "OFF" };
}
