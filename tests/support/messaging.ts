/**
 * Messaging fixtures: the matching market with an application (so a thread is open
 * between the visible professional and company A), plus helpers to read a message
 * stream (Server-Sent Events) from a Response.
 */
import { db } from "~/lib/db.server";
import { startMatch } from "~/modules/matching/matches.server";
import { seedMatchingMarket } from "./matching";
import { signedInUser } from "./professionals";

export async function seedThreadMarket() {
  const market = await seedMatchingMarket();
  const started = await startMatch({
    challengeId: market.challenge.id,
    profileId: market.visible.profile.id,
    source: "APPLICATION",
    message: "よろしくお願いします",
    actor: { id: market.visible.user.id },
  });
  if (!started.ok) throw new Error("could not start the match");
  const thread = await db.thread.findUniqueOrThrow({
    where: { matchId: started.matchId },
    select: { id: true },
  });
  const otherCoordinator = await signedInUser("COORDINATOR", { name: "別の 調整役" });
  // Both coordinators cover the challenge's prefecture (the market's own coordinator
  // already does): they may see the match, but only the one who introduces a pair
  // takes part in its thread.
  await db.coordinatorRegion.create({
    data: { userId: otherCoordinator.user.id, prefectureCode: market.challenge.prefectureCode },
  });
  return { ...market, matchId: started.matchId, threadId: thread.id, otherCoordinator };
}

export type ThreadMarket = Awaited<ReturnType<typeof seedThreadMarket>>;

export type SseEvent = { id: string | null; event: string; data: string };

/** Parses SSE text into events (comments and retry lines skipped). */
export function parseSse(text: string): SseEvent[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim().length > 0)
    .flatMap((block) => {
      let id: string | null = null;
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("id: ")) id = line.slice(4);
        else if (line.startsWith("event: ")) event = line.slice(7);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      return data.length > 0 ? [{ id, event, data: data.join("\n") }] : [];
    });
}

/**
 * Reads a stream in the background; `waitFor` resolves once the text read so far
 * satisfies `done` (or the stream ended, or `timeoutMs` passed). Abort the request to end it.
 */
export function tapStream(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ended = false;
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted
    }
    ended = true;
  })();
  return {
    get text() {
      return text;
    },
    get ended() {
      return ended;
    },
    async waitFor(done: (text: string) => boolean, timeoutMs = 3_000) {
      const deadline = Date.now() + timeoutMs;
      while (!done(text) && !ended && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return text;
    },
  };
}

/** The `thread` events in SSE text, their data parsed. */
export function threadEvents(text: string) {
  return parseSse(text)
    .filter((event) => event.event === "thread")
    .map((event) => ({
      id: Number(event.id),
      ...(JSON.parse(event.data) as {
        threadId: string;
        kind: string;
        message?: { id: string; body: string; deleted: boolean; authorName: string };
        reader?: { userId: string };
        unreadTotal: number;
      }),
    }));
}
