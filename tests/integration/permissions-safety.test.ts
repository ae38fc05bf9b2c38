import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { saveAttachments } from "~/modules/messaging/attachments.server";
import { reportMessage } from "~/modules/messaging/reports.server";
import { sampleFiles } from "~/modules/messaging/sniff-files.fixtures";
import * as reportRoute from "~/routes/admin.reports.$reportId";
import * as queueRoute from "~/routes/admin.reports._index";
import * as downloadRoute from "~/routes/messages.$threadId_.attachments.$attachmentId";
import * as safetyRoute from "~/routes/messages.$threadId_.safety";
import { resetDatabase } from "../support/database";
import { callRoute, visitorMatrix } from "../support/routes";
import { addMessage, seedThreadMarket, type ThreadMarket } from "../support/safety";

/**
 * Every loader and action of attachments, safety and moderation, as each kind of
 * visitor. The thread is between company A (owner and member) and the visible
 * professional; company B's member, the other professional, a coordinator who
 * introduced nobody and the admin have no part in it.
 */
type Visitor =
  | "anonymous"
  | "professional"
  | "memberA"
  | "memberB"
  | "otherProfessional"
  | "coordinator"
  | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "professional",
  "memberA",
  "memberB",
  "otherProfessional",
  "coordinator",
  "admin",
];

let market: ThreadMarket;
let threadId = "";
let attachmentId = "";
let messageId = "";

function cookieOf(visitor: Visitor) {
  switch (visitor) {
    case "anonymous":
      return undefined;
    case "professional":
      return market.pro.cookie;
    case "memberA":
      return market.memberA.cookie;
    case "memberB":
      return market.memberB.cookie;
    case "otherProfessional":
      return market.outsider.cookie;
    case "coordinator":
      return market.coordinator.cookie;
    case "admin":
      return market.admin.cookie;
  }
}

beforeAll(async () => {
  await resetDatabase();
  market = await seedThreadMarket();
  threadId = market.threadId;
  const message = await db.$transaction(async (tx) => {
    const created = await tx.message.create({
      data: { threadId, authorId: market.owner.user.id, body: "見積書を添付します" },
    });
    await saveAttachments(tx, created.id, [
      { fileName: "見積書.pdf", contentType: "application/pdf", bytes: sampleFiles.pdf },
    ]);
    return created;
  });
  messageId = message.id;
  attachmentId = (await db.messageAttachment.findFirstOrThrow({ where: { messageId } })).id;
});

beforeEach(async () => {
  await db.userBlock.deleteMany();
  await db.messageReport.deleteMany();
});

const matrix = visitorMatrix(visitors, (visitor) => cookieOf(visitor));

const toLogin = "302 /login";
function expected(outcomes: Partial<Record<Visitor, string>>, otherwise: string) {
  return Object.fromEntries(
    visitors.map((visitor) => [
      visitor,
      outcomes[visitor] ?? (visitor === "anonymous" ? toLogin : otherwise),
    ]),
  );
}

describe("attachment download", () => {
  it("GET /messages/:threadId/attachments/:id: the thread's participants only, 404 for the rest", async () => {
    const path = `/messages/${threadId}/attachments/${attachmentId}`;
    expect(
      await matrix(downloadRoute.loader, path, { params: { threadId, attachmentId } }),
    ).toEqual(expected({ professional: "200", memberA: "200" }, "404"));
  });

  it("a participant of another thread cannot fetch it through their own thread's URL", async () => {
    const { startMatch } = await import("~/modules/matching/matches.server");
    const { openThreadForMatch } = await import("~/modules/messaging/threads.server");
    const started = await startMatch({
      challengeId: market.challenge.id,
      profileId: market.anonymous.profile.id,
      source: "APPLICATION",
      message: "",
      actor: { id: market.anonymous.user.id },
    });
    if (!started.ok) throw new Error("no match");
    const otherThread = (await db.$transaction((tx) => openThreadForMatch(tx, started.matchId)))!;
    const outcome = await callRoute(downloadRoute.loader, {
      path: `/messages/${otherThread}/attachments/${attachmentId}`,
      params: { threadId: otherThread, attachmentId },
      cookie: market.anonymous.cookie,
    });
    expect(outcome.status).toBe(404);
  });
});

describe("thread safety page", () => {
  const params = () => ({ threadId });
  const path = () => `/messages/${threadId}/safety`;

  it("GET: participants only", async () => {
    expect(
      await matrix(safetyRoute.loader, `${path()}?message=${messageId}`, { params: params() }),
    ).toEqual(expected({ professional: "200", memberA: "200" }, "404"));
  });

  it("POST mute: participants only", async () => {
    expect(
      await matrix(safetyRoute.action, path(), { params: params(), form: { intent: "mute" } }),
    ).toEqual(
      expected(
        { professional: `302 /messages/${threadId}`, memberA: `302 /messages/${threadId}` },
        "404",
      ),
    );
    await db.threadParticipant.updateMany({ data: { mutedAt: null } });
  });

  it("POST block: participants only; nobody outside can block anyone through it", async () => {
    const form = { intent: "block", userId: market.owner.user.id };
    expect(await matrix(safetyRoute.action, path(), { params: params(), form })).toEqual(
      expected(
        { professional: `302 /messages/${threadId}`, memberA: `302 /messages/${threadId}` },
        "404",
      ),
    );
    // Only the professional's block was stored (memberA and the owner are colleagues,
    // but a block between them is theirs to make).
    const blocks = await db.userBlock.findMany();
    expect(blocks.map((block) => block.blockerId).sort()).toEqual(
      [market.pro.user.id, market.memberA.user.id].sort(),
    );
  });

  it("POST report: participants only; nobody outside can file a report", async () => {
    const form = { intent: "report", messageId, reason: "spam", note: "" };
    expect(await matrix(safetyRoute.action, path(), { params: params(), form })).toEqual(
      expected(
        { professional: `302 /messages/${threadId}`, memberA: `302 /messages/${threadId}` },
        "404",
      ),
    );
    const reporters = (await db.messageReport.findMany()).map((report) => report.reporterId);
    expect(reporters.sort()).toEqual([market.pro.user.id, market.memberA.user.id].sort());
  });

  it("a participant cannot report a message of another thread by its id", async () => {
    const { startMatch } = await import("~/modules/matching/matches.server");
    const { openThreadForMatch } = await import("~/modules/messaging/threads.server");
    const { createTestChallenge } = await import("../support/challenges");
    const challengeB = await createTestChallenge(market.companyB.id, { title: "B社の別件" });
    const started = await startMatch({
      challengeId: challengeB.id,
      profileId: market.visible.profile.id,
      source: "APPLICATION",
      message: "",
      actor: { id: market.visible.user.id },
    });
    if (!started.ok) throw new Error("no match");
    const otherThread = (await db.$transaction((tx) => openThreadForMatch(tx, started.matchId)))!;
    const foreign = await addMessage(otherThread, market.memberB.user.id, "B社のメッセージ");
    // memberA posts to thread A with thread B's message id.
    const outcome = await callRoute(safetyRoute.action, {
      path: path(),
      params: params(),
      cookie: market.memberA.cookie,
      form: { intent: "report", messageId: foreign.id, reason: "spam", note: "" },
    });
    expect(outcome.status).toBe(302);
    expect(await db.messageReport.count()).toBe(0);
  });
});

describe("moderation queue", () => {
  let reportId = "";
  beforeEach(async () => {
    const outcome = await reportMessage({
      threadId,
      reporter: { id: market.pro.user.id },
      report: { messageId, reason: "harassment", note: "" },
    });
    if (!outcome.ok) throw new Error("not reported");
    reportId = outcome.reportId;
  });

  it("GET /admin/reports: admins only", async () => {
    expect(await matrix(queueRoute.loader, "/admin/reports")).toEqual(
      expected({ admin: "200" }, "403"),
    );
  });

  it("GET /admin/reports/:id: admins only; an unknown id is 404", async () => {
    expect(
      await matrix(reportRoute.loader, `/admin/reports/${reportId}`, { params: { reportId } }),
    ).toEqual(expected({ admin: "200" }, "403"));
    const unknown = await callRoute(reportRoute.loader, {
      path: "/admin/reports/nope",
      params: { reportId: "nope" },
      cookie: market.admin.cookie,
    });
    expect(unknown.status).toBe(404);
  });

  it("POST /admin/reports/:id: admins only, and the report stays open for everyone else", async () => {
    const form = { intent: "dismiss", resolution: "" };
    const outcomes = await matrix(reportRoute.action, `/admin/reports/${reportId}`, {
      params: { reportId },
      form,
    });
    expect(outcomes).toEqual(expected({ admin: "302 /admin/reports" }, "403"));
    const report = await db.messageReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.resolvedById).toBe(market.admin.user.id);
  });

  it("the data never reaches a non-admin", async () => {
    const outcome = await callRoute(queueRoute.loader, {
      path: "/admin/reports?_data=routes%2Fadmin.reports._index",
      cookie: market.memberA.cookie,
    });
    expect(outcome.status).toBe(403);
    expect(outcome.data).not.toMatchObject({ reports: expect.anything() });
  });
});
