import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { startMatch } from "~/modules/matching/matches.server";
import { saveAttachments } from "~/modules/messaging/attachments.server";
import { postMessage } from "~/modules/messaging/messages.server";
import * as openThreadRoute from "~/routes/matches.$matchId.thread";
import * as attachmentRoute from "~/routes/messages.$threadId_.attachments.$attachmentId";
import * as threadRoute from "~/routes/messages.$threadId";
import * as inboxRoute from "~/routes/messages._index";
import * as streamRoute from "~/routes/messages.stream";
import { createStandaloneContext } from "~/lib/context";
import { resetDatabase } from "../support/database";
import { seedThreadMarket, tapStream, threadEvents, type ThreadMarket } from "../support/messaging";
import { callRoute, statusLine, visitorMatrix } from "../support/routes";

/**
 * Every loader and action of messaging, as each kind of visitor. The thread under test
 * is the application of the visible professional ("pro") to company A's challenge; the
 * anonymous professional is introduced to the same challenge by the coordinator
 * ("introducer"), whose three-way thread the other coordinator has nothing to do with.
 */
type Visitor =
  | "anonymous"
  | "pro"
  | "outsider"
  | "owner"
  | "member"
  | "memberB"
  | "introducer"
  | "otherCoordinator"
  | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "pro",
  "outsider",
  "owner",
  "member",
  "memberB",
  "introducer",
  "otherCoordinator",
  "admin",
];
let market: ThreadMarket;
let messageId = "";
let attachmentId = "";
let introductionId = "";
let threeWayThreadId = "";

function cookieOf(visitor: Visitor) {
  switch (visitor) {
    case "anonymous":
      return undefined;
    case "pro":
      return market.visible.cookie;
    case "outsider":
      return market.outsider.cookie;
    case "owner":
      return market.owner.cookie;
    case "member":
      return market.memberA.cookie;
    case "memberB":
      return market.memberB.cookie;
    case "introducer":
      return market.coordinator.cookie;
    case "otherCoordinator":
      return market.otherCoordinator.cookie;
    case "admin":
      return market.admin.cookie;
  }
}

beforeAll(async () => {
  await resetDatabase();
  market = await seedThreadMarket();
  const posted = await postMessage({
    threadId: market.threadId,
    author: { id: market.visible.user.id, side: "professional" },
    body: "資料を添付します",
  });
  if (!posted.ok) throw new Error("not posted");
  messageId = posted.messageId;
  await db.$transaction((tx) =>
    saveAttachments(tx, messageId, [
      {
        fileName: "提案書.pdf",
        contentType: "application/pdf",
        bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n"),
      },
    ]),
  );
  attachmentId = (await db.messageAttachment.findFirstOrThrow({ where: { messageId } })).id;
  const introduced = await startMatch({
    challengeId: market.challenge.id,
    profileId: market.anonymous.profile.id,
    source: "INTRODUCTION",
    message: "ご紹介します",
    actor: { id: market.coordinator.user.id },
  });
  if (!introduced.ok) throw new Error("no introduction");
  introductionId = introduced.matchId;
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

describe("the inbox", () => {
  it("GET /messages: any signed-in user, each seeing only their own threads", async () => {
    expect(await matrix(inboxRoute.loader, "/messages")).toEqual(expected({}, "200"));
    for (const visitor of visitors.filter((visitor) => visitor !== "anonymous")) {
      const outcome = await callRoute(inboxRoute.loader, {
        path: "/messages",
        cookie: cookieOf(visitor),
      });
      const ids = (outcome.data as { items: { id: string }[] }).items.map((item) => item.id);
      const participant = ["pro", "owner", "member"].includes(visitor);
      expect(ids.includes(market.threadId), visitor).toBe(participant);
    }
  });
});

describe("a thread", () => {
  const params = () => ({ threadId: market.threadId });
  const path = () => `/messages/${market.threadId}`;

  it("GET /messages/:id: the professional and company A's members; 404 for everyone else, admins included", async () => {
    expect(await matrix(threadRoute.loader, path(), { params: params() })).toEqual(
      expected({ pro: "200", owner: "200", member: "200" }, "404"),
    );
  });

  it("the loader data of the thread never reaches a non-participant (.data)", async () => {
    for (const visitor of ["memberB", "outsider", "otherCoordinator", "admin"] as const) {
      const outcome = await callRoute(threadRoute.loader, {
        path: `${path()}.data`,
        params: params(),
        cookie: cookieOf(visitor),
      });
      expect(outcome.status).toBe(404);
      expect(JSON.stringify(outcome.data ?? "")).not.toContain("資料を添付します");
    }
  });

  it("POST a message: participants only", async () => {
    expect(
      await matrix(threadRoute.action, path(), {
        params: params(),
        form: { intent: "post", body: "こんにちは" },
      }),
    ).toEqual(
      expected({ pro: `302 ${path()}`, owner: `302 ${path()}`, member: `302 ${path()}` }, "404"),
    );
  });

  it("GET an attachment: participants only (404 for everyone else)", async () => {
    const attachmentPath = `${path()}/attachments/${attachmentId}`;
    expect(
      await matrix(attachmentRoute.loader, attachmentPath, {
        params: { threadId: market.threadId, attachmentId },
      }),
    ).toEqual(expected({ pro: "200", owner: "200", member: "200" }, "404"));
  });

  it("editing or deleting someone else's message: 403 for participants, 404 for others", async () => {
    for (const intent of ["edit", "delete"]) {
      expect(
        await matrix(threadRoute.action, path(), {
          params: params(),
          form: { intent, messageId, body: "書き換え" },
        }),
      ).toEqual(expected({ pro: `302 ${path()}`, owner: "403", member: "403" }, "404"));
      if (intent === "edit") {
        const message = await db.message.findUniqueOrThrow({ where: { id: messageId } });
        expect(message.body).toBe("書き換え");
      }
    }
  });

  it("a blocked user cannot post", async () => {
    await db.userBlock.create({
      data: { blockerId: market.owner.user.id, blockedId: market.visible.user.id },
    });
    try {
      const outcome = await callRoute(threadRoute.action, {
        path: path(),
        params: params(),
        cookie: market.visible.cookie,
        form: { intent: "post", body: "届きますか" },
      });
      expect(outcome.status).toBe(403);
      expect(await db.message.count({ where: { body: "届きますか" } })).toBe(0);
      const page = await callRoute(threadRoute.loader, {
        path: path(),
        params: params(),
        cookie: market.visible.cookie,
      });
      expect((page.data as { view: { canPost: boolean } }).view.canPost).toBe(false);
    } finally {
      await db.userBlock.deleteMany();
    }
  });

  it("GET /messages/stream: every signed-in user, but only participants hear of the thread", async () => {
    expect(
      await matrix(async (args) => {
        const response = (await streamRoute.loader(args as never)) as Response;
        await response.body?.cancel();
        return response;
      }, "/messages/stream"),
    ).toEqual(expected({}, "200"));
    for (const visitor of visitors.filter((visitor) => visitor !== "anonymous")) {
      const controller = new AbortController();
      const response = (await streamRoute.loader({
        request: new Request("http://localhost:3000/messages/stream", {
          headers: { Cookie: cookieOf(visitor)!, "Last-Event-ID": "0" },
          signal: controller.signal,
        }),
        context: createStandaloneContext(),
        params: {},
      })) as Response;
      const tap = tapStream(response.body!);
      await tap.waitFor((text) => text.includes("retry:"));
      await new Promise((resolve) => setTimeout(resolve, 50));
      controller.abort();
      const heard = threadEvents(tap.text).some((event) => event.threadId === market.threadId);
      expect(heard, visitor).toBe(["pro", "owner", "member"].includes(visitor));
    }
  });
});

describe("a match's thread", () => {
  it("GET /matches/:id/thread: participants are sent to the thread; 404 for everyone else", async () => {
    const thread = `302 /messages/${market.threadId}`;
    expect(
      await matrix(openThreadRoute.loader, `/matches/${market.matchId}/thread`, {
        params: { matchId: market.matchId },
      }),
    ).toEqual(expected({ pro: thread, owner: thread, member: thread }, "404"));
  });

  it("POST /matches/:id/thread (three-way): coordinators and admins of an introduction only", async () => {
    const params = { matchId: market.matchId };
    const path = `/matches/${market.matchId}/thread`;
    // Not an introduction: refused with a message, back to the match.
    expect(await matrix(openThreadRoute.action, path, { params, form: {} })).toEqual(
      expected(
        {
          pro: "403",
          owner: "403",
          member: "403",
          introducer: `302 ${path.replace("/thread", "")}`,
          otherCoordinator: `302 ${path.replace("/thread", "")}`,
          admin: `302 ${path.replace("/thread", "")}`,
        },
        "404",
      ),
    );
    expect(
      (await db.thread.findUniqueOrThrow({ where: { id: market.threadId } })).withCoordinator,
    ).toBe(false);
  });

  it("the introducer opens the three-way thread; the other coordinator stays out of it", async () => {
    const outcome = await callRoute(openThreadRoute.action, {
      path: `/matches/${introductionId}/thread`,
      params: { matchId: introductionId },
      cookie: market.coordinator.cookie,
      form: {},
    });
    const thread = await db.thread.findUniqueOrThrow({ where: { matchId: introductionId } });
    threeWayThreadId = thread.id;
    expect(statusLine(outcome)).toBe(`302 /messages/${thread.id}`);
    expect(thread.withCoordinator).toBe(true);
    expect(
      await matrix(threadRoute.loader, `/messages/${threeWayThreadId}`, {
        params: { threadId: threeWayThreadId },
      }),
    ).toEqual(expected({ owner: "200", member: "200", introducer: "200" }, "404"));
  });
});
