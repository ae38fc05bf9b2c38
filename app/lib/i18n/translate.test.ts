import { describe, expect, it } from "vitest";
import { changePasswordSchema, resetPasswordSchema, signupSchema } from "~/modules/auth/schemas";
import { en } from "./messages/en";
import { featureCatalogs, ja } from "./messages/ja";
import {
  getTranslator,
  isMessageKey,
  translate,
  translateError,
  type MessageKey,
} from "./translate";

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("message catalogs", () => {
  it("have the same keys in every language", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it("give each key to exactly one feature, under the feature's own prefix", () => {
    const owners = new Map<string, string>();
    for (const [feature, catalog] of Object.entries(featureCatalogs)) {
      for (const key of Object.keys(catalog)) {
        expect(owners.get(key), `${key} is in ${owners.get(key)} and ${feature}`).toBeUndefined();
        owners.set(key, feature);
        if (feature !== "core") expect(key.split(".")[0], key).toBe(feature);
      }
    }
  });

  it("use the same {placeholders} for a key in every language", () => {
    for (const key of Object.keys(ja) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
    }
  });
});

describe("translate", () => {
  it("picks the reader's language", () => {
    expect(translate("ja", "role.COORDINATOR")).toBe(ja["role.COORDINATOR"]);
    expect(translate("en", "role.COORDINATOR")).toBe("Coordinator");
    expect(getTranslator("en")("role.ADMIN")).toBe("Administrator");
  });

  it("fills {placeholders} from the variables, once and literally", () => {
    expect(translate("en", "settings.email.current", { email: "a@example.jp" })).toBe(
      "Current email address: a@example.jp",
    );
    // A value that looks like a placeholder or a replacement pattern stays as it is.
    expect(translate("en", "settings.email.current", { email: "{email} $& $1" })).toBe(
      "Current email address: {email} $& $1",
    );
  });

  it("leaves a placeholder without a value visible rather than inventing one", () => {
    expect(translate("en", "settings.email.current", {})).toBe("Current email address: {email}");
  });
});

describe("translateError", () => {
  it("translates message keys and passes other text through", () => {
    expect(translateError("en", "form.required")).toBe(en["form.required"]);
    expect(translateError("ja", "form.required")).toBe(ja["form.required"]);
    expect(translateError("en", "Something else")).toBe("Something else");
    expect(isMessageKey("constructor")).toBe(false);
  });
});

describe("form schemas", () => {
  it("report errors as message keys that every catalog translates", () => {
    const results = [
      signupSchema.safeParse({}),
      signupSchema.safeParse({
        role: "ADMIN",
        name: "x".repeat(101),
        email: "bad",
        password: "short",
        agreeToTerms: "no",
      }),
      signupSchema.safeParse({
        role: "PROFESSIONAL",
        name: "x",
        email: "a@b.jp",
        password: "x".repeat(129),
        agreeToTerms: "on",
      }),
      resetPasswordSchema.safeParse({ token: "x", password: "a".repeat(10), confirmPassword: "b" }),
      changePasswordSchema.safeParse({}),
    ];
    const messages = new Set(
      results.flatMap((result) => result.error?.issues.map((issue) => issue.message) ?? []),
    );
    expect(messages.size).toBeGreaterThanOrEqual(8);
    for (const message of messages) expect(isMessageKey(message), message).toBe(true);
  });
});
