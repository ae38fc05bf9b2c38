/**
 * The realtime bus: after a thread write commits, its event id is published to the
 * users concerned; each open stream (stream.server.ts) of those users reads the new
 * events from the database and sends them. Signals carry no content, so a bus shared
 * between processes (the scale-out issue) only has to move ids.
 */
export type ThreadSignal = { threadId: string; eventId: number };
export type ThreadSignalListener = (signal: ThreadSignal) => void;

export interface MessageBus {
  publish(userIds: readonly string[], signal: ThreadSignal): void;
  /** Listens for signals to `userId`; returns the function that stops listening. */
  subscribe(userId: string, listener: ThreadSignalListener): () => void;
}
