/**
 * The browser's end of the message stream: one EventSource per tab for a signed-in
 * user, opened by the root layout. It keeps the header's unread count current on every
 * page and hands each thread event to the components that listen (the open thread, the
 * inbox). The EventSource reconnects by itself and sends Last-Event-ID, so the server
 * replays what was missed; when it gives up (or the network comes back), we open a new
 * one with `?lastEventId=` ourselves.
 */
import { useRevalidator } from "@remix-run/react";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { ThreadMessage } from "./messages";

/** What one `thread` event carries (see stream.server.ts). */
export type ThreadStreamEvent = {
  id: number;
  threadId: string;
  kind: "message" | "edited" | "deleted" | "read";
  message?: ThreadMessage;
  reader?: { userId: string; readAt: string };
  unreadTotal: number;
};

type Listener = (event: ThreadStreamEvent) => void;

type StreamContext = {
  unread: number;
  setUnread: (count: number) => void;
  subscribe: (listener: Listener) => () => void;
};

const MessageStreamContext = createContext<StreamContext | null>(null);

const REOPEN_MS = 2_000;

export function MessageStreamProvider({
  signedIn,
  unread: loadedUnread,
  cursor,
  children,
}: {
  signedIn: boolean;
  /** the unread count the root loader read */
  unread: number;
  /** the newest event id when the page was rendered: the stream starts after it */
  cursor: number;
  children: ReactNode;
}) {
  const [unread, setUnread] = useState(loadedUnread);
  useEffect(() => setUnread(loadedUnread), [loadedUnread]);
  const listeners = useRef(new Set<Listener>());
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  const initialCursor = useRef(cursor);

  useEffect(() => {
    if (!signedIn || typeof EventSource === "undefined") return;
    let lastId = initialCursor.current;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const open = () => {
      clearTimeout(reopen);
      source?.close();
      if (stopped) return;
      const next = new EventSource(`/messages/stream?lastEventId=${lastId}`);
      source = next;
      next.addEventListener("thread", (raw) => {
        const message = raw as MessageEvent<string>;
        const id = Number(message.lastEventId);
        if (Number.isFinite(id) && id > lastId) lastId = id;
        let payload: Omit<ThreadStreamEvent, "id">;
        try {
          payload = JSON.parse(message.data) as Omit<ThreadStreamEvent, "id">;
        } catch {
          return;
        }
        setUnread(payload.unreadTotal);
        for (const listener of listeners.current) listener({ ...payload, id });
      });
      next.addEventListener("reset", () => revalidate.current());
      next.onerror = () => {
        // CONNECTING: the browser retries by itself (with Last-Event-ID). CLOSED: it gave up.
        if (next.readyState === EventSource.CLOSED && source === next) {
          reopen = setTimeout(open, REOPEN_MS);
        }
      };
    };
    const onOnline = () => open();
    window.addEventListener("online", onOnline);
    open();
    return () => {
      stopped = true;
      clearTimeout(reopen);
      window.removeEventListener("online", onOnline);
      source?.close();
    };
  }, [signedIn]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const value = useMemo(() => ({ unread, setUnread, subscribe }), [unread, subscribe]);
  return <MessageStreamContext.Provider value={value}>{children}</MessageStreamContext.Provider>;
}

/** The unread-message count for the header (live), or `fallback` outside the provider. */
export function useUnreadMessages(fallback: number) {
  return useContext(MessageStreamContext)?.unread ?? fallback;
}

/** Sets the header's count from a fresher loader (the thread page marks messages read). */
export function useSyncUnread(count: number | undefined) {
  const setUnread = useContext(MessageStreamContext)?.setUnread;
  useEffect(() => {
    if (count !== undefined) setUnread?.(count);
  }, [count, setUnread]);
}

/** Calls `listener` for every stream event (of `threadId` only, when given). */
export function useThreadEvents(threadId: string | null, listener: Listener) {
  const subscribe = useContext(MessageStreamContext)?.subscribe;
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    if (!subscribe) return;
    return subscribe((event) => {
      if (threadId === null || event.threadId === threadId) latest.current(event);
    });
  }, [subscribe, threadId]);
}
