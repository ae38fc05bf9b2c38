/**
 * The search outbox: every write that changes what search shows calls one of these
 * with its transaction client, so the "this changed" row exists exactly when the change
 * does. The drainer (drainer.server.ts) reads the entity's state when it applies the
 * row, so a row says only which entity, never what it looks like.
 */
import type { DbClient } from "~/lib/db.server";
import type { SearchEntity } from "./documents";

const CHUNK = 500;

type Listener = () => void;

/** Lets the in-process drainer start at once instead of waiting for its next poll. */
export const searchOutboxSignal = {
  listeners: new Set<Listener>(),
  notify() {
    for (const listener of this.listeners) queueMicrotask(listener);
  },
  subscribe(listener: Listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  },
};

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/**
 * Queues a sync of these entities. An id that already has a row waiting (pending, due,
 * not claimed by a drainer) gets no second one: that row will read the newest state.
 * A row a drainer holds may already have read the old state, so it does not count.
 */
export async function enqueueSearchSync(
  client: DbClient,
  entity: SearchEntity,
  ids: Iterable<string>,
  now = new Date(),
): Promise<number> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return 0;
  let queued = 0;
  for (const part of chunks(wanted)) {
    const waiting = await client.searchOutbox.findMany({
      where: {
        entity,
        entityId: { in: part },
        status: "PENDING",
        nextAttemptAt: { lte: now },
        OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
      },
      select: { entityId: true },
    });
    const covered = new Set(waiting.map((row) => row.entityId));
    const rows = part
      .filter((id) => !covered.has(id))
      .map((entityId) => ({ entity, entityId, nextAttemptAt: now }));
    if (rows.length > 0) await client.searchOutbox.createMany({ data: rows });
    queued += rows.length;
  }
  if (queued > 0) searchOutboxSignal.notify();
  return queued;
}

/** A company's name or place changed: its challenges' documents carry them. */
export async function enqueueCompanyChallenges(client: DbClient, companyId: string) {
  const challenges = await client.challenge.findMany({
    where: { companyId, status: "OPEN" },
    select: { id: true },
  });
  return enqueueSearchSync(
    client,
    "challenge",
    challenges.map((row) => row.id),
  );
}

/** A skill was renamed or deleted: every document listing it changes. */
export async function enqueueSkillUsers(client: DbClient, skillId: string) {
  const [challenges, profiles] = await Promise.all([
    client.challengeSkill.findMany({
      where: { skillId, challenge: { status: "OPEN" } },
      select: { challengeId: true },
    }),
    client.profileSkill.findMany({ where: { skillId }, select: { profileId: true } }),
  ]);
  return (
    (await enqueueSearchSync(
      client,
      "challenge",
      challenges.map((row) => row.challengeId),
    )) +
    (await enqueueSearchSync(
      client,
      "profile",
      profiles.map((row) => row.profileId),
    ))
  );
}

/** A user's profile, if they have one (their name is in its document). */
export async function enqueueUserProfile(client: DbClient, userId: string) {
  const profile = await client.professionalProfile.findUnique({
    where: { userId },
    select: { id: true },
  });
  return profile ? enqueueSearchSync(client, "profile", [profile.id]) : 0;
}

/**
 * Every challenge and profile (the demo seed, a restored database): the drainer then
 * brings each document in line with the database, adding or deleting it.
 */
export async function enqueueEverything(client: DbClient) {
  const [challenges, profiles] = await Promise.all([
    client.challenge.findMany({ select: { id: true } }),
    client.professionalProfile.findMany({ select: { id: true } }),
  ]);
  return (
    (await enqueueSearchSync(
      client,
      "challenge",
      challenges.map((row) => row.id),
    )) +
    (await enqueueSearchSync(
      client,
      "profile",
      profiles.map((row) => row.id),
    ))
  );
}
