import { describe, expect, it } from "vitest";
import { getTranslator } from "~/lib/i18n/translate";
import { notificationKinds } from "../kinds";
import {
  badgeText,
  kindDescriptionKey,
  kindLabelKey,
  notificationText,
  parseNotificationParams,
  stageLabelKey,
} from "./text";

const ja = getTranslator("ja");
const en = getTranslator("en");
const params = { challengeTitle: "基幹システム刷新のPM", partyName: "佐藤 健太" };

describe("notificationText", () => {
  it("writes each kind in Japanese and English with the title and the other party", () => {
    for (const kind of notificationKinds) {
      for (const t of [ja, en]) {
        const text = notificationText(t, kind, { ...params, stage: "TALKING" });
        expect(text, kind).toContain("基幹システム刷新のPM");
        expect(text, kind).toContain("佐藤 健太");
        expect(text, kind).not.toMatch(/\{\w+\}/);
      }
      expect(notificationText(ja, kind, params)).not.toBe(notificationText(en, kind, params));
    }
  });

  it("reads as expected for an application", () => {
    expect(notificationText(ja, "match.applied", params)).toBe(
      "「基幹システム刷新のPM」に佐藤 健太から応募がありました",
    );
    expect(notificationText(en, "match.applied", params)).toBe(
      "佐藤 健太 applied to “基幹システム刷新のPM”",
    );
  });

  it("names the stage of a stage change in the reader's language", () => {
    expect(notificationText(ja, "match.stage", { ...params, stage: "CONTRACTED" })).toContain(
      "「成約」",
    );
    expect(notificationText(en, "match.stage", { ...params, stage: "CONTRACTED" })).toContain(
      "“Contracted”",
    );
    expect(notificationText(ja, "match.stage", { ...params, stage: "BOGUS" })).toContain(
      "次のステージ",
    );
  });

  it("says who ended a match: declined (見送り) or withdrew (辞退)", () => {
    expect(notificationText(ja, "match.ended", { ...params, outcome: "DECLINED" })).toContain(
      "見送りました",
    );
    expect(notificationText(ja, "match.ended", { ...params, outcome: "WITHDRAWN" })).toContain(
      "辞退しました",
    );
    expect(notificationText(en, "match.ended", params)).toContain("ended");
  });

  it("fills a missing name or title with a neutral word, never a raw placeholder", () => {
    expect(notificationText(ja, "match.scouted", {})).toBe(
      "相手方から「課題」のスカウトが届きました",
    );
    expect(notificationText(en, "match.accepted", { partyName: "  " })).toBe(
      "the other party accepted the match for “a challenge”",
    );
  });

  it("shows an unknown kind as the title alone", () => {
    expect(notificationText(ja, "match.future", params)).toBe("基幹システム刷新のPM");
  });

  it("keeps text that looks like markup or a placeholder as it is", () => {
    const text = notificationText(en, "match.applied", {
      challengeTitle: "<b>{partyName}</b>",
      partyName: "$& {stage}",
    });
    expect(text).toBe("$& {stage} applied to “<b>{partyName}</b>”");
  });
});

describe("parseNotificationParams", () => {
  it("keeps the known text fields and drops everything else", () => {
    expect(
      parseNotificationParams(
        JSON.stringify({ challengeTitle: "DX", partyName: 3, stage: "TALKING", extra: "x" }),
      ),
    ).toEqual({ challengeTitle: "DX", stage: "TALKING" });
  });

  it("gives empty params for malformed JSON or a non-object", () => {
    expect(parseNotificationParams("{")).toEqual({});
    expect(parseNotificationParams("[1]")).toEqual({});
    expect(parseNotificationParams("null")).toEqual({});
  });
});

describe("labels", () => {
  it("has a label and a description for every kind and a label for every stage", () => {
    for (const kind of notificationKinds) {
      expect(ja(kindLabelKey(kind))).not.toBe(en(kindLabelKey(kind)));
      expect(ja(kindDescriptionKey(kind)).length).toBeGreaterThan(0);
    }
    expect(ja(stageLabelKey("INTERESTED"))).toBe("興味あり");
    expect(ja(stageLabelKey("WITHDRAWN"))).toBe("辞退");
    expect(en(stageLabelKey(undefined))).toBe("the next stage");
  });
});

describe("badgeText", () => {
  it.each([
    [0, null],
    [-1, null],
    [Number.NaN, null],
    [1, "1"],
    [99, "99"],
    [100, "99+"],
    [12345, "99+"],
  ])("%d → %s", (count, expected) => {
    expect(badgeText(count)).toBe(expected);
  });
});
