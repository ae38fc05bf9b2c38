/**
 * Saved-search digests: every hour, each saved search whose DAILY or WEEKLY period has
 * passed is run again as its owner (their role, companies and the profiles' visibility
 * and blocks as they are now) for what appeared since its last digest. New matches → one
 * email through the outbox, queued in the transaction that moves lastNotifiedAt on; none
 * → lastNotifiedAt moves on, no mail.
 */
import { db } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { isLocale, type Locale } from "~/lib/i18n/locales";
import { errorFields, logger } from "~/lib/logger.server";
import { translate } from "~/lib/i18n/translate";
import type { Role } from "~/modules/auth/roles";
import { enqueueEmail } from "~/modules/notifications/email/outbox.server";
import type { EmailListItem } from "~/modules/notifications/email/templates";
import { viewerOf } from "~/modules/professionals/views.server";
import { prefectureName } from "~/modules/reference/prefectures";
import { searchChallenges, searchProfessionals } from "~/modules/search/query.server";
import { canSaveSearch, isSearchKind, searchPath, type AlertFrequencyCode } from "./kinds";
import { newUnsubscribeToken } from "./saved-searches.server";
import { digestIdempotencyKey, dueBefore } from "./schedule";
import { parseSearchQuery, type ParsedSearch } from "./summary";

/** A digest lists this many matches; "see all" opens the rest. */
export const DIGEST_ITEMS = 10;
const BATCH = 100;

export type DigestRun = { checked: number; sent: number; empty: number; failed: number };

type DueSearch = {
  id: string;
  kind: string;
  name: string;
  query: string;
  frequency: AlertFrequencyCode;
  lastNotifiedAt: Date;
  user: { id: string; email: string; role: Role; locale: string };
};

type Found = { total: number; items: EmailListItem[] };

/** Sends every digest due at `now`. Safe to run twice, or in two processes at once. */
export async function sendDueDigests(now = new Date()): Promise<DigestRun> {
  const run: DigestRun = { checked: 0, sent: 0, empty: 0, failed: 0 };
  const daily = dueBefore("DAILY", now)!;
  const weekly = dueBefore("WEEKLY", now)!;
  let cursor: string | null = null;
  for (;;) {
    const due: DueSearch[] = await db.savedSearch.findMany({
      where: {
        OR: [
          { frequency: "DAILY", lastNotifiedAt: { lte: daily } },
          { frequency: "WEEKLY", lastNotifiedAt: { lte: weekly } },
        ],
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        kind: true,
        name: true,
        query: true,
        frequency: true,
        lastNotifiedAt: true,
        user: { select: { id: true, email: true, role: true, locale: true } },
      },
    });
    for (const search of due) {
      run.checked += 1;
      try {
        const outcome = await sendDigest(search, now);
        if (outcome === "sent") run.sent += 1;
        else if (outcome === "empty") run.empty += 1;
      } catch (error) {
        run.failed += 1;
        logger.error("saved-search digest failed", {
          savedSearchId: search.id,
          ...errorFields(error),
        });
      }
    }
    if (due.length < BATCH) break;
    cursor = due[due.length - 1]!.id;
  }
  if (run.checked > 0) logger.info("saved-search digests", run);
  return run;
}

async function sendDigest(search: DueSearch, now: Date): Promise<"sent" | "empty" | "raced"> {
  const locale: Locale = isLocale(search.user.locale) ? search.user.locale : "ja";
  const parsed = isSearchKind(search.kind) ? parseSearchQuery(search.kind, search.query) : null;
  // A search its owner may no longer run (role changed) or can no longer read sends nothing.
  const found =
    parsed && canSaveSearch(search.user.role, parsed.kind)
      ? await findNew(parsed, search, locale)
      : { total: 0, items: [] };
  const frequency = search.frequency as Exclude<AlertFrequencyCode, "OFF">;
  return db.$transaction(async (tx) => {
    const unsubscribe = found.items.length > 0 ? newUnsubscribeToken() : null;
    // Only the runner that moves lastNotifiedAt on from the value it read sends the mail.
    const claimed = await tx.savedSearch.updateMany({
      where: { id: search.id, lastNotifiedAt: search.lastNotifiedAt, frequency },
      data: {
        lastNotifiedAt: now,
        ...(unsubscribe ? { unsubscribeTokenHash: unsubscribe.hash } : {}),
      },
    });
    if (claimed.count === 0) return "raced";
    if (!unsubscribe) return "empty";
    const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
      translate(locale, key, vars);
    const origin = getEnv().APP_URL;
    const rest = found.total - found.items.length;
    await enqueueEmail(tx, {
      template: "saved-search-digest",
      to: search.user.email,
      locale,
      idempotencyKey: digestIdempotencyKey(search.id, frequency, now),
      payload: {
        name: search.name,
        count: String(Math.max(found.total, found.items.length)),
        frequency: t(`alerts.frequency.${frequency}`),
        url: `${origin}${isSearchKind(search.kind) ? searchPath(search.kind, search.query) : "/searches"}`,
        items: found.items,
        itemsMore: rest > 0 ? t("alerts.email.more", { count: rest }) : "",
        unsubscribeUrl: `${origin}/unsubscribe/${unsubscribe.token}`,
        listUnsubscribeUrl: `${origin}/unsubscribe/${unsubscribe.token}/one-click`,
      },
    });
    return "sent";
  });
}

/** The matches that appeared since the last digest, as the owner may see them now. */
async function findNew(parsed: ParsedSearch, search: DueSearch, locale: Locale): Promise<Found> {
  const origin = getEnv().APP_URL;
  const options = { locale, since: search.lastNotifiedAt, hitsPerPage: DIGEST_ITEMS };
  if (parsed.kind === "challenges") {
    const result = await searchChallenges({ ...parsed.params, page: 1 }, options);
    return {
      total: result.total,
      items: result.items.map((item) => ({
        title: item.title,
        url: `${origin}/challenges/${item.id}`,
        detail: `${item.company.name} · ${prefectureName(item.prefectureCode, locale)}`,
      })),
    };
  }
  const viewer = await viewerOf(search.user);
  const result = await searchProfessionals({ ...parsed.params, page: 1 }, viewer, options);
  return {
    total: result.total,
    items: result.items.map((item) => {
      const anonymous = item.view === "anonymous";
      return {
        title: anonymous
          ? translate(locale, "alerts.email.anonymous")
          : (item.name ?? item.headline),
        url: `${origin}/pros/${item.id}`,
        detail: anonymous
          ? [item.summary, item.headline].filter(Boolean).join(" · ")
          : item.headline,
      };
    }),
  };
}
