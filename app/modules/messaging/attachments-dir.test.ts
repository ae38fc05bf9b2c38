import { describe, expect, it } from "vitest";
import { attachmentsDir, parseEnv } from "~/lib/env.server";

describe("attachmentsDir", () => {
  it("sits beside the database: prisma/data/attachments for the default one", () => {
    expect(attachmentsDir(parseEnv({}))).toBe("./prisma/data/attachments");
  });

  it("is named after any other database, so each test database has its own", () => {
    expect(attachmentsDir(parseEnv({ DATABASE_URL: "file:/var/lib/enishi/prod.db" }))).toBe(
      "/var/lib/enishi/prod.attachments",
    );
    expect(attachmentsDir(parseEnv({ DATABASE_URL: "file:worker-3.db" }))).toBe(
      "./worker-3.attachments",
    );
  });

  it("follows ATTACHMENTS_DIR when set", () => {
    expect(attachmentsDir(parseEnv({ ATTACHMENTS_DIR: "/srv/enishi/files" }))).toBe(
      "/srv/enishi/files",
    );
  });
});
