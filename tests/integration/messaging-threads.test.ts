import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { actOnMatch, startMatch } from "~/modules/matching/matches.server";
import { recordThreadEvent } from "~/modules/messaging/events.server";
import {
  deleteMessage,
  editMessage,
  markThreadRead,
  postMessage,
} from "~/modules/messaging/messages.server";
import { openThreadForMatch, openThreeWayThread } from "~/modules/messaging/threads.server";
import { countUnreadMessages, inbox, threadView } from "~/modules/messaging/views.server";
import { resetDatabase } from "../support/database";
import { seedMatchingMarket, type MatchingMarket } from "../support/matching";

let market: MatchingMarket;

beforeEach(async () => {
  await resetDatabase();
  market = await seedMatchingMarket();
});

async function threadOf(matchId: string) {
  return db.thread.findUnique({
    where: { matchId },
    select: {
      id: true,
      withCoordinator: true,
      participants: { select: { userId: true, side: true }, orderBy: { userId: "asc" } },
    },
  });
}

async function start(source: "APPLICATION" | "CASUAL_TALK" | "SCOUT" | "INTRODUCTION") {
  const actor =
    source === "SCOUT"
      ? market.owner.user
      : source === "INTRODUCTION"
        ? market.coordinator.user
        : market.anonymous.user;
  const outcome = await startMatch({
    challengeId: market.challenge.id,
    profileId: market.anonymous.profile.id,
    source,
    message: "はじめまして",
    actor: { id: actor.id },
  });
  if (!outcome.ok) throw new Error(`could not start: ${outcome.reason}`);
  return outcome.matchId;
}

function participantsOf(...entries: [string, string][]) {
  return entries
    .map(([userId, side]) => ({ userId, side }))
    .sort((a, b) => a.userId.localeCompare(b.userId));
}

describe("opening threads", () => {
  it("an application or a casual talk opens the thread with the match: the professional and every member", async () => {
    for (const source of ["APPLICATION", "CASUAL_TALK"] as const) {
      await db.match.deleteMany();
      const matchId = await start(source);
      const thread = await threadOf(matchId);
      expect(thread?.withCoordinator).toBe(false);
      expect(thread?.participants).toEqual(
        participantsOf(
          [market.anonymous.user.id, "professional"],
          [market.owner.user.id, "company"],
          [market.memberA.user.id, "company"],
        ),
      );
    }
  });

  it("a scout opens the thread only when the professional accepts", async () => {
    const matchId = await start("SCOUT");
    expect(await threadOf(matchId)).toBeNull();
    await actOnMatch({
      matchId,
      side: "professional",
      action: { kind: "accept" },
      actor: { id: market.anonymous.user.id },
    });
    expect((await threadOf(matchId))?.participants).toHaveLength(3);
  });

  it("an introduction opens a three-way thread once both sides accepted", async () => {
    const matchId = await start("INTRODUCTION");
    await actOnMatch({
      matchId,
      side: "professional",
      action: { kind: "accept" },
      actor: { id: market.anonymous.user.id },
    });
    expect(await threadOf(matchId)).toBeNull();
    await actOnMatch({
      matchId,
      side: "company",
      action: { kind: "accept" },
      actor: { id: market.owner.user.id },
    });
    const thread = await threadOf(matchId);
    expect(thread?.withCoordinator).toBe(true);
    expect(thread?.participants).toEqual(
      participantsOf(
        [market.anonymous.user.id, "professional"],
        [market.owner.user.id, "company"],
        [market.memberA.user.id, "company"],
        [market.coordinator.user.id, "coordinator"],
      ),
    );
  });

  it("a coordinator opens a three-way thread before anyone accepted; the company sees the anonymous summary", async () => {
    const matchId = await start("INTRODUCTION");
    const opened = await openThreeWayThread({ matchId, actor: { id: market.coordinator.user.id } });
    expect(opened.ok).toBe(true);
    const thread = await threadOf(matchId);
    expect(thread?.withCoordinator).toBe(true);
    expect(thread?.participants).toHaveLength(4);
    const view = await threadView(thread!.id, market.owner.user, "ja");
    expect(view.match.professionalName).not.toContain("匿名 太郎");
    expect(JSON.stringify(view)).not.toContain("匿名 太郎");
    const own = await threadView(thread!.id, market.anonymous.user, "ja");
    expect(own.match.professionalName).toBe("匿名 太郎");
    // Once the professional accepts, the company learns the name.
    await actOnMatch({
      matchId,
      side: "professional",
      action: { kind: "accept" },
      actor: { id: market.anonymous.user.id },
    });
    expect((await threadView(thread!.id, market.owner.user, "ja")).match.professionalName).toBe(
      "匿名 太郎",
    );
    expect(
      await openThreeWayThread({ matchId, actor: { id: market.coordinator.user.id } }),
    ).toEqual({ ok: true, threadId: thread!.id });
    expect(await db.thread.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "thread.openThreeWay" } })).toBe(2);
  });

  it("three-way threads are for introductions only", async () => {
    const matchId = await start("APPLICATION");
    expect(
      await openThreeWayThread({ matchId, actor: { id: market.coordinator.user.id } }),
    ).toEqual({ ok: false });
    expect((await threadOf(matchId))?.withCoordinator).toBe(false);
  });

  it("opening is idempotent", async () => {
    const matchId = await start("APPLICATION");
    const first = await threadOf(matchId);
    const again = await db.$transaction((tx) => openThreadForMatch(tx, matchId));
    expect(again).toBe(first!.id);
    expect(await db.thread.count()).toBe(1);
    expect(await db.threadParticipant.count()).toBe(3);
  });
});

describe("messages", () => {
  let threadId = "";
  const pro = () => ({ id: market.anonymous.user.id, side: "professional" as const });
  const owner = () => ({ id: market.owner.user.id, side: "company" as const });

  beforeEach(async () => {
    const matchId = await start("APPLICATION");
    threadId = (await threadOf(matchId))!.id;
  });

  it("posting stores the message, its event, the activity and the author's read state", async () => {
    const now = new Date("2026-01-05T10:00:00Z");
    const outcome = await postMessage({ threadId, author: pro(), body: "こんにちは\n2行目", now });
    expect(outcome.ok).toBe(true);
    const thread = await db.thread.findUniqueOrThrow({ where: { id: threadId } });
    expect(thread.lastMessageAt).toEqual(now);
    const events = await db.threadEvent.findMany({ where: { threadId } });
    expect(events).toMatchObject([{ kind: "message", actorId: pro().id }]);
    const mine = await db.threadParticipant.findUniqueOrThrow({
      where: { threadId_userId: { threadId, userId: pro().id } },
    });
    expect(mine.lastReadAt).toEqual(now);
    expect(await countUnreadMessages(owner().id)).toBe(1);
    expect(await countUnreadMessages(market.memberA.user.id)).toBe(1);
    expect(await countUnreadMessages(pro().id)).toBe(0);
    expect(await countUnreadMessages(market.memberB.user.id)).toBe(0);
  });

  it("the author edits within five minutes, not after, and nobody else ever", async () => {
    const sent = new Date("2026-01-05T10:00:00Z");
    const posted = await postMessage({ threadId, author: pro(), body: "初稿", now: sent });
    if (!posted.ok) throw new Error("not posted");
    const messageId = posted.messageId;
    expect(
      await editMessage({
        threadId,
        messageId,
        userId: owner().id,
        body: "乗っ取り",
        now: new Date(sent.getTime() + 1000),
      }),
    ).toEqual({ ok: false, reason: "notAllowed" });
    const edited = await editMessage({
      threadId,
      messageId,
      userId: pro().id,
      body: "改稿",
      now: new Date(sent.getTime() + 4 * 60_000),
    });
    expect(edited.ok).toBe(true);
    expect(
      await editMessage({
        threadId,
        messageId,
        userId: pro().id,
        body: "遅すぎ",
        now: new Date(sent.getTime() + 5 * 60_000 + 1),
      }),
    ).toEqual({ ok: false, reason: "tooLate" });
    const message = await db.message.findUniqueOrThrow({ where: { id: messageId } });
    expect(message.body).toBe("改稿");
    expect(message.editedAt).not.toBeNull();
  });

  it("deleting empties the message and shows it as deleted; only the author may", async () => {
    const posted = await postMessage({ threadId, author: pro(), body: "消す予定" });
    if (!posted.ok) throw new Error("not posted");
    expect(
      await deleteMessage({ threadId, messageId: posted.messageId, userId: owner().id }),
    ).toEqual({ ok: false, reason: "notAllowed" });
    expect(
      (await deleteMessage({ threadId, messageId: posted.messageId, userId: pro().id })).ok,
    ).toBe(true);
    const message = await db.message.findUniqueOrThrow({ where: { id: posted.messageId } });
    expect(message.body).toBe("");
    expect(message.deletedAt).not.toBeNull();
    const view = await threadView(threadId, market.owner.user, "ja");
    expect(view.messages).toMatchObject([{ id: posted.messageId, deleted: true, body: "" }]);
    expect(await countUnreadMessages(owner().id)).toBe(0);
    expect(
      (await db.threadEvent.findMany({ where: { threadId }, orderBy: { id: "asc" } })).map(
        (event) => event.kind,
      ),
    ).toEqual(["message", "deleted"]);
  });

  it("a message of another thread cannot be edited or deleted through this one", async () => {
    const posted = await postMessage({ threadId, author: pro(), body: "本物" });
    if (!posted.ok) throw new Error("not posted");
    expect(
      await deleteMessage({ threadId: "elsewhere", messageId: posted.messageId, userId: pro().id }),
    ).toEqual({ ok: false, reason: "notFound" });
  });

  it("reading marks the thread read and records a read event only when something new was read", async () => {
    await postMessage({ threadId, author: pro(), body: "1" });
    await postMessage({ threadId, author: pro(), body: "2" });
    expect(await countUnreadMessages(owner().id)).toBe(2);
    const items = await inbox(market.owner.user, "ja");
    expect(items).toMatchObject([{ id: threadId, unread: 2, lastMessage: { excerpt: "2" } }]);
    expect(await markThreadRead({ threadId, userId: owner().id, side: "company" })).toEqual({
      changed: true,
    });
    expect(await countUnreadMessages(owner().id)).toBe(0);
    expect(await countUnreadMessages(market.memberA.user.id)).toBe(2);
    expect(await markThreadRead({ threadId, userId: owner().id, side: "company" })).toEqual({
      changed: false,
    });
    expect(await db.threadEvent.count({ where: { threadId, kind: "read" } })).toBe(1);
    const view = await threadView(threadId, market.anonymous.user, "ja");
    expect(view.readers.find((reader) => reader.userId === owner().id)?.lastReadAt).not.toBeNull();
  });

  it("the inbox lists threads by last activity with the other party per disclosure", async () => {
    const items = await inbox(market.anonymous.user, "ja");
    expect(items).toMatchObject([
      { id: threadId, counterpart: market.companyA.name, unread: 0, lastMessage: null },
    ]);
    // The anonymous professional applied: applying discloses the name to that company.
    expect((await inbox(market.owner.user, "ja"))[0]?.counterpart).toBe("匿名 太郎");
    expect(await inbox(market.memberB.user, "ja")).toEqual([]);
    expect(await inbox(market.coordinator.user, "ja")).toEqual([]);
  });

  it("a thread event rolls back with its transaction", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await recordThreadEvent(tx, { threadId, kind: "message", actorId: pro().id });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.threadEvent.count()).toBe(0);
  });

  it("a blocked user cannot post", async () => {
    await db.userBlock.create({ data: { blockerId: owner().id, blockedId: pro().id } });
    expect(await postMessage({ threadId, author: pro(), body: "届かない" })).toEqual({
      ok: false,
      reason: "blocked",
    });
    expect(await db.message.count()).toBe(0);
    expect((await threadView(threadId, market.anonymous.user, "ja")).canPost).toBe(false);
    expect((await threadView(threadId, market.owner.user, "ja")).canPost).toBe(true);
  });
});
