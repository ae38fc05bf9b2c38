/** Saved searches written straight to the database, with their unsubscribe token known. */
import { db } from "~/lib/db.server";
import type { AlertFrequencyCode, SearchKind } from "~/modules/alerts/kinds";
import { newUnsubscribeToken } from "~/modules/alerts/saved-searches.server";

export async function insertSavedSearch(
  userId: string,
  spec: {
    kind?: SearchKind;
    query?: string;
    name?: string;
    frequency?: AlertFrequencyCode;
    lastNotifiedAt?: Date;
  } = {},
) {
  const { token, hash } = newUnsubscribeToken();
  const search = await db.savedSearch.create({
    data: {
      userId,
      kind: spec.kind ?? "challenges",
      query: spec.query ?? "",
      name: spec.name ?? "テストの検索",
      frequency: spec.frequency ?? "DAILY",
      lastNotifiedAt: spec.lastNotifiedAt ?? new Date(),
      unsubscribeTokenHash: hash,
    },
  });
  return { search, token };
}

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
