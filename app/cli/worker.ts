/**
 * `npm run worker`: delivers the email outbox in its own process (run the app with
 * MAIL_WORKER=external so it does not drain too). Stops on SIGINT/SIGTERM after the
 * batch in flight, so no claimed row waits for its claim to expire.
 *
 * It loops over `drainEmailOutbox` itself rather than using `startEmailDrainer`: that
 * one is built to live inside the app (unref'd timer, in-process queue signal) and its
 * stop function cannot wait for the batch in flight.
 */
import { z } from "zod";
import { db, ensureDatabaseReady } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { errorFields, logger } from "~/lib/logger.server";
import { drainEmailOutbox } from "~/modules/notifications/email/drainer.server";
import { createConfiguredTransport } from "~/modules/notifications/email/transport.server";
import { EXIT_OK, parseCliArgs, parseWith, runCli, UsageError } from "./support";

const usage = `
Usage: npm run worker [-- [--poll-ms <ms>] [--once]]

Delivers queued emails (the email outbox) until stopped with Ctrl-C / SIGTERM.
Mail goes through Resend when RESEND_API_KEY is set, otherwise to the dev mailbox.

  --poll-ms <ms>  how often to look for due emails (default 2000, 100-3600000)
  --once          deliver everything due now, then exit
  -h, --help      shows this text
`;

const argsSchema = z.object({
  pollMs: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int({ error: "must be a whole number of milliseconds" })
    .min(100, { error: "must be at least 100" })
    .max(3_600_000, { error: "must be at most 3600000 (one hour)" })
    .default(2_000),
  once: z.boolean().default(false),
});

async function main() {
  const { values, positionals } = parseCliArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      "poll-ms": { type: "string" },
      once: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(usage.trimStart());
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const { pollMs, once } = parseWith(
    argsSchema,
    { pollMs: values["poll-ms"], once: values.once },
    {},
    { pollMs: "--poll-ms" },
  );

  const env = getEnv();
  await ensureDatabaseReady();
  const transport = createConfiguredTransport();

  let stopping = false;
  let wake: (() => void) | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn("email worker: second signal, exiting without waiting", { signal });
      process.exit(130);
    }
    stopping = true;
    logger.info("email worker stopping", { signal });
    wake?.();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  logger.info("email worker started", {
    transport: transport.name,
    pollMs: once ? undefined : pollMs,
    once,
    mailWorker: env.MAIL_WORKER,
  });
  if (env.MAIL_WORKER !== "external") {
    logger.info(
      "MAIL_WORKER is not 'external': the app drains the outbox too; both are safe together, but set MAIL_WORKER=external on the app to leave delivery to this worker",
    );
  }

  let total = 0;
  while (!stopping) {
    let sent = 0;
    try {
      sent = await drainEmailOutbox(transport);
      total += sent;
      if (sent > 0) logger.info("emails sent", { sent });
    } catch (error) {
      logger.error("email worker: drain failed", errorFields(error));
    }
    // More may be due right away after a full batch; otherwise wait for the next poll.
    if (sent > 0) continue;
    if (once || stopping) break;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, pollMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wake = undefined;
  }

  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  await db.$disconnect();
  logger.info("email worker stopped", { sentTotal: total });
  return EXIT_OK;
}

runCli(main, usage);
