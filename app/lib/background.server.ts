import { startDigestJob } from "~/modules/alerts/job.server";
import { purgeExpiredSessions } from "~/modules/auth/session.server";
import { startUnreadMailJob } from "~/modules/messaging/unread-mail.server";
import { startEmailDrainer } from "~/modules/notifications/email/drainer.server";
import { createConfiguredTransport } from "~/modules/notifications/email/transport.server";
import { startSearchJobs } from "~/modules/search/startup.server";
import { ensureDatabaseReady } from "./db.server";
import { getEnv, isDevMailboxPublic, mailTransport } from "./env.server";
import { errorFields, logger } from "./logger.server";

const HOUR_MS = 60 * 60 * 1000;
const globalForJobs = globalThis as unknown as { enishiJobsStop?: () => void };

/**
 * Starts what the app process runs beside requests: the email drainer (unless a
 * separate `npm run worker` does it), the search outbox drainer (always in this
 * process: the embedded index's columns live in its memory) and the hourly purge of
 * expired sessions.
 * Called once by the HTTP server after it loads the build; safe to call again.
 */
export async function startBackgroundJobs() {
  if (globalForJobs.enishiJobsStop) return globalForJobs.enishiJobsStop;
  await ensureDatabaseReady();
  const env = getEnv();
  const stops: Array<() => void> = [];
  if (env.MAIL_WORKER === "inline") stops.push(startEmailDrainer(createConfiguredTransport()));
  stops.push(startSearchJobs());
  stops.push(startDigestJob());
  stops.push(startUnreadMailJob());
  const purge = () =>
    purgeExpiredSessions().then(
      (count) => count && logger.info("expired sessions purged", { count }),
      (error) => logger.error("session purge failed", errorFields(error)),
    );
  void purge();
  const timer = setInterval(() => void purge(), HOUR_MS);
  timer.unref();
  stops.push(() => clearInterval(timer));
  logger.info("background jobs started", {
    mail: mailTransport(env),
    mailWorker: env.MAIL_WORKER,
    searchEngine: env.SEARCH_ENGINE,
    devMailboxPublic: isDevMailboxPublic(env),
  });
  globalForJobs.enishiJobsStop = () => stops.forEach((stop) => stop());
  return globalForJobs.enishiJobsStop;
}
