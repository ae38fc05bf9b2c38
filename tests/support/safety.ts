/**
 * A thread for the safety tests: company A's open challenge and the visible professional
 * (who applied), so the thread's participants are the professional, company A's owner
 * and member. Everyone else of the matching market (company B's member, the anonymous
 * and the outsider professionals, the coordinator, the admin) has nothing to do with it.
 */
import { db } from "~/lib/db.server";
import { startMatch } from "~/modules/matching/matches.server";
import { openThreadForMatch } from "~/modules/messaging/threads.server";
import { seedMatchingMarket } from "./matching";

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
  const threadId = await db.$transaction((tx) => openThreadForMatch(tx, started.matchId));
  if (!threadId) throw new Error("the match opened no thread");
  // company A's member joins the thread on first visit; make the row exist up front.
  await db.threadParticipant.upsert({
    where: { threadId_userId: { threadId, userId: market.memberA.user.id } },
    create: { threadId, userId: market.memberA.user.id, side: "company" },
    update: {},
  });
  return { ...market, matchId: started.matchId, threadId, pro: market.visible };
}

export type ThreadMarket = Awaited<ReturnType<typeof seedThreadMarket>>;

/** A message written straight to the database, at a chosen time. */
export async function addMessage(
  threadId: string,
  authorId: string,
  body: string,
  options: { createdAt?: Date; deletedAt?: Date | null } = {},
) {
  return db.message.create({
    data: {
      threadId,
      authorId,
      body: options.deletedAt ? "" : body,
      createdAt: options.createdAt ?? new Date(),
      deletedAt: options.deletedAt ?? null,
    },
  });
}

/** A multipart body as a browser sends it (FormData with File parts). */
export function messageForm(
  fields: Record<string, string>,
  files: Array<{ name: string; bytes: Uint8Array; type?: string }> = [],
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) {
    form.append(
      "attachments",
      new File([new Uint8Array(file.bytes)], file.name, {
        type: file.type ?? "application/octet-stream",
      }),
    );
  }
  return form;
}

/** A POST whose multipart body is this FormData. */
export function multipartRequest(form: FormData, path = "/messages/x") {
  return new Request(`http://localhost:3000${path}`, { method: "POST", body: form });
}
