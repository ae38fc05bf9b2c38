import { beforeEach, describe, expect, it } from "vitest";
import { createStandaloneContext } from "~/lib/context";
import { db } from "~/lib/db.server";
import { startMatch } from "~/modules/matching/matches.server";
import {
  getMessageBus,
  InProcessMessageBus,
  setMessageBus,
} from "~/modules/messaging/bus-memory.server";
import { editMessage, postMessage } from "~/modules/messaging/messages.server";
import { resumeIdOf } from "~/modules/messaging/stream.server";
import * as streamRoute from "~/routes/messages.stream";
import { resetDatabase } from "../support/database";
import { seedThreadMarket, tapStream, threadEvents, type ThreadMarket } from "../support/messaging";

let market: ThreadMarket;
/** A second thread, between the anonymous professional and company A: not the visible pro's. */
let otherThreadId = "";

beforeEach(async () => {
  await resetDatabase();
  market = await seedThreadMarket();
  const other = await startMatch({
    challengeId: market.challenge.id,
    profileId: market.anonymous.profile.id,
    source: "APPLICATION",
    message: "",
    actor: { id: market.anonymous.user.id },
  });
  if (!other.ok) throw new Error("no second match");
  otherThreadId = (await db.thread.findUniqueOrThrow({ where: { matchId: other.matchId } })).id;
});

const pro = () => ({ id: market.visible.user.id, side: "professional" as const });
const owner = () => ({ id: market.owner.user.id, side: "company" as const });

function openStream(cookie: string, headers: Record<string, string> = {}, query = "") {
  const controller = new AbortController();
  const request = new Request(`http://localhost:3000/messages/stream${query}`, {
    headers: { Cookie: cookie, ...headers },
    signal: controller.signal,
  });
  const response = streamRoute.loader({
    request,
    context: createStandaloneContext(),
    params: {},
  }) as Promise<Response>;
  return { controller, response };
}

async function post(
  author: { id: string; side: "professional" | "company" },
  body: string,
  threadId = market.threadId,
) {
  const outcome = await postMessage({ threadId, author, body });
  if (!outcome.ok) throw new Error("not posted");
  return outcome;
}

describe("GET /messages/stream", () => {
  it("answers with an event stream that is not buffered or cached", async () => {
    const { controller, response } = openStream(market.owner.cookie);
    const result = await response;
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
    expect(result.headers.get("Cache-Control")).toContain("no-cache");
    expect(result.headers.get("X-Accel-Buffering")).toBe("no");
    const tap = tapStream(result.body!);
    expect(await tap.waitFor((text) => text.includes("retry:"))).toContain("retry: 2000");
    controller.abort();
  });

  it("catch-up with Last-Event-ID returns exactly the later events of the user's threads", async () => {
    const first = await post(pro(), "一通目");
    const second = await post(owner(), "二通目");
    await postMessage({
      threadId: otherThreadId,
      author: { id: market.anonymous.user.id, side: "professional" },
      body: "よそのスレッド",
    });
    await editMessage({
      threadId: market.threadId,
      messageId: first.messageId,
      userId: pro().id,
      body: "一通目（修正）",
    });
    const { controller, response } = openStream(market.visible.cookie, {
      "Last-Event-ID": String(first.eventId),
    });
    const tap = tapStream((await response).body!);
    const text = await tap.waitFor((read) => threadEvents(read).length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const events = threadEvents(tap.text);
    controller.abort();
    expect(text).toContain("retry: 2000");
    expect(events.map((event) => [event.kind, event.message?.body])).toEqual([
      ["message", "二通目"],
      ["edited", "一通目（修正）"],
    ]);
    expect(events[0]!.id).toBe(second.eventId);
    expect(events.every((event) => event.threadId === market.threadId)).toBe(true);
    expect(events[0]!.unreadTotal).toBe(1);
    expect(tap.text).not.toContain("よそのスレッド");
  });

  it("?lastEventId= works for a first connect; the header wins over it", async () => {
    const first = await post(pro(), "A");
    await post(pro(), "B");
    const byQuery = new Request(`http://localhost/messages/stream?lastEventId=${first.eventId}`);
    expect(resumeIdOf(byQuery)).toBe(first.eventId);
    const both = new Request(`http://localhost/messages/stream?lastEventId=1`, {
      headers: { "Last-Event-ID": "7" },
    });
    expect(resumeIdOf(both)).toBe(7);
    expect(resumeIdOf(new Request("http://localhost/messages/stream?lastEventId=x"))).toBeNull();
    const { controller, response } = openStream(
      market.owner.cookie,
      {},
      `?lastEventId=${first.eventId}`,
    );
    const tap = tapStream((await response).body!);
    await tap.waitFor((text) => threadEvents(text).length >= 1);
    controller.abort();
    expect(threadEvents(tap.text).map((event) => event.message?.body)).toEqual(["B"]);
  });

  it("live: new messages arrive once, a stranger's thread never does, and abort unsubscribes", async () => {
    const bus = new InProcessMessageBus();
    const previous = getMessageBus();
    setMessageBus(bus);
    try {
      const { controller, response } = openStream(market.memberB.cookie);
      const stranger = tapStream((await response).body!);
      const own = openStream(market.memberA.cookie);
      const member = tapStream((await own.response).body!);
      await member.waitFor((text) => text.includes("retry:"));
      await stranger.waitFor((text) => text.includes("retry:"));
      expect(bus.userCount).toBe(2);
      await post(pro(), "ライブ");
      await member.waitFor((text) => threadEvents(text).length >= 1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(threadEvents(member.text)).toMatchObject([
        { kind: "message", threadId: market.threadId, message: { body: "ライブ" }, unreadTotal: 1 },
      ]);
      expect(threadEvents(stranger.text)).toEqual([]);
      expect(stranger.text).not.toContain("ライブ");
      controller.abort();
      own.controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(bus.userCount).toBe(0);
    } finally {
      setMessageBus(previous);
    }
  });

  it("a non-participant gets no events of the thread, even asking from the start", async () => {
    await post(pro(), "秘密");
    for (const visitor of [market.memberB, market.outsider, market.coordinator, market.admin]) {
      const { controller, response } = openStream(visitor.cookie, { "Last-Event-ID": "0" });
      const tap = tapStream((await response).body!);
      await tap.waitFor((text) => text.includes("retry:"));
      await new Promise((resolve) => setTimeout(resolve, 50));
      controller.abort();
      expect(threadEvents(tap.text)).toEqual([]);
      expect(tap.text).not.toContain("秘密");
    }
  });

  it("anonymous visitors are sent to the login page", async () => {
    const result = await streamRoute
      .loader({
        request: new Request("http://localhost:3000/messages/stream"),
        context: createStandaloneContext(),
        params: {},
      })
      .catch((thrown: unknown) => thrown);
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get("Location")).toMatch(/^\/login/);
  });
});
