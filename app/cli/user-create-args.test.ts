import { describe, expect, it } from "vitest";
import { UsageError } from "./support";
import { parseRole, parseStdinPassword, parseUserCreateArgs } from "./user-create-args";

const base = ["--email", "Tanaka@Pref.Nagano.Example", "--name", " 田中 一郎 "];

function usageErrorOf(argv: string[]) {
  try {
    parseUserCreateArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error("expected a UsageError");
}

describe("parseRole", () => {
  it.each([
    ["professional", "PROFESSIONAL"],
    ["PRO", "PROFESSIONAL"],
    ["company_member", "COMPANY_MEMBER"],
    ["Company-Member", "COMPANY_MEMBER"],
    ["company", "COMPANY_MEMBER"],
    ["Coordinator", "COORDINATOR"],
    ["ADMIN", "ADMIN"],
  ])("%s → %s", (input, role) => {
    expect(parseRole(input)).toBe(role);
  });

  it("rejects anything else", () => {
    expect(parseRole("root")).toBeNull();
    expect(parseRole("")).toBeNull();
  });
});

describe("parseUserCreateArgs", () => {
  it("parses a staff invitation with defaults, normalising email and name", () => {
    expect(parseUserCreateArgs(["--role", "coordinator", ...base])).toEqual({
      help: false,
      input: {
        role: "COORDINATOR",
        email: "tanaka@pref.nagano.example",
        name: "田中 一郎",
        locale: "ja",
      },
      password: undefined,
      passwordStdin: false,
    });
  });

  it("takes a locale and a password", () => {
    const args = parseUserCreateArgs([
      "--role=admin",
      ...base,
      "--locale",
      "en",
      "--password",
      "correct horse battery",
    ]);
    expect(args).toMatchObject({
      help: false,
      input: { role: "ADMIN", locale: "en" },
      password: "correct horse battery",
    });
  });

  it("asks for the password on standard input", () => {
    expect(parseUserCreateArgs(["--role", "pro", ...base, "--password-stdin"])).toMatchObject({
      passwordStdin: true,
      password: undefined,
    });
  });

  it("returns help for -h and --help", () => {
    expect(parseUserCreateArgs(["-h"])).toEqual({ help: true });
    expect(parseUserCreateArgs(["--role", "x", "--help"])).toEqual({ help: true });
  });

  it("lists every missing option at once", () => {
    const message = usageErrorOf([]);
    expect(message).toContain("--role: is required");
    expect(message).toContain("--email: is required");
    expect(message).toContain("--name: is required");
  });

  it("explains bad values", () => {
    expect(usageErrorOf(["--role", "owner", ...base])).toMatch(/--role: "owner" is not a role/);
    expect(usageErrorOf(["--role", "admin", "--email", "not-an-email", "--name", "x"])).toBe(
      "--email: must be a valid email address",
    );
    expect(usageErrorOf(["--role", "admin", ...base, "--locale", "fr"])).toBe(
      "--locale: must be ja or en",
    );
    expect(usageErrorOf(["--role", "admin", ...base, "--password", "short"])).toBe(
      "--password: must be at least 10 characters",
    );
    expect(usageErrorOf(["--role", "admin", "--email", "a@b.jp", "--name", "   "])).toBe(
      "--name: is required",
    );
  });

  it("rejects unknown options, stray arguments and two password sources", () => {
    expect(usageErrorOf(["--role", "admin", ...base, "--sudo"])).toMatch(/--sudo/);
    expect(usageErrorOf(["--role", "admin", ...base, "extra"])).toMatch(
      /unexpected argument "extra"/,
    );
    expect(
      usageErrorOf(["--role", "admin", ...base, "--password", "0123456789", "--password-stdin"]),
    ).toMatch(/either --password or --password-stdin/);
    expect(usageErrorOf(["--role"])).toMatch(/--role/);
  });
});

describe("parseStdinPassword", () => {
  it("drops one trailing newline and checks the length", () => {
    expect(parseStdinPassword("enishi-demo-pass\n")).toBe("enishi-demo-pass");
    expect(parseStdinPassword("  spaces kept  \r\n")).toBe("  spaces kept  ");
    expect(() => parseStdinPassword("short\n")).toThrow(/at least 10 characters/);
  });
});
