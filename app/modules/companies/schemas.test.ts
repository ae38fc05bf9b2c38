import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { isMessageKey } from "~/lib/i18n/translate";
import {
  companyFormSchema,
  invitationActionSchema,
  memberActionSchema,
  parseDirectoryQuery,
} from "./schemas";

const valid = {
  name: "信州精密工業株式会社",
  prefectureCode: "20",
  municipality: "諏訪市",
  industryCode: "E",
  employeesBand: "E50_99",
  foundedYear: "1962",
  website: "https://shinshu-seimitsu.example.jp",
  description: "精密部品の加工",
};

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

function parseCompany(values: Record<string, string>) {
  return parseWithZod(form(values), { schema: companyFormSchema });
}

function fieldErrors(values: Record<string, string>) {
  const submission = parseCompany(values);
  if (submission.status === "success") return {};
  return submission.reply().error ?? {};
}

describe("companyFormSchema", () => {
  it("accepts a complete company and coerces the year", () => {
    const submission = parseCompany(valid);
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toMatchObject({ ...valid, foundedYear: 1962 });
  });

  it("treats the optional fields as optional (empty inputs)", () => {
    const submission = parseCompany({ ...valid, foundedYear: "", website: "", description: "" });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value.foundedYear).toBeUndefined();
    expect(submission.value.website).toBeUndefined();
    expect(submission.value.description).toBe("");
  });

  it("requires the name, location, industry and size, with message keys", () => {
    const errors = fieldErrors({});
    expect(Object.keys(errors).sort()).toEqual(
      ["employeesBand", "industryCode", "municipality", "name", "prefectureCode"].sort(),
    );
    for (const messages of Object.values(errors)) {
      for (const message of messages ?? []) expect(isMessageKey(message), message).toBe(true);
    }
    expect(errors.prefectureCode).toEqual(["reference.errors.prefecture"]);
    expect(errors.industryCode).toEqual(["reference.errors.industry"]);
  });

  it.each([
    ["name", "x".repeat(101), "reference.errors.tooLong"],
    ["name", "   ", "reference.errors.required"],
    ["prefectureCode", "48", "reference.errors.prefecture"],
    ["prefectureCode", "長野県", "reference.errors.prefecture"],
    ["industryCode", "Z", "reference.errors.industry"],
    ["employeesBand", "E1_1000", "companies.form.employeesRequired"],
    ["foundedYear", "1799", "companies.form.foundedYearRange"],
    ["foundedYear", String(new Date().getFullYear() + 1), "companies.form.foundedYearRange"],
    ["foundedYear", "1962.5", "reference.errors.integer"],
    ["website", "javascript:alert(1)", "reference.errors.url"],
    ["website", "ftp://example.jp", "reference.errors.url"],
    ["website", "example.jp", "reference.errors.url"],
    ["description", "あ".repeat(4001), "reference.errors.tooLong"],
  ])("refuses %s = %j", (field, value, key) => {
    expect(fieldErrors({ ...valid, [field]: value })[field]).toEqual([key]);
  });

  it("accepts the boundaries: 100-character name, 1800, this year, 4000 characters", () => {
    for (const values of [
      { name: "x".repeat(100) },
      { foundedYear: "1800" },
      { foundedYear: String(new Date().getFullYear()) },
      { description: "あ".repeat(4000) },
      { website: "http://example.jp/about?lang=ja" },
    ]) {
      expect(parseCompany({ ...valid, ...values }).status, JSON.stringify(values)).toBe("success");
    }
  });

  it("trims text", () => {
    const submission = parseCompany({ ...valid, name: "  信州精密  ", municipality: " 諏訪市 " });
    expect(submission.status === "success" && submission.value.name).toBe("信州精密");
    expect(submission.status === "success" && submission.value.municipality).toBe("諏訪市");
  });
});

describe("memberActionSchema", () => {
  const parse = (values: Record<string, string>) =>
    parseWithZod(form(values), { schema: memberActionSchema });

  it("normalises an invited address", () => {
    const submission = parse({ intent: "invite", email: "  Taro@Example.JP " });
    expect(submission.status === "success" && submission.value).toEqual({
      intent: "invite",
      email: "taro@example.jp",
    });
  });

  it("refuses a bad address and an unknown intent", () => {
    expect(parse({ intent: "invite", email: "not-an-email" }).status).toBe("error");
    expect(parse({ intent: "promote", membershipId: "x" }).status).toBe("error");
  });

  it("asks for a member and an explicit confirmation before transferring", () => {
    const missing = parse({ intent: "transfer" });
    expect(missing.status).toBe("error");
    expect(missing.reply().error).toMatchObject({
      membershipId: ["companies.transfer.chooseMember"],
      confirm: ["companies.transfer.confirmRequired"],
    });
    expect(parse({ intent: "transfer", membershipId: "m1", confirm: "on" }).status).toBe("success");
  });
});

describe("invitationActionSchema", () => {
  const parse = (values: Record<string, string>) =>
    parseWithZod(form(values), { schema: invitationActionSchema });

  it("accepts with no other fields", () => {
    expect(parse({ intent: "accept" }).status).toBe("success");
  });

  it("signs up with a name, a 10+ character password and the terms", () => {
    expect(
      parse({
        intent: "signup",
        name: "新人 花子",
        password: "long-enough-pass",
        agreeToTerms: "on",
      }).status,
    ).toBe("success");
    const bad = parse({ intent: "signup", name: "", password: "short" });
    expect(bad.reply().error).toMatchObject({
      name: ["form.required"],
      password: ["form.password.tooShort"],
      agreeToTerms: ["form.terms.required"],
    });
  });
});

describe("parseDirectoryQuery", () => {
  it("reads filters and drops what it cannot use", () => {
    expect(
      parseDirectoryQuery(new URLSearchParams("q=%20信州%20&prefecture=20&industry=E&page=3")),
    ).toEqual({ q: "信州", prefecture: "20", industry: "E", page: 3 });
    expect(parseDirectoryQuery(new URLSearchParams("prefecture=99&industry=ZZ&page=-1"))).toEqual({
      q: "",
      prefecture: undefined,
      industry: undefined,
      page: 1,
    });
  });

  it("normalises full-width text (NFKC)", () => {
    expect(parseDirectoryQuery(new URLSearchParams("q=ＡＢＣ")).q).toBe("ABC");
  });
});
