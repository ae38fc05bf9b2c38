import { z } from "zod";
import { db } from "~/lib/db.server";
import { isLocale } from "~/lib/i18n/locales";
import { errorFields, logger } from "~/lib/logger.server";
import { outboxSignal } from "./outbox.server";
import { renderEmail } from "./render.server";
import { emailTemplates, isEmailTemplateName } from "./templates";
import type { EmailTransport } from "./transport.server";

export const MAX_ATTEMPTS = 10;
const BATCH_SIZE = 20;
/** How long a claimed row stays ours; a crashed drainer's rows come back after this. */
export const CLAIM_MS = 60_000;

/** Exponential backoff from 5 s, capped at one hour, with ±20 % jitter. */
export function backoffMs(attempts: number, random: () => number = Math.random) {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Delivers due outbox rows once. A row is claimed before sending (so two drainers never
 * send it together), marked SENT only after the transport confirms, and retried with
 * backoff on retryable failures. Returns how many rows were sent.
 */
export async function drainEmailOutbox(transport: EmailTransport, now = new Date()) {
  let sent = 0;
  // `now` moves on while we send: a claim made late in a slow batch must still last CLAIM_MS.
  const startedAt = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
  const due = await db.emailOutbox.findMany({
    where: {
      status: "PENDING",
      nextAttemptAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
    },
    orderBy: { createdAt: "asc" },
    take: BATCH_SIZE,
  });
  for (const row of due) {
    const claimed = await db.emailOutbox.updateMany({
      where: { id: row.id, status: "PENDING", attempts: row.attempts },
      data: { lockedUntil: new Date(clock().getTime() + CLAIM_MS), attempts: { increment: 1 } },
    });
    if (claimed.count === 0) continue;
    const attempts = row.attempts + 1;
    try {
      if (!isEmailTemplateName(row.template) || !isLocale(row.locale)) {
        throw new PermanentError(`unknown template or locale: ${row.template}/${row.locale}`);
      }
      const rendered = await renderEmail(row.template, row.locale, JSON.parse(row.payload));
      const result = await transport.send({
        ...rendered,
        to: row.to,
        outboxId: row.id,
        idempotencyKey: row.idempotencyKey,
      });
      if (result.ok) {
        await db.emailOutbox.update({
          where: { id: row.id },
          data: {
            status: "SENT",
            sentAt: new Date(),
            lockedUntil: null,
            lastError: null,
            providerMessageId: result.providerMessageId,
            payload: withoutSecretLink(row),
          },
        });
        sent += 1;
        continue;
      }
      await recordFailure(row, attempts, result.error, result.retryable, clock());
    } catch (error) {
      // A payload that is not JSON or does not fit its template never will.
      const permanent =
        error instanceof PermanentError ||
        error instanceof SyntaxError ||
        error instanceof z.ZodError;
      await recordFailure(row, attempts, String(error), !permanent, clock());
    }
  }
  return sent;
}

class PermanentError extends Error {}

type OutboxRow = { id: string; template: string; payload: string };

/** Once a mail is done with (sent or given up), the secret its link carried is dropped. */
function withoutSecretLink(row: OutboxRow) {
  if (!isEmailTemplateName(row.template) || !emailTemplates[row.template].secretLink)
    return row.payload;
  try {
    return JSON.stringify({ ...JSON.parse(row.payload), url: "https://redacted.invalid/" });
  } catch {
    return "{}";
  }
}

async function recordFailure(
  row: OutboxRow,
  attempts: number,
  error: string,
  retryable: boolean,
  now: Date,
) {
  const id = row.id;
  const giveUp = !retryable || attempts >= MAX_ATTEMPTS;
  await db.emailOutbox.update({
    where: { id },
    data: {
      ...(giveUp ? { payload: withoutSecretLink(row) } : {}),
      status: giveUp ? "FAILED" : "PENDING",
      lockedUntil: null,
      lastError: error.slice(0, 1000),
      nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
    },
  });
  logger.warn("email delivery failed", { outboxId: id, attempts, retryable, giveUp, error });
}

/**
 * Runs the drainer until stopped: every `pollMs`, and at once when a new email is queued
 * in this process.
 */
export function startEmailDrainer(transport: EmailTransport, { pollMs = 2_000 } = {}) {
  let running = false;
  let again = false;
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await drainEmailOutbox(transport);
      } while (again && !stopped);
    } catch (error) {
      logger.error("email drainer failed", errorFields(error));
    } finally {
      running = false;
    }
  };
  const unsubscribe = outboxSignal.subscribe(() => void tick());
  const timer = setInterval(() => void tick(), pollMs);
  timer.unref();
  void tick();
  return () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
  };
}
