/**
 * The rules of messages, pure: what a body may be, who may edit or delete what and
 * until when, and how the thread page merges what the loader read with what arrived
 * live. Error messages are i18n keys.
 */
import { z } from "zod";

export const MESSAGE_MAX = 5000;
/** The author may edit a message for this long after sending it. */
export const EDIT_WINDOW_MS = 5 * 60 * 1000;
/** The newest messages a thread page shows. */
export const THREAD_PAGE_SIZE = 200;

export const messageBodySchema = z
  .string({ error: "messaging.errors.bodyRequired" })
  .trim()
  .min(1, { error: "messaging.errors.bodyRequired" })
  .max(MESSAGE_MAX, { error: "messaging.errors.bodyTooLong" });

const id = z.string().trim().min(1).max(64);

/** The thread page's forms, shared by the page and its action. */
export const threadActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("post"), body: messageBodySchema }),
  z.object({ intent: z.literal("edit"), messageId: id, body: messageBodySchema }),
  z.object({ intent: z.literal("delete"), messageId: id }),
  z.object({ intent: z.literal("read") }),
]);
export type ThreadAction = z.infer<typeof threadActionSchema>;

/** The post form alone (its client-side validation). */
export const postMessageSchema = z.object({ intent: z.literal("post"), body: messageBodySchema });
export const editMessageSchema = z.object({
  intent: z.literal("edit"),
  messageId: id,
  body: messageBodySchema,
});

type Authored = {
  authorId: string | null;
  createdAt: Date | string;
  deletedAt?: Date | string | null;
  deleted?: boolean;
};

function isDeleted(message: Authored) {
  return Boolean(message.deletedAt) || message.deleted === true;
}

/** Only the author, within five minutes, and never a deleted message. */
export function canEdit(message: Authored, userId: string, now: Date) {
  if (message.authorId !== userId || isDeleted(message)) return false;
  return now.getTime() - new Date(message.createdAt).getTime() <= EDIT_WINDOW_MS;
}

/** The author, at any time, once. */
export function canDelete(message: Authored, userId: string) {
  return message.authorId === userId && !isDeleted(message);
}

export type ThreadSide = "professional" | "company" | "coordinator";

export type MessageAttachmentView = { id: string; fileName: string; byteSize: number };

/** A message as the browser gets it (loader and stream alike); dates as ISO strings. */
export type ThreadMessage = {
  id: string;
  authorId: string | null;
  authorName: string;
  authorSide: ThreadSide | null;
  /** empty when deleted */
  body: string;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
  attachments: MessageAttachmentView[];
  /** shown greyed until the server has it (optimistic) */
  pending?: boolean;
};

function version(message: ThreadMessage) {
  if (message.deleted) return Number.POSITIVE_INFINITY;
  return Date.parse(message.editedAt ?? message.createdAt);
}

/**
 * The thread as shown: the loader's messages and those that arrived live, one per id
 * (the later version wins: deleted beats edited beats sent), oldest first. Pending
 * (optimistic) messages go last, in the order they were written.
 */
export function mergeMessages(
  loaded: readonly ThreadMessage[],
  live: readonly ThreadMessage[],
): ThreadMessage[] {
  const byId = new Map<string, ThreadMessage>();
  for (const message of [...loaded, ...live]) {
    const known = byId.get(message.id);
    if (!known || version(message) > version(known)) byId.set(message.id, message);
  }
  const all = [...byId.values()];
  const sent = all
    .filter((message) => !message.pending)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return [...sent, ...all.filter((message) => message.pending)];
}

/**
 * Read receipts: for each of `viewerId`'s messages, how many other participants have
 * read up to it. `readers` are the other participants' last-read times.
 */
export function readCount(message: ThreadMessage, readers: readonly (string | null)[]) {
  const sent = Date.parse(message.createdAt);
  return readers.filter((readAt) => readAt !== null && Date.parse(readAt) >= sent).length;
}

/** The excerpt an inbox row shows of the last message. */
export function excerpt(body: string, max = 80) {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** "820 B", "14 KB", "2.4 MB" — attachment sizes. */
export function formatBytes(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Whether an optimistic message has shown up for real: a message of the same author
 * and text, sent since the post began.
 */
export function arrived(
  messages: readonly ThreadMessage[],
  pending: { authorId: string; body: string; since: number },
) {
  return messages.some(
    (message) =>
      !message.pending &&
      message.authorId === pending.authorId &&
      message.body === pending.body &&
      Date.parse(message.createdAt) >= pending.since - 5_000,
  );
}
