import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { postMessage } from "~/modules/messaging/messages.server";
import {
  CONTEXT_MESSAGES,
  listReports,
  moderateReport,
  reportDetail,
  reportMessage,
} from "~/modules/messaging/reports.server";
import {
  blockParticipant,
  canPost,
  threadSafetyView,
  unblockParticipant,
} from "~/modules/messaging/safety.server";
import * as reportRoute from "~/routes/admin.reports.$reportId";
import * as queueRoute from "~/routes/admin.reports._index";
import * as safetyRoute from "~/routes/messages.$threadId_.safety";
import { resetDatabase } from "../support/database";
import { callRoute } from "../support/routes";
import { addMessage, seedThreadMarket, type ThreadMarket } from "../support/safety";

let market: ThreadMarket;

beforeAll(async () => {
  await resetDatabase();
  market = await seedThreadMarket();
});

beforeEach(async () => {
  await db.userBlock.deleteMany();
  await db.messageReport.deleteMany();
  await db.message.deleteMany();
  await db.auditLog.deleteMany();
  await db.threadParticipant.updateMany({ data: { mutedAt: null } });
});

function safetyPost(cookie: string, form: Record<string, string>, threadId = market.threadId) {
  return callRoute(safetyRoute.action, {
    path: `/messages/${threadId}/safety`,
    params: { threadId },
    cookie,
    form,
  });
}

describe("blocking", () => {
  it("a blocked participant can no longer post; others still can; unblocking lets them again", async () => {
    const { threadId } = market;
    const outcome = await safetyPost(market.owner.cookie, {
      intent: "block",
      userId: market.pro.user.id,
    });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/messages/${threadId}`);
    expect(await canPost(db, threadId, market.pro.user.id)).toBe(false);
    expect(await canPost(db, threadId, market.owner.user.id)).toBe(true);
    expect(await canPost(db, threadId, market.memberA.user.id)).toBe(true);

    const refused = await postMessage({
      threadId,
      author: { id: market.pro.user.id, side: "professional" },
      body: "届きますか",
    });
    expect(refused).toEqual({ ok: false, reason: "blocked" });
    expect(await db.message.count({ where: { threadId } })).toBe(0);

    const view = await threadSafetyView(threadId, { id: market.pro.user.id, side: "professional" });
    expect(view.canPost).toBe(false);

    await safetyPost(market.owner.cookie, { intent: "unblock", userId: market.pro.user.id });
    expect(await canPost(db, threadId, market.pro.user.id)).toBe(true);
    const audit = await db.auditLog.findMany({ orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId, row.targetId])).toEqual([
      ["messaging.block", market.owner.user.id, market.pro.user.id],
      ["messaging.unblock", market.owner.user.id, market.pro.user.id],
    ]);
  });

  it("a block applies in every thread the blocker is in, and only there", async () => {
    await blockParticipant({
      threadId: market.threadId,
      actor: { id: market.pro.user.id },
      userId: market.owner.user.id,
    });
    expect(await canPost(db, market.threadId, market.owner.user.id)).toBe(false);
    // memberB shares no thread with the professional: nothing changes for them.
    expect(await canPost(db, market.threadId, market.memberB.user.id)).toBe(true);
  });

  it("refuses to block yourself or someone outside the thread, and twice is once", async () => {
    const actor = { id: market.pro.user.id };
    expect(
      await blockParticipant({ threadId: market.threadId, actor, userId: market.pro.user.id }),
    ).toEqual({ ok: false, reason: "self" });
    expect(
      await blockParticipant({ threadId: market.threadId, actor, userId: market.memberB.user.id }),
    ).toEqual({ ok: false, reason: "notParticipant" });
    const outsider = await safetyPost(market.pro.cookie, {
      intent: "block",
      userId: market.admin.user.id,
    });
    expect(outsider.status).toBe(302);
    expect(await db.userBlock.count()).toBe(0);

    for (let index = 0; index < 2; index += 1) {
      await blockParticipant({ threadId: market.threadId, actor, userId: market.owner.user.id });
    }
    expect(await db.userBlock.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "messaging.block" } })).toBe(1);
    expect(
      await unblockParticipant({ threadId: market.threadId, actor, userId: market.owner.user.id }),
    ).toEqual({ ok: true });
    expect(await db.userBlock.count()).toBe(0);
  });
});

describe("muting", () => {
  it("sets and clears mutedAt for the participant only", async () => {
    const muted = await safetyPost(market.pro.cookie, { intent: "mute", returnTo: "safety" });
    expect(muted.location).toBe(`/messages/${market.threadId}/safety`);
    const rows = await db.threadParticipant.findMany({ where: { threadId: market.threadId } });
    expect(rows.find((row) => row.userId === market.pro.user.id)?.mutedAt).toBeInstanceOf(Date);
    expect(rows.filter((row) => row.mutedAt !== null)).toHaveLength(1);
    await safetyPost(market.pro.cookie, { intent: "unmute" });
    const row = await db.threadParticipant.findUniqueOrThrow({
      where: { threadId_userId: { threadId: market.threadId, userId: market.pro.user.id } },
    });
    expect(row.mutedAt).toBeNull();
  });
});

describe("reporting", () => {
  it("files a report with an audit row, once per reporter and message", async () => {
    const message = await addMessage(market.threadId, market.owner.user.id, "失礼な内容");
    const form = {
      intent: "report",
      messageId: message.id,
      reason: "harassment",
      note: "何度も同じ内容が送られてきます",
    };
    const first = await safetyPost(market.pro.cookie, form);
    expect(first.status).toBe(302);
    expect(first.location).toBe(`/messages/${market.threadId}`);
    const again = await safetyPost(market.pro.cookie, form);
    expect(again.status).toBe(302);
    const reports = await db.messageReport.findMany();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      messageId: message.id,
      reporterId: market.pro.user.id,
      reason: "harassment",
      note: "何度も同じ内容が送られてきます",
      status: "OPEN",
    });
    expect(await db.auditLog.count({ where: { action: "messaging.report" } })).toBe(1);
    // Another participant may report the same message.
    await safetyPost(market.memberA.cookie, { ...form, reason: "spam", note: "" });
    expect(await db.messageReport.count()).toBe(2);
  });

  it("refuses your own message, a deleted one and one from another thread", async () => {
    const own = await addMessage(market.threadId, market.pro.user.id, "自分の発言");
    const deleted = await addMessage(market.threadId, market.owner.user.id, "x", {
      deletedAt: new Date(),
    });
    const reporter = { id: market.pro.user.id };
    const report = (messageId: string, threadId = market.threadId) =>
      reportMessage({ threadId, reporter, report: { messageId, reason: "spam", note: "" } });
    expect(await report(own.id)).toEqual({ ok: false, reason: "ownMessage" });
    expect(await report(deleted.id)).toEqual({ ok: false, reason: "notFound" });
    expect(await report("no-such-message")).toEqual({ ok: false, reason: "notFound" });
    const elsewhere = await addMessage(market.threadId, market.owner.user.id, "本物");
    expect(await report(elsewhere.id, "another-thread")).toEqual({ ok: false, reason: "notFound" });
    expect(await db.messageReport.count()).toBe(0);
  });

  it("returns field errors for a missing reason or a long note, keeping what was typed", async () => {
    const message = await addMessage(market.threadId, market.owner.user.id, "本文");
    const missing = await safetyPost(market.pro.cookie, {
      intent: "report",
      messageId: message.id,
      note: "メモ",
    });
    expect(missing.status).toBe(200);
    const result = (missing.data as { result: { error: Record<string, string[]> } }).result;
    expect(result.error.reason).toEqual(["safety.errors.reason"]);
    const long = await safetyPost(market.pro.cookie, {
      intent: "report",
      messageId: message.id,
      reason: "other",
      note: "あ".repeat(1001),
    });
    expect(
      (long.data as { result: { error: Record<string, string[]> } }).result.error.note,
    ).toEqual(["safety.errors.noteTooLong"]);
    expect(await db.messageReport.count()).toBe(0);
  });

  it("the safety page offers the report form only for someone else's live message", async () => {
    const message = await addMessage(market.threadId, market.owner.user.id, "通報対象");
    const own = await addMessage(market.threadId, market.pro.user.id, "自分");
    const load = async (messageId: string) => {
      const outcome = await callRoute(safetyRoute.loader, {
        path: `/messages/${market.threadId}/safety?message=${messageId}`,
        params: { threadId: market.threadId },
        cookie: market.pro.cookie,
      });
      return (outcome.data as { target: { state: string } | null }).target;
    };
    expect(await load(message.id)).toMatchObject({
      state: "ok",
      message: { id: message.id, body: "通報対象", authorName: "A社 オーナー" },
    });
    expect(await load(own.id)).toEqual({ state: "own" });
    expect(await load("unknown")).toEqual({ state: "unavailable" });
  });
});

describe("moderation", () => {
  async function reportedThread() {
    const base = Date.now() - 60 * 60 * 1000;
    const messages = [];
    for (let index = 0; index < 13; index += 1) {
      const author = index % 2 === 0 ? market.owner.user.id : market.pro.user.id;
      messages.push(
        await addMessage(market.threadId, author, `メッセージ${index}`, {
          createdAt: new Date(base + index * 60_000),
        }),
      );
    }
    const target = messages[6]!;
    const outcome = await reportMessage({
      threadId: market.threadId,
      reporter: { id: market.pro.user.id },
      report: { messageId: target.id, reason: "harassment", note: "ひどい" },
    });
    if (!outcome.ok) throw new Error("not reported");
    return { messages, target, reportId: outcome.reportId };
  }

  it("shows the reported message with five messages before and after", async () => {
    const { messages, reportId } = await reportedThread();
    const detail = await reportDetail(reportId);
    expect(detail?.message.body).toBe("メッセージ6");
    expect(detail?.message.authorName).toBe("A社 オーナー");
    expect(detail?.reporter?.name).toBe("公開 花子");
    expect(detail?.before.map((message) => message.body)).toEqual(
      messages.slice(6 - CONTEXT_MESSAGES, 6).map((message) => message.body),
    );
    expect(detail?.after.map((message) => message.body)).toEqual(
      messages.slice(7, 7 + CONTEXT_MESSAGES).map((message) => message.body),
    );
  });

  it("shows a message deleted after the report as deleted", async () => {
    const { target, reportId } = await reportedThread();
    await db.message.update({
      where: { id: target.id },
      data: { deletedAt: new Date(), body: "" },
    });
    const detail = await reportDetail(reportId);
    expect(detail?.message.body).toBeNull();
    const { reports } = await listReports({ status: "OPEN", page: 1 });
    expect(reports[0]?.body).toBeNull();
  });

  it("lists open reports newest first and filters by status", async () => {
    const a = await addMessage(market.threadId, market.owner.user.id, "一件目");
    const b = await addMessage(market.threadId, market.owner.user.id, "二件目");
    for (const message of [a, b]) {
      await reportMessage({
        threadId: market.threadId,
        reporter: { id: market.pro.user.id },
        report: { messageId: message.id, reason: "spam", note: "" },
      });
      await new Promise((done) => setTimeout(done, 5));
    }
    const outcome = await callRoute(queueRoute.loader, {
      path: "/admin/reports",
      cookie: market.admin.cookie,
    });
    const data = outcome.data as {
      reports: Array<{ body: string }>;
      counts: Record<string, number>;
    };
    expect(data.reports.map((report) => report.body)).toEqual(["二件目", "一件目"]);
    expect(data.counts).toEqual({ OPEN: 2, RESOLVED: 0, DISMISSED: 0 });
    const resolved = await callRoute(queueRoute.loader, {
      path: "/admin/reports?status=RESOLVED",
      cookie: market.admin.cookie,
    });
    expect((resolved.data as { reports: unknown[] }).reports).toEqual([]);
  });

  it("resolves with a required note, dismisses, audits each, and refuses a closed report", async () => {
    const { reportId } = await reportedThread();
    const post = (form: Record<string, string>) =>
      callRoute(reportRoute.action, {
        path: `/admin/reports/${reportId}`,
        params: { reportId },
        cookie: market.admin.cookie,
        form,
      });
    const noNote = await post({ intent: "resolve", resolution: " " });
    expect(noNote.status).toBe(200);
    expect(
      (noNote.data as { result: { error: Record<string, string[]> } }).result.error.resolution,
    ).toEqual(["safety.errors.resolutionRequired"]);

    const resolved = await post({ intent: "resolve", resolution: "投稿者に警告しました" });
    expect(resolved.status).toBe(302);
    expect(resolved.location).toBe("/admin/reports");
    const row = await db.messageReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(row).toMatchObject({
      status: "RESOLVED",
      resolution: "投稿者に警告しました",
      resolvedById: market.admin.user.id,
    });
    expect(row.resolvedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: "messaging.report.resolve" } })).toBe(1);

    const again = await post({ intent: "dismiss" });
    expect(again.location).toBe(`/admin/reports/${reportId}`);
    expect((await db.messageReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe(
      "RESOLVED",
    );
  });

  it("dismisses without a note", async () => {
    const { reportId } = await reportedThread();
    const outcome = await moderateReport({
      reportId,
      admin: { id: market.admin.user.id },
      decision: { intent: "dismiss", resolution: "" },
    });
    expect(outcome).toEqual({ ok: true });
    expect((await db.messageReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe(
      "DISMISSED",
    );
    expect(await db.auditLog.count({ where: { action: "messaging.report.dismiss" } })).toBe(1);
    expect(
      await moderateReport({
        reportId: "nope",
        admin: { id: market.admin.user.id },
        decision: { intent: "dismiss", resolution: "" },
      }),
    ).toEqual({ ok: false, reason: "notFound" });
  });
});
