/**
 * What the messaging pages and the stream show, read with `select`s and shaped for the
 * viewer: names through names.ts (staged disclosure), deleted messages without their
 * text, dates as ISO strings.
 */
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import type { Role } from "~/modules/auth/roles";
import { threadIdsOfUserSql } from "./access.server";
import { excerpt, THREAD_PAGE_SIZE, type ThreadMessage, type ThreadSide } from "./messages";
import { authorDisplayName, professionalDisplayName, type MatchForNames } from "./names";
import { canPost } from "./safety.server";

type Viewer = { id: string; role: Role };

export const matchNamesSelect = {
  professionalAcceptedAt: true,
  profile: {
    select: {
      userId: true,
      visibility: true,
      currentIndustryCode: true,
      user: { select: { name: true } },
      skills: {
        select: { years: true, level: true, skill: { select: { nameJa: true, nameEn: true } } },
      },
    },
  },
} satisfies Prisma.MatchSelect;

type MatchNamesRow = Prisma.MatchGetPayload<{ select: typeof matchNamesSelect }>;

export function matchForNames(row: MatchNamesRow): MatchForNames {
  return {
    professionalAcceptedAt: row.professionalAcceptedAt,
    profile: {
      ...row.profile,
      skills: row.profile.skills.map((skill) => ({ ...skill, ...skill.skill })),
    },
  };
}

const messageSelect = {
  id: true,
  threadId: true,
  authorId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true } },
  attachments: {
    select: { id: true, fileName: true, byteSize: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.MessageSelect;

type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

function toThreadMessage(
  row: MessageRow,
  match: MatchForNames,
  sides: ReadonlyMap<string, ThreadSide>,
  viewer: Viewer,
  locale: Locale,
): ThreadMessage {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    authorId: row.authorId,
    authorName: authorDisplayName(
      row.author,
      match,
      viewer,
      locale,
      translate(locale, "messaging.deletedUser"),
    ),
    authorSide:
      row.authorId === null
        ? null
        : row.authorId === match.profile.userId
          ? "professional"
          : (sides.get(row.authorId) ?? null),
    body: deleted ? "" : row.body,
    deleted,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    attachments: deleted ? [] : row.attachments,
  };
}

function asSide(side: string): ThreadSide {
  return side === "professional" || side === "company" ? side : "coordinator";
}

/** The thread page: who is in it, its newest messages, read states and whether you may post. */
export async function threadView(threadId: string, viewer: Viewer, locale: Locale) {
  const thread = await db.thread.findUniqueOrThrow({
    where: { id: threadId },
    select: {
      id: true,
      withCoordinator: true,
      match: {
        select: {
          id: true,
          ...matchNamesSelect,
          challenge: {
            select: { id: true, title: true, companyId: true, company: { select: { name: true } } },
          },
        },
      },
      participants: {
        select: {
          userId: true,
          side: true,
          lastReadAt: true,
          mutedAt: true,
          user: { select: { name: true } },
        },
        orderBy: { joinedAt: "asc" },
      },
    },
  });
  const match = matchForNames(thread.match);
  const companyId = thread.match.challenge.companyId;
  const members = new Set(
    (await db.membership.findMany({ where: { companyId }, select: { userId: true } })).map(
      (membership) => membership.userId,
    ),
  );
  // Former members keep their messages but are no longer in the thread.
  const participants = thread.participants.filter(
    (participant) => participant.side !== "company" || members.has(participant.userId),
  );
  const sides = new Map(thread.participants.map((row) => [row.userId, asSide(row.side)]));
  const rows = await db.message.findMany({
    where: { threadId },
    select: messageSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: THREAD_PAGE_SIZE + 1,
  });
  const hasOlder = rows.length > THREAD_PAGE_SIZE;
  const messages = rows
    .slice(0, THREAD_PAGE_SIZE)
    .reverse()
    .map((row) => toThreadMessage(row, match, sides, viewer, locale));
  const mine = thread.participants.find((participant) => participant.userId === viewer.id);
  return {
    thread: { id: thread.id, withCoordinator: thread.withCoordinator },
    match: {
      id: thread.match.id,
      challengeId: thread.match.challenge.id,
      challengeTitle: thread.match.challenge.title,
      companyName: thread.match.challenge.company.name,
      professionalName: professionalDisplayName(match, viewer, locale),
    },
    participants: participants.map((participant) => ({
      userId: participant.userId,
      side: asSide(participant.side),
      name:
        participant.userId === match.profile.userId
          ? professionalDisplayName(match, viewer, locale)
          : participant.user.name,
    })),
    readers: participants
      .filter((participant) => participant.userId !== viewer.id)
      .map((participant) => ({
        userId: participant.userId,
        lastReadAt: participant.lastReadAt?.toISOString() ?? null,
      })),
    messages,
    hasOlder,
    canPost: await canPost(db, threadId, viewer.id),
    muted: Boolean(mine?.mutedAt),
  };
}

export type ThreadViewData = Awaited<ReturnType<typeof threadView>>;

export const INBOX_LIMIT = 100;

type InboxRaw = { id: string; unread: bigint | number; mutedAt: unknown };

/**
 * The user's threads, latest activity first (threads without a message yet by when they
 * opened), each with the other party, the challenge, the last message and the unread count.
 */
export async function inbox(viewer: Viewer, locale: Locale) {
  const rows = await db.$queryRaw<InboxRaw[]>`
    WITH mine AS (${threadIdsOfUserSql(viewer.id)})
    SELECT t.id AS id, tp.mutedAt AS mutedAt,
      (SELECT COUNT(*) FROM Message msg
        WHERE msg.threadId = t.id AND msg.deletedAt IS NULL
          AND (msg.authorId IS NULL OR msg.authorId <> ${viewer.id})
          AND (tp.lastReadAt IS NULL OR msg.createdAt > tp.lastReadAt)) AS unread
    FROM mine
    JOIN Thread t ON t.id = mine.threadId
    LEFT JOIN ThreadParticipant tp ON tp.threadId = t.id AND tp.userId = ${viewer.id}
    ORDER BY COALESCE(t.lastMessageAt, t.createdAt) DESC, t.id ASC
    LIMIT ${INBOX_LIMIT}`;
  if (rows.length === 0) return [];
  const threads = await db.thread.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true,
      withCoordinator: true,
      lastMessageAt: true,
      createdAt: true,
      match: {
        select: {
          ...matchNamesSelect,
          challenge: { select: { title: true, company: { select: { name: true } } } },
        },
      },
      messages: {
        select: { body: true, deletedAt: true, createdAt: true, authorId: true },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
      },
    },
  });
  const byId = new Map(threads.map((thread) => [thread.id, thread]));
  return rows.flatMap((row) => {
    const thread = byId.get(row.id);
    if (!thread) return [];
    const match = matchForNames(thread.match);
    const professional = professionalDisplayName(match, viewer, locale);
    const company = thread.match.challenge.company.name;
    const isProfessional = match.profile.userId === viewer.id;
    const last = thread.messages[0] ?? null;
    return [
      {
        id: thread.id,
        counterpart: isProfessional
          ? company
          : viewer.role === "COMPANY_MEMBER"
            ? professional
            : `${professional} × ${company}`,
        withCoordinator: thread.withCoordinator,
        challengeTitle: thread.match.challenge.title,
        lastActivityAt: (thread.lastMessageAt ?? thread.createdAt).toISOString(),
        lastMessage: last
          ? {
              excerpt: last.deletedAt ? null : excerpt(last.body),
              mine: last.authorId === viewer.id,
            }
          : null,
        unread: Number(row.unread),
        muted: row.mutedAt !== null,
      },
    ];
  });
}

export type InboxItem = Awaited<ReturnType<typeof inbox>>[number];

/** The header badge: unread messages from others across all of the user's threads. */
export async function countUnreadMessages(userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ unread: bigint | number }[]>`
    WITH mine AS (${threadIdsOfUserSql(userId)})
    SELECT COUNT(*) AS unread FROM mine
    JOIN Message msg ON msg.threadId = mine.threadId
    LEFT JOIN ThreadParticipant tp ON tp.threadId = mine.threadId AND tp.userId = ${userId}
    WHERE msg.deletedAt IS NULL
      AND (msg.authorId IS NULL OR msg.authorId <> ${userId})
      AND (tp.lastReadAt IS NULL OR msg.createdAt > tp.lastReadAt)`;
  return Number(row?.unread ?? 0);
}

/** The newest thread event id: where a fresh page's stream starts (catch-up from there). */
export async function latestThreadEventId(): Promise<number> {
  const row = await db.threadEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0;
}

/** One event as the stream sends it to one user. */
export type StreamEvent = {
  id: number;
  threadId: string;
  kind: "message" | "edited" | "deleted" | "read";
  message?: ThreadMessage;
  reader?: { userId: string; readAt: string };
};

type EventRaw = {
  id: bigint | number;
  threadId: string;
  kind: string;
  messageId: string | null;
  actorId: string | null;
  createdAt: string | Date;
};

export const CATCH_UP_LIMIT = 500;

/**
 * What a stream remembers of each thread for naming authors (staged disclosure and
 * sides), so a busy stream does not reread the match for every message. Entries are
 * refreshed after NAMES_TTL_MS; disclosure only ever widens (the professional agrees), so
 * a stale entry can only hide a name a little longer, never reveal one early.
 */
export type ThreadNamesCache = Map<
  string,
  { match: MatchForNames; sides: Map<string, ThreadSide>; at: number }
>;
const NAMES_TTL_MS = 30_000;

async function namesOf(
  threadIds: readonly string[],
  authorIds: ReadonlyMap<string, readonly string[]>,
  cache: ThreadNamesCache,
) {
  const now = Date.now();
  const stale = threadIds.filter((threadId) => {
    const entry = cache.get(threadId);
    if (!entry || now - entry.at > NAMES_TTL_MS) return true;
    const authors = authorIds.get(threadId) ?? [];
    return authors.some(
      (authorId) => authorId !== entry.match.profile.userId && !entry.sides.has(authorId),
    );
  });
  if (stale.length > 0) {
    const threads = await db.thread.findMany({
      where: { id: { in: stale } },
      select: {
        id: true,
        match: { select: matchNamesSelect },
        participants: { select: { userId: true, side: true } },
      },
    });
    for (const thread of threads) {
      cache.set(thread.id, {
        match: matchForNames(thread.match),
        sides: new Map(thread.participants.map((row) => [row.userId, asSide(row.side)])),
        at: now,
      });
    }
  }
  return cache;
}

type MessageRaw = {
  id: string;
  threadId: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: unknown;
  editedAt: unknown;
  deletedAt: unknown;
  attachments: string | null;
};

const asDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));
const asDateOrNull = (value: unknown) =>
  value === null || value === undefined ? null : asDate(value);

/** Messages by id with their author and attachments, in one query. */
async function messagesById(ids: readonly string[]): Promise<MessageRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<MessageRaw[]>`
    SELECT m.id AS id, m.threadId AS threadId, m.authorId AS authorId, u.name AS authorName,
      m.body AS body, m.createdAt AS createdAt, m.editedAt AS editedAt, m.deletedAt AS deletedAt,
      (SELECT json_group_array(json_object('id', a.id, 'fileName', a.fileName,
          'byteSize', a.byteSize))
        FROM (SELECT id, fileName, byteSize FROM MessageAttachment
              WHERE messageId = m.id ORDER BY createdAt, id) AS a) AS attachments
    FROM Message m
    LEFT JOIN User u ON u.id = m.authorId
    WHERE m.id IN (${Prisma.join([...ids])})`;
  return rows.map((row) => ({
    id: row.id,
    threadId: row.threadId,
    authorId: row.authorId,
    body: row.body,
    createdAt: asDate(row.createdAt),
    editedAt: asDateOrNull(row.editedAt),
    deletedAt: asDateOrNull(row.deletedAt),
    author: row.authorId ? { id: row.authorId, name: row.authorName ?? "" } : null,
    attachments: JSON.parse(row.attachments ?? "[]") as MessageRow["attachments"],
  }));
}

/**
 * The events after `afterId` in the threads `viewer` takes part in now, oldest first,
 * with what the browser needs to show them (messages in their current state, named
 * for this viewer). Participation is checked by the query itself, at the time of asking.
 */
export async function eventsFor(
  viewer: Viewer,
  afterId: number,
  locale: Locale,
  limit = CATCH_UP_LIMIT,
  cache: ThreadNamesCache = new Map(),
): Promise<{ events: StreamEvent[]; lastId: number; full: boolean }> {
  const rows = await db.$queryRaw<EventRaw[]>`
    WITH mine AS (${threadIdsOfUserSql(viewer.id)})
    SELECT e.id AS id, e.threadId AS threadId, e.kind AS kind, e.messageId AS messageId,
      e.actorId AS actorId, e.createdAt AS createdAt
    FROM ThreadEvent e
    WHERE e.id > ${afterId} AND e.threadId IN (SELECT threadId FROM mine)
    ORDER BY e.id ASC
    LIMIT ${limit}`;
  if (rows.length === 0) return { events: [], lastId: afterId, full: false };
  const messageIds = [
    ...new Set(
      rows.flatMap((row) => (row.kind !== "read" && row.messageId ? [row.messageId] : [])),
    ),
  ];
  const messages = await messagesById(messageIds);
  const authorsByThread = new Map<string, string[]>();
  for (const message of messages) {
    if (!message.authorId) continue;
    authorsByThread.set(message.threadId, [
      ...(authorsByThread.get(message.threadId) ?? []),
      message.authorId,
    ]);
  }
  const names = await namesOf(
    [...new Set(messages.map((row) => row.threadId))],
    authorsByThread,
    cache,
  );
  const shown = new Map<string, ThreadMessage>();
  for (const row of messages) {
    const entry = names.get(row.threadId);
    if (entry) shown.set(row.id, toThreadMessage(row, entry.match, entry.sides, viewer, locale));
  }
  const events = rows.flatMap((row): StreamEvent[] => {
    const base = { id: Number(row.id), threadId: row.threadId };
    if (row.kind === "read") {
      if (!row.actorId) return [];
      return [
        {
          ...base,
          kind: "read",
          reader: { userId: row.actorId, readAt: asDate(row.createdAt).toISOString() },
        },
      ];
    }
    if (row.kind !== "message" && row.kind !== "edited" && row.kind !== "deleted") return [];
    const message = row.messageId ? shown.get(row.messageId) : undefined;
    return message ? [{ ...base, kind: row.kind, message }] : [];
  });
  return { events, lastId: Number(rows[rows.length - 1]!.id), full: rows.length >= limit };
}
