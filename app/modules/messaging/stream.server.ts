/**
 * The message stream (Server-Sent Events) of one signed-in user: every event of every
 * thread they take part in, as it happens. On connect it first sends what was missed
 * since `Last-Event-ID` (the browser's EventSource resends it by itself when it
 * reconnects); then, each time the bus signals, it reads the new events from the
 * database in id order — so a signal lost or arriving out of order costs nothing.
 */
import { errorFields, logger } from "~/lib/logger.server";
import type { Locale } from "~/lib/i18n/locales";
import type { Role } from "~/modules/auth/roles";
import { getMessageBus } from "./bus-memory.server";
import {
  countUnreadMessages,
  eventsFor,
  latestThreadEventId,
  type StreamEvent,
  type ThreadNamesCache,
} from "./views.server";

export const HEARTBEAT_MS = 25_000;
export const RETRY_MS = 2_000;

/** The id to resume after: the Last-Event-ID header, else `?lastEventId=` (a first connect). */
export function resumeIdOf(request: Request): number | null {
  const raw =
    request.headers.get("Last-Event-ID") ?? new URL(request.url).searchParams.get("lastEventId");
  if (raw === null || !/^\d{1,15}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

export type StreamPayload = Omit<StreamEvent, "id"> & { unreadTotal: number };

function frame(event: StreamEvent, unreadTotal: number) {
  const { id, ...rest } = event;
  const payload: StreamPayload = { ...rest, unreadTotal };
  return `id: ${id}\nevent: thread\ndata: ${JSON.stringify(payload)}\n\n`;
}

export function messageStreamResponse(
  request: Request,
  viewer: { id: string; role: Role },
  locale: Locale,
): Response {
  const encoder = new TextEncoder();
  const resumeId = resumeIdOf(request);
  let cursor = 0;
  let closed = false;
  let running = false;
  let again = false;
  let cleanup = () => {};
  const names: ThreadNamesCache = new Map();

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };

      // Reads and sends everything after the cursor; one run at a time, rerun when
      // signalled meanwhile, so events always go out once and in id order.
      const pump = async (catchUp = false) => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            const batch = await eventsFor(viewer, cursor, locale, undefined, names);
            if (closed) return;
            if (catchUp && batch.full) {
              // Too far behind to replay: the page reloads its data instead.
              catchUp = false;
              cursor = Math.max(batch.lastId, await latestThreadEventId());
              send(`event: reset\ndata: {}\n\n`);
              again = true;
              continue;
            }
            catchUp = false;
            if (batch.events.length > 0) {
              const unread = await countUnreadMessages(viewer.id);
              send(batch.events.map((event) => frame(event, unread)).join(""));
            }
            cursor = batch.lastId;
            if (batch.full) again = true;
          } while (again && !closed);
        } catch (error) {
          logger.warn("message stream read failed", { userId: viewer.id, ...errorFields(error) });
        } finally {
          running = false;
        }
      };

      const latest = await latestThreadEventId();
      cursor = resumeId === null || resumeId > latest ? latest : resumeId;

      const unsubscribe = getMessageBus().subscribe(viewer.id, () => void pump());
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        request.signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      request.signal.addEventListener("abort", cleanup);
      if (request.signal.aborted) {
        cleanup();
        return;
      }
      send(`retry: ${RETRY_MS}\n: connected\n\n`);
      await pump(true);
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
