import { describe, expect, it } from "vitest";
import {
  isDevMailboxPublic,
  isLoopbackHost,
  mailTransport,
  parseEnv,
  usesSecureCookies,
} from "./env.server";

const secret = "x".repeat(32);

function parseError(source: Record<string, string | undefined>) {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected parseEnv to throw");
}

describe("parseEnv", () => {
  it("fills every default from an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      HOST: "0.0.0.0",
      APP_URL: "http://localhost:3000",
      DATABASE_URL: "file:./prisma/data/enishi.db",
      MAIL_WORKER: "inline",
      TRUST_PROXY: false,
      SEED_DEMO_DATA: true,
      AUTH_RATE_LIMIT_PER_IP: 50,
      AUTH_RATE_LIMIT_PER_ACCOUNT: 10,
      AUTH_RATE_LIMIT_WINDOW_SECONDS: 900,
      LOG_LEVEL: "info",
    });
    expect(env.SESSION_SECRET).toBeUndefined();
    expect(env.RESEND_API_KEY).toBeUndefined();
  });

  it("derives the default APP_URL from PORT", () => {
    expect(parseEnv({ PORT: "8080" }).APP_URL).toBe("http://localhost:8080");
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({
      PORT: "",
      APP_URL: "",
      SESSION_SECRET: "",
      RESEND_API_KEY: "",
      TRUST_PROXY: "",
    });
    expect(env.PORT).toBe(3000);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.SESSION_SECRET).toBeUndefined();
    expect(env.RESEND_API_KEY).toBeUndefined();
    expect(env.TRUST_PROXY).toBe(false);
  });

  it("reduces APP_URL to its origin", () => {
    const env = parseEnv({ APP_URL: "https://enishi.example.jp/some/path?q=1" });
    expect(env.APP_URL).toBe("https://enishi.example.jp");
    expect(env.appUrl.hostname).toBe("enishi.example.jp");
  });

  it("parses boolean flags and numbers", () => {
    const env = parseEnv({
      TRUST_PROXY: "1",
      SEED_DEMO_DATA: "false",
      AUTH_RATE_LIMIT_PER_IP: "7",
    });
    expect(env.TRUST_PROXY).toBe(true);
    expect(env.SEED_DEMO_DATA).toBe(false);
    expect(env.AUTH_RATE_LIMIT_PER_IP).toBe(7);
  });

  it("names each bad variable with its own message, all in one error", () => {
    const message = parseError({
      PORT: "70000",
      DATABASE_URL: "postgres://db/enishi",
      SESSION_SECRET: "short",
      TRUST_PROXY: "yes",
      AUTH_RATE_LIMIT_PER_IP: "0",
    });
    expect(message).toMatch(/^Invalid environment variables:/);
    expect(message).toMatch(/^ {2}PORT: /m);
    expect(message).toMatch(/^ {2}DATABASE_URL: must be a SQLite URL starting with "file:"$/m);
    expect(message).toMatch(/^ {2}SESSION_SECRET: must be at least 32 characters/m);
    expect(message).toMatch(/^ {2}TRUST_PROXY: /m);
    expect(message).toMatch(/^ {2}AUTH_RATE_LIMIT_PER_IP: /m);
  });

  it.each([
    "enishi.example.jp",
    "localhost:3000",
    "ftp://enishi.example.jp",
    "javascript:alert(1)",
  ])("rejects APP_URL %s, which is not an absolute http(s) URL", (APP_URL) => {
    expect(parseError({ APP_URL })).toMatch(/^ {2}APP_URL: must be an absolute http\(s\) URL/m);
  });

  describe("in production", () => {
    it("requires https and SESSION_SECRET when served beyond this machine", () => {
      const message = parseError({ NODE_ENV: "production", APP_URL: "http://enishi.example.jp" });
      expect(message).toMatch(/^ {2}APP_URL: must use https:\/\//m);
      expect(message).toMatch(/^ {2}SESSION_SECRET: is required/m);
    });

    it("requires SESSION_SECRET even with https", () => {
      const message = parseError({ NODE_ENV: "production", APP_URL: "https://enishi.example.jp" });
      expect(message).not.toMatch(/APP_URL/);
      expect(message).toMatch(/SESSION_SECRET: is required/);
    });

    it("accepts https with a secret", () => {
      const env = parseEnv({
        NODE_ENV: "production",
        APP_URL: "https://enishi.example.jp",
        SESSION_SECRET: secret,
      });
      expect(usesSecureCookies(env)).toBe(true);
    });

    it.each([
      "http://localhost:3000",
      "http://127.0.0.1:3000",
      "http://[::1]:3000",
      "http://enishi.localhost",
    ])("allows plain http without a secret on loopback (%s)", (APP_URL) => {
      const env = parseEnv({ NODE_ENV: "production", APP_URL });
      expect(usesSecureCookies(env)).toBe(false);
    });
  });

  it("treats an empty SESSION_SECRET as missing in production", () => {
    expect(
      parseError({
        NODE_ENV: "production",
        APP_URL: "https://enishi.example.jp",
        SESSION_SECRET: "",
      }),
    ).toMatch(/SESSION_SECRET: is required/);
  });
});

describe("isLoopbackHost", () => {
  it.each(["localhost", "127.0.0.1", "127.8.9.10", "[::1]", "app.localhost"])(
    "%s is loopback",
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each([
    "enishi.example.jp",
    "localhost.example.jp",
    "128.0.0.1",
    "10.0.0.1",
    "127.0.0.1.example.jp",
  ])("%s is not loopback", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe("mail transport", () => {
  it("uses the dev mailbox without a Resend key, public only on loopback", () => {
    expect(mailTransport(parseEnv({}))).toBe("dev-mailbox");
    expect(isDevMailboxPublic(parseEnv({}))).toBe(true);
    expect(isDevMailboxPublic(parseEnv({ APP_URL: "https://enishi.example.jp" }))).toBe(false);
  });

  it("uses Resend with a key, and then the mailbox is never public", () => {
    const env = parseEnv({ RESEND_API_KEY: "re_test" });
    expect(mailTransport(env)).toBe("resend");
    expect(isDevMailboxPublic(env)).toBe(false);
  });
});
