import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

const positiveInt = z.coerce
  .number({ error: "must be a whole number above 0" })
  .int({ error: "must be a whole number above 0" })
  .positive({ error: "must be a whole number above 0" });

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce
      .number({ error: "must be a port number from 1 to 65535" })
      .int({ error: "must be a port number from 1 to 65535" })
      .min(1, { error: "must be a port number from 1 to 65535" })
      .max(65535, { error: "must be a port number from 1 to 65535" })
      .default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    APP_URL: z
      .url({
        // Without it, "localhost:3000" parses as a URL whose origin is "null".
        protocol: /^https?$/,
        message: "must be an absolute http(s) URL such as https://enishi.example.jp",
      })
      .optional(),
    DATABASE_URL: z
      .string()
      .regex(/^file:/, { message: 'must be a SQLite URL starting with "file:"' })
      .default("file:./prisma/data/enishi.db"),
    SESSION_SECRET: z
      .string()
      .min(32, {
        message: "must be at least 32 characters (generate one with: openssl rand -hex 32)",
      })
      .optional(),
    RESEND_API_KEY: z.string().min(1).optional(),
    MAIL_FROM: z.string().min(3).default("Enishi <no-reply@enishi.localhost>"),
    MAIL_WORKER: z.enum(["inline", "external"]).default("inline"),
    TRUST_PROXY: booleanFlag.default(false),
    SEED_DEMO_DATA: booleanFlag.default(true),
    AUTH_RATE_LIMIT_PER_IP: positiveInt.default(50),
    AUTH_RATE_LIMIT_PER_ACCOUNT: positiveInt.default(10),
    AUTH_RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(900),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    SEARCH_ENGINE: z.enum(["embedded", "meilisearch"]).default("embedded"),
    MEILI_HOST: z
      .url({
        protocol: /^https?$/,
        message: "must be an http(s) URL such as http://127.0.0.1:7700",
      })
      .optional(),
    MEILI_API_KEY: z.string().min(1).optional(),
    SEARCH_INDEX_PATH: z.string().min(1).optional(),
    ATTACHMENTS_DIR: z.string().min(1).optional(),
  })
  .transform((raw) => {
    const appUrl = new URL(raw.APP_URL ?? `http://localhost:${raw.PORT}`);
    return { ...raw, APP_URL: appUrl.origin, appUrl };
  })
  .superRefine((env, ctx) => {
    if (env.SEARCH_ENGINE === "meilisearch" && !env.MEILI_HOST) {
      ctx.addIssue({
        code: "custom",
        path: ["MEILI_HOST"],
        message: "is required when SEARCH_ENGINE=meilisearch",
      });
    }
    const loopback = isLoopbackHost(env.appUrl.hostname);
    if (env.NODE_ENV === "production" && !loopback) {
      if (env.appUrl.protocol !== "https:") {
        ctx.addIssue({
          code: "custom",
          path: ["APP_URL"],
          message: "must use https:// when the app is served beyond this machine",
        });
      }
      if (!env.SESSION_SECRET) {
        ctx.addIssue({
          code: "custom",
          path: ["SESSION_SECRET"],
          message: "is required when the app is served beyond this machine",
        });
      }
    }
  });

export type Env = z.output<typeof envSchema>;

export function isLoopbackHost(hostname: string) {
  return (
    hostname === "localhost" ||
    hostname === "[::1]" ||
    hostname.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

/** Parses an environment; throws one error listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset" (as in a copied .env.example).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment of this process (parsed once, at first use during boot). */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Cookies are Secure (and `__Host-` prefixed) whenever the app is served over https. */
export function usesSecureCookies(env: Env = getEnv()) {
  return env.appUrl.protocol === "https:";
}

/** Mail goes to the local dev mailbox when no provider is configured. */
export function mailTransport(env: Env = getEnv()): "resend" | "dev-mailbox" {
  return env.RESEND_API_KEY ? "resend" : "dev-mailbox";
}

/**
 * The embedded search index file: SEARCH_INDEX_PATH, else beside the database
 * (prisma/data/search.db for the default database, `<name>.search.db` for another).
 */
export function searchIndexPath(env: Env = getEnv()): string {
  if (env.SEARCH_INDEX_PATH) return env.SEARCH_INDEX_PATH;
  const database = env.DATABASE_URL.replace(/^file:/, "");
  if (database === ":memory:") return ":memory:";
  const slash = database.lastIndexOf("/");
  const folder = slash >= 0 ? database.slice(0, slash + 1) : "";
  const stem = database.slice(slash + 1).replace(/\.db$/, "");
  return `${folder}${stem === "enishi" ? "search" : `${stem}.search`}.db`;
}

/**
 * Where message attachments are stored (outside public/): ATTACHMENTS_DIR, else beside
 * the database (prisma/data/attachments for the default database, `<name>.attachments`
 * for another, so each test database gets its own folder).
 */
export function attachmentsDir(env: Env = getEnv()): string {
  if (env.ATTACHMENTS_DIR) return env.ATTACHMENTS_DIR;
  const database = env.DATABASE_URL.replace(/^file:/, "");
  const slash = database.lastIndexOf("/");
  const folder = slash >= 0 ? database.slice(0, slash + 1) : "./";
  const stem = database.slice(slash + 1).replace(/\.db$/, "");
  if (database === ":memory:") return "./prisma/data/attachments";
  return `${folder}${stem === "enishi" ? "attachments" : `${stem}.attachments`}`;
}

/** The dev mailbox is open to everyone only on a local install that sends no real mail. */
export function isDevMailboxPublic(env: Env = getEnv()) {
  return mailTransport(env) === "dev-mailbox" && isLoopbackHost(env.appUrl.hostname);
}
