import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode";

const fixture = resolve(import.meta.dirname, "../../../tests/fixtures/imports");

describe("decodeText", () => {
  it("reads UTF-8 without a byte order mark", () => {
    const bytes = new TextEncoder().encode("会社名,都道府県\n信州精密,長野県\n");
    expect(decodeText(bytes)).toEqual({
      text: "会社名,都道府県\n信州精密,長野県\n",
      encoding: "utf-8",
    });
  });

  it("drops a UTF-8 byte order mark (Excel's “CSV UTF-8”)", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("名前,メール")]);
    expect(decodeText(bytes)).toEqual({ text: "名前,メール", encoding: "utf-8" });
  });

  it("falls back to Shift_JIS (CP932) for bytes that are not UTF-8", () => {
    // "テスト" in Shift_JIS, then ① and ㈱ (NEC extensions) and 髙 (IBM extension).
    const bytes = new Uint8Array([
      0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x87, 0x40, 0x87, 0x8a, 0xfb, 0xfc,
    ]);
    expect(decodeText(bytes)).toEqual({ text: "テスト①㈱髙", encoding: "shift_jis" });
  });

  it("reads the Shift_JIS fixture Excel would save", () => {
    const { text, encoding } = decodeText(
      readFileSync(resolve(fixture, "companies-shift_jis.csv")),
    );
    expect(encoding).toBe("shift_jis");
    expect(text.split("\r\n")[0]).toBe(
      "会社名,都道府県,市区町村,業種,従業員数,設立年,ウェブサイト,会社概要",
    );
    expect(text).toContain("株式会社髙橋醸造①");
    expect(text).toContain("土佐ゆずラボ㈱");
  });

  it("keeps plain ASCII as UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("name,email"))).toEqual({
      text: "name,email",
      encoding: "utf-8",
    });
  });
});
