import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roles } from "~/modules/auth/roles";
import { notificationKinds } from "../kinds";
import {
  choicesFromForm,
  kindsForRole,
  notificationPreferencesSchema,
  resolvePreferences,
} from "./preferences";

describe("kindsForRole", () => {
  it("offers professionals what reaches professionals, companies what reaches companies", () => {
    expect(kindsForRole("PROFESSIONAL")).not.toContain("match.applied");
    expect(kindsForRole("PROFESSIONAL")).toContain("match.scouted");
    expect(kindsForRole("COMPANY_MEMBER")).toContain("match.applied");
    expect(kindsForRole("COMPANY_MEMBER")).not.toContain("match.scouted");
    expect(kindsForRole("COORDINATOR")).toEqual([...notificationKinds]);
    expect(kindsForRole("ADMIN")).toEqual([...notificationKinds]);
  });

  it("keeps the catalogue's order for every role", () => {
    for (const role of roles) {
      const kinds = kindsForRole(role);
      expect(kinds).toEqual(notificationKinds.filter((kind) => kinds.includes(kind)));
    }
  });
});

describe("resolvePreferences", () => {
  it("turns both channels on where there is no row", () => {
    expect(resolvePreferences(["match.applied", "match.stage"], [])).toEqual([
      { kind: "match.applied", inApp: true, email: true },
      { kind: "match.stage", inApp: true, email: true },
    ]);
  });

  it("uses the stored choice per kind and ignores rows of kinds not offered", () => {
    expect(
      resolvePreferences(
        ["match.applied"],
        [
          { kind: "match.applied", inApp: true, email: false },
          { kind: "match.scouted", inApp: false, email: false },
        ],
      ),
    ).toEqual([{ kind: "match.applied", inApp: true, email: false }]);
  });
});

describe("the settings form", () => {
  it("accepts one or many ticked kinds per channel, and none", () => {
    expect(notificationPreferencesSchema.parse({ inApp: ["match.stage"] })).toEqual({
      inApp: ["match.stage"],
      email: [],
    });
    expect(notificationPreferencesSchema.parse({})).toEqual({ inApp: [], email: [] });
  });

  it("refuses an unknown kind with a message key", () => {
    const result = notificationPreferencesSchema.safeParse({ inApp: ["match.nope"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("notifications.errors.kind");
  });

  it("gives one choice per offered kind: ticked is on, unticked is off (property)", () => {
    const kinds = kindsForRole("COMPANY_MEMBER");
    const subset = fc.subarray([...notificationKinds]);
    fc.assert(
      fc.property(subset, subset, (inApp, email) => {
        const choices = choicesFromForm(kinds, { inApp, email });
        expect(choices.map((choice) => choice.kind)).toEqual(kinds);
        for (const choice of choices) {
          expect(choice.inApp).toBe(inApp.includes(choice.kind));
          expect(choice.email).toBe(email.includes(choice.kind));
        }
      }),
    );
  });
});
