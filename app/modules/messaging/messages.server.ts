/**
 * Writes in a thread. Each runs in one transaction that changes the message (and its
 * attachments), the thread's activity and read state, and adds the ThreadEvent the
 * streams send; after the commit the bus is told. Callers have checked participation
 * (requireThreadParticipant).
 */
import { db } from "~/lib/db.server";
import { deleteAttachmentsOf, saveAttachments, type AttachmentUpload } from "./attachments.server";
import { announce, recordThreadEvent } from "./events.server";
import { canDelete, canEdit, type ThreadSide } from "./messages";
import { canPost } from "./safety.server";

type Author = { id: string; side: ThreadSide };

export type PostOutcome =
  { ok: true; messageId: string; eventId: number } | { ok: false; reason: "blocked" };

/** Sends a message (with its attachments); sending also marks the thread read for the author. */
export async function postMessage(request: {
  threadId: string;
  author: Author;
  body: string;
  files?: AttachmentUpload[];
  now?: Date;
}): Promise<PostOutcome> {
  const now = request.now ?? new Date();
  const { threadId, author } = request;
  const outcome = await db.$transaction(async (tx) => {
    if (!(await canPost(tx, threadId, author.id))) return { ok: false, reason: "blocked" } as const;
    const message = await tx.message.create({
      data: { threadId, authorId: author.id, body: request.body, createdAt: now },
      select: { id: true },
    });
    if (request.files && request.files.length > 0) {
      await saveAttachments(tx, message.id, request.files);
    }
    await tx.thread.update({ where: { id: threadId }, data: { lastMessageAt: now } });
    await tx.threadParticipant.upsert({
      where: { threadId_userId: { threadId, userId: author.id } },
      create: { threadId, userId: author.id, side: author.side, lastReadAt: now, joinedAt: now },
      update: { lastReadAt: now },
    });
    const eventId = await recordThreadEvent(tx, {
      threadId,
      kind: "message",
      messageId: message.id,
      actorId: author.id,
      now,
    });
    return { ok: true, messageId: message.id, eventId } as const;
  });
  if (outcome.ok) await announce(threadId, outcome.eventId);
  return outcome;
}

export type ChangeOutcome =
  { ok: true; eventId: number } | { ok: false; reason: "notFound" | "notAllowed" | "tooLate" };

/** The author edits their message, within five minutes of sending it. */
export async function editMessage(request: {
  threadId: string;
  messageId: string;
  userId: string;
  body: string;
  now?: Date;
}): Promise<ChangeOutcome> {
  const now = request.now ?? new Date();
  const outcome = await db.$transaction(async (tx): Promise<ChangeOutcome> => {
    const message = await tx.message.findFirst({
      where: { id: request.messageId, threadId: request.threadId },
      select: { id: true, authorId: true, createdAt: true, deletedAt: true },
    });
    if (!message) return { ok: false, reason: "notFound" };
    if (message.authorId !== request.userId || message.deletedAt) {
      return { ok: false, reason: "notAllowed" };
    }
    if (!canEdit(message, request.userId, now)) return { ok: false, reason: "tooLate" };
    await tx.message.update({
      where: { id: message.id },
      data: { body: request.body, editedAt: now },
    });
    const eventId = await recordThreadEvent(tx, {
      threadId: request.threadId,
      kind: "edited",
      messageId: message.id,
      actorId: request.userId,
      now,
    });
    return { ok: true, eventId };
  });
  if (outcome.ok) await announce(request.threadId, outcome.eventId);
  return outcome;
}

/** The author deletes their message: its text and attachments go, a "deleted" line stays. */
export async function deleteMessage(request: {
  threadId: string;
  messageId: string;
  userId: string;
  now?: Date;
}): Promise<ChangeOutcome> {
  const now = request.now ?? new Date();
  const outcome = await db.$transaction(async (tx): Promise<ChangeOutcome> => {
    const message = await tx.message.findFirst({
      where: { id: request.messageId, threadId: request.threadId },
      select: { id: true, authorId: true, createdAt: true, deletedAt: true },
    });
    if (!message) return { ok: false, reason: "notFound" };
    if (!canDelete(message, request.userId)) return { ok: false, reason: "notAllowed" };
    await tx.message.update({ where: { id: message.id }, data: { body: "", deletedAt: now } });
    await deleteAttachmentsOf(tx, message.id);
    const eventId = await recordThreadEvent(tx, {
      threadId: request.threadId,
      kind: "deleted",
      messageId: message.id,
      actorId: request.userId,
      now,
    });
    return { ok: true, eventId };
  });
  if (outcome.ok) await announce(request.threadId, outcome.eventId);
  return outcome;
}

/**
 * The participant has read the thread up to now. Records a "read" event (the other
 * side's receipts) only when there was something new from others to read.
 */
export async function markThreadRead(request: {
  threadId: string;
  userId: string;
  side: ThreadSide;
  now?: Date;
}): Promise<{ changed: boolean }> {
  const now = request.now ?? new Date();
  const { threadId, userId } = request;
  const eventId = await db.$transaction(async (tx) => {
    const participant = await tx.threadParticipant.findUnique({
      where: { threadId_userId: { threadId, userId } },
      select: { lastReadAt: true },
    });
    const unread = await tx.message.count({
      where: {
        threadId,
        OR: [{ authorId: null }, { authorId: { not: userId } }],
        ...(participant?.lastReadAt ? { createdAt: { gt: participant.lastReadAt } } : {}),
      },
    });
    if (unread === 0) return null;
    await tx.threadParticipant.upsert({
      where: { threadId_userId: { threadId, userId } },
      create: { threadId, userId, side: request.side, lastReadAt: now, joinedAt: now },
      update: { lastReadAt: now },
    });
    return recordThreadEvent(tx, { threadId, kind: "read", actorId: userId, now });
  });
  if (eventId === null) return { changed: false };
  await announce(threadId, eventId);
  return { changed: true };
}
