import { randomBytes } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Request, type Response } from "express";
import onHeaders from "on-headers";
import type { EnishiLoadContext } from "~/lib/context";
import { getEnv } from "~/lib/env.server";
import { errorFields, logger } from "~/lib/logger.server";
import { baselineSecurityHeaders, contentSecurityPolicy, isCrossSiteRequest } from "./security";

const MAX_BODY_BYTES = 12 * 1024 * 1024;

function loadEnvOrExit() {
  try {
    return getEnv();
  } catch (error) {
    // One line per bad variable, without a stack trace: it is a configuration problem.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

const env = loadEnvOrExit();
const dev = env.NODE_ENV === "development";
const https = env.appUrl.protocol === "https:";

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", env.TRUST_PROXY);
// Server-Sent Events must reach the browser as they are written: gzip would hold them back.
app.use(
  compression({
    filter: (req, res) =>
      !String(res.getHeader("Content-Type") ?? "").startsWith("text/event-stream") &&
      compression.filter(req, res),
  }),
);

app.use((req, res, next) => {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  const baseline = baselineSecurityHeaders({ https });
  res.set(baseline);
  onHeaders(res, () => {
    // Remix appends a route's own header to the baseline one: the route's value wins.
    for (const name of Object.keys(baseline)) {
      const value = res.getHeader(name);
      if (Array.isArray(value)) res.setHeader(name, value[value.length - 1]!);
    }
    // A route that serves its own policy (e.g. a sandboxed email preview) keeps it.
    if (!res.getHeader("Content-Security-Policy")) {
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, { dev, https }));
    }
  });
  next();
});

app.use((req, res, next) => {
  const started = performance.now();
  res.on("finish", () => {
    if (req.path.startsWith("/assets/")) return;
    logger.info("request", {
      method: req.method,
      path: req.path,
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
    });
  });
  next();
});

app.use((req, res, next) => {
  const allowedOrigins = [env.APP_URL, `${req.protocol}://${req.get("host")}`];
  const crossSite = isCrossSiteRequest(
    req.method,
    { secFetchSite: req.get("sec-fetch-site"), origin: req.get("origin") },
    allowedOrigins,
    req.path,
  );
  if (crossSite) {
    logger.warn("cross-site request refused", {
      method: req.method,
      path: req.path,
      origin: req.get("origin"),
    });
    res
      .status(403)
      .type("text/plain")
      .send("Cross-site request refused / 外部サイトからのリクエストは受け付けません");
    return;
  }
  if (Number(req.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    res.status(413).type("text/plain").send("Request too large / リクエストが大きすぎます");
    return;
  }
  next();
});

function getLoadContext(req: Request, res: Response): EnishiLoadContext {
  return {
    cspNonce: res.locals.cspNonce as string,
    clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
    appendSetCookie: (cookie) => {
      if (!res.headersSent) res.append("Set-Cookie", cookie);
    },
    requestState: new Map(),
  };
}

type BuildWithJobs = ServerBuild & {
  entry: {
    module: ServerBuild["entry"]["module"] & { startBackgroundJobs?: () => Promise<unknown> };
  };
};

async function startJobs(build: BuildWithJobs) {
  await build.entry.module.startBackgroundJobs?.();
}

if (dev) {
  const vite = await import("vite").then((v) =>
    v.createServer({ server: { middlewareMode: true } }),
  );
  app.use(vite.middlewares);
  let jobsStarted = false;
  app.all("*", async (req, res, next) => {
    try {
      const build = (await vite.ssrLoadModule("virtual:remix/server-build")) as BuildWithJobs;
      if (!jobsStarted) {
        jobsStarted = true;
        await startJobs(build);
      }
      return createRequestHandler({ build, getLoadContext, mode: "development" })(req, res, next);
    } catch (error) {
      next(error);
    }
  });
} else {
  const buildUrl = new URL("../server/index.js", import.meta.url);
  const build = (await import(buildUrl.href)) as BuildWithJobs;
  await startJobs(build);
  const clientDir = new URL("../client/", import.meta.url).pathname;
  app.use("/assets", express.static(`${clientDir}assets`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(clientDir, { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, getLoadContext, mode: "production" }));
}

const server = app.listen(env.PORT, env.HOST, () => {
  logger.info("Enishi is listening", { url: env.APP_URL, port: env.PORT, mode: env.NODE_ENV });
});

function shutdown(signal: string) {
  logger.info("shutting down", { signal });
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("unhandledRejection", (error) =>
  logger.error("unhandled rejection", errorFields(error)),
);
