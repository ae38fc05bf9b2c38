/**
 * Coordinators' private notes on companies, professionals and matches. A note is read
 * only by staff who can see its subject (the region rule for companies and matches; for
 * a profile, whoever may see the profile); admins read them all. Companies and
 * professionals never get them: only staff pages load them.
 */
import type { Prisma } from "~/generated/prisma/client";
import { db, type DbClient } from "~/lib/db.server";
import { forbidden, notFound } from "~/lib/http.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Role } from "~/modules/auth/roles";
import { companyIdsOf } from "~/modules/companies/access.server";
import { notify } from "~/modules/notifications/in-app/notify.server";
import { profileViewFor } from "~/modules/professionals/visibility";
import { mentionedIn, type NoteSubjectType } from "./notes";
import { inPrefectures } from "./regions";
import { staffPrefectures } from "./regions.server";

type Staff = { id: string; role: Role };
type Actor = Staff & { ipAddress?: string };

export type NoteSubject = {
  type: NoteSubjectType;
  id: string;
  /** where a mention leads */
  href: string;
  /** what a mention's notification names: company name, challenge title or headline */
  label: string;
  /** the prefecture whose coordinators may see it; null for profiles (not regional) */
  prefectureCode: string | null;
};

async function findSubject(type: NoteSubjectType, id: string): Promise<NoteSubject | null> {
  if (type === "company") {
    const company = await db.company.findUnique({
      where: { id },
      select: { name: true, prefectureCode: true },
    });
    return company
      ? {
          type,
          id,
          href: `/companies/${id}`,
          label: company.name,
          prefectureCode: company.prefectureCode,
        }
      : null;
  }
  if (type === "match") {
    const match = await db.match.findUnique({
      where: { id },
      select: { challenge: { select: { title: true, prefectureCode: true } } },
    });
    return match
      ? {
          type,
          id,
          href: `/matches/${id}`,
          label: match.challenge.title,
          prefectureCode: match.challenge.prefectureCode,
        }
      : null;
  }
  const profile = await db.professionalProfile.findUnique({
    where: { id },
    select: { headline: true },
  });
  return profile
    ? { type, id, href: `/pros/${id}`, label: profile.headline, prefectureCode: null }
    : null;
}

/** Whether `user` (staff) may see the subject at all. */
async function canSee(user: Staff, subject: NoteSubject): Promise<boolean> {
  const prefectures = await staffPrefectures(user);
  if (prefectures === undefined) return false;
  if (subject.prefectureCode !== null) return inPrefectures(prefectures)(subject.prefectureCode);
  const profile = await db.professionalProfile.findUniqueOrThrow({
    where: { id: subject.id },
    select: {
      userId: true,
      visibility: true,
      blocks: { select: { companyId: true } },
    },
  });
  const view = profileViewFor(
    { userId: user.id, role: user.role, companyIds: await companyIdsOf(user.id) },
    {
      userId: profile.userId,
      visibility: profile.visibility,
      blockedCompanyIds: profile.blocks.map((block) => block.companyId),
    },
  );
  return view !== "none";
}

/** The subject when `user` is staff who may see it; 404 otherwise. */
export async function requireNoteSubject(user: Staff, type: NoteSubjectType, id: string) {
  if (user.role !== "COORDINATOR" && user.role !== "ADMIN") notFound();
  const subject = await findSubject(type, id);
  if (!subject || !(await canSee(user, subject))) notFound();
  return subject;
}

/**
 * The notes on a subject for a subject page: null (nothing to show, not even a panel)
 * unless the viewer is staff who may see the subject.
 */
export async function notesPanelFor(
  user: Staff | null,
  type: NoteSubjectType,
  id: string,
): Promise<null | { subjectType: NoteSubjectType; subjectId: string; notes: NoteView[] }> {
  if (!user || (user.role !== "COORDINATOR" && user.role !== "ADMIN")) return null;
  const subject = await findSubject(type, id);
  if (!subject || !(await canSee(user, subject))) return null;
  return { subjectType: type, subjectId: id, notes: await listNotes(subject, user.id) };
}

const noteSelect = {
  id: true,
  authorId: true,
  body: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { name: true } },
  mentions: { select: { user: { select: { name: true } } } },
} satisfies Prisma.CoordinatorNoteSelect;

export type NoteView = {
  id: string;
  body: string;
  authorName: string | null;
  own: boolean;
  createdAt: Date;
  edited: boolean;
  mentions: string[];
};

/** A subject's notes, newest first. */
export async function listNotes(subject: { type: NoteSubjectType; id: string }, viewerId: string) {
  const rows = await db.coordinatorNote.findMany({
    where: { subjectType: subject.type, subjectId: subject.id },
    select: noteSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return rows.map((row): NoteView => ({
    id: row.id,
    body: row.body,
    authorName: row.author?.name ?? null,
    own: row.authorId === viewerId,
    createdAt: row.createdAt,
    edited: row.updatedAt.getTime() - row.createdAt.getTime() > 1000,
    mentions: row.mentions.map((mention) => mention.user.name),
  }));
}

/**
 * Who may be mentioned on a subject: other coordinators who can see it (of its
 * prefecture; any coordinator for a profile) and admins.
 */
async function mentionCandidates(subject: NoteSubject, authorId: string) {
  return db.user.findMany({
    where: {
      id: { not: authorId },
      OR: [
        { role: "ADMIN" },
        subject.prefectureCode === null
          ? { role: "COORDINATOR" }
          : {
              role: "COORDINATOR",
              coordinatorRegions: { some: { prefectureCode: subject.prefectureCode } },
            },
      ],
    },
    select: { id: true, name: true, email: true },
  });
}

async function mentionAndNotify(
  tx: DbClient,
  noteId: string,
  subject: NoteSubject,
  author: { id: string; name: string },
  userIds: string[],
) {
  if (userIds.length === 0) return;
  await tx.noteMention.createMany({ data: userIds.map((userId) => ({ noteId, userId })) });
  await notify(tx, {
    kind: "note.mention",
    recipientIds: userIds,
    href: subject.href,
    params: { challengeTitle: subject.label, partyName: author.name },
    eventId: `note.mention/${noteId}/${userIds.slice().sort().join(",")}`,
  });
}

/** Writes a note on a subject the author may see (checked by the caller), with mentions. */
export async function createNote(
  actor: Actor,
  subject: NoteSubject,
  body: string,
): Promise<{ id: string; mentioned: string[] }> {
  const candidates = await mentionCandidates(subject, actor.id);
  const mentioned = mentionedIn(body, candidates);
  return db.$transaction(async (tx) => {
    const author = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { id: true, name: true },
    });
    const note = await tx.coordinatorNote.create({
      data: { authorId: actor.id, subjectType: subject.type, subjectId: subject.id, body },
      select: { id: true },
    });
    await mentionAndNotify(tx, note.id, subject, author, mentioned);
    await recordAudit(tx, {
      action: "note.create",
      actorId: actor.id,
      targetType: "CoordinatorNote",
      targetId: note.id,
      ipAddress: actor.ipAddress,
      metadata: { subjectType: subject.type, subjectId: subject.id, mentions: mentioned.length },
    });
    return { id: note.id, mentioned };
  });
}

/**
 * The author's own note, with its subject (which they must still be able to see):
 * 404 when they cannot see it, 403 when it is someone else's.
 */
export async function requireOwnNote(actor: Staff, noteId: string) {
  const note = await db.coordinatorNote.findUnique({
    where: { id: noteId },
    select: { id: true, authorId: true, subjectType: true, subjectId: true },
  });
  if (!note) notFound();
  const subject = await requireNoteSubject(
    actor,
    note.subjectType as NoteSubjectType,
    note.subjectId,
  );
  if (note.authorId !== actor.id) forbidden();
  return { note, subject };
}

/** Changes one's own note; people newly mentioned are notified. */
export async function updateNote(actor: Actor, noteId: string, subject: NoteSubject, body: string) {
  const candidates = await mentionCandidates(subject, actor.id);
  const mentioned = mentionedIn(body, candidates);
  await db.$transaction(async (tx) => {
    const author = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { id: true, name: true },
    });
    const before = await tx.noteMention.findMany({ where: { noteId }, select: { userId: true } });
    const known = new Set(before.map((row) => row.userId));
    await tx.coordinatorNote.update({ where: { id: noteId }, data: { body } });
    await tx.noteMention.deleteMany({ where: { noteId, userId: { notIn: mentioned } } });
    await mentionAndNotify(
      tx,
      noteId,
      subject,
      author,
      mentioned.filter((userId) => !known.has(userId)),
    );
    await recordAudit(tx, {
      action: "note.update",
      actorId: actor.id,
      targetType: "CoordinatorNote",
      targetId: noteId,
      ipAddress: actor.ipAddress,
    });
  });
}

export async function deleteNote(actor: Actor, noteId: string) {
  await db.$transaction(async (tx) => {
    await tx.coordinatorNote.delete({ where: { id: noteId } });
    await recordAudit(tx, {
      action: "note.delete",
      actorId: actor.id,
      targetType: "CoordinatorNote",
      targetId: noteId,
      ipAddress: actor.ipAddress,
    });
  });
}
