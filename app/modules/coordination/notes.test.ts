import { describe, expect, it } from "vitest";
import { mentionedIn, noteActionSchema } from "./notes";

const people = [
  { id: "a", name: "長野 太郎", email: "coordinator.nagano@enishi.example" },
  { id: "b", name: "Kate Smith", email: "kate@enishi.example" },
  { id: "c", name: "高知 花子", email: "kochi@enishi.example" },
];

describe("mentionedIn", () => {
  it("finds names with or without their space, and email local parts", () => {
    expect(mentionedIn("@長野 太郎 さん確認を", people)).toEqual(["a"]);
    expect(mentionedIn("@長野太郎さん確認を", people)).toEqual(["a"]);
    expect(mentionedIn("cc @coordinator.nagano and @Kate Smith.", people)).toEqual(["a", "b"]);
    expect(mentionedIn("＠kate お願いします", people)).toEqual(["b"]);
  });

  it("ignores email addresses, longer words and text without @", () => {
    expect(mentionedIn("mail kate@enishi.example", people)).toEqual([]);
    expect(mentionedIn("@kateland", people)).toEqual([]);
    expect(mentionedIn("@coordinator.nagano2", people)).toEqual([]);
    expect(mentionedIn("高知 花子さんへ", people)).toEqual([]);
  });

  it("lists each person once", () => {
    expect(mentionedIn("@kate @Kate Smith @kate", people)).toEqual(["b"]);
  });
});

describe("noteActionSchema", () => {
  it("requires a body of at most 2000 characters", () => {
    const base = { intent: "create", subjectType: "company", subjectId: "x" };
    expect(noteActionSchema.safeParse({ ...base, body: "  " }).success).toBe(false);
    expect(noteActionSchema.safeParse({ ...base, body: "あ".repeat(2001) }).success).toBe(false);
    expect(noteActionSchema.safeParse({ ...base, body: "あ".repeat(2000) }).success).toBe(true);
    expect(noteActionSchema.safeParse({ ...base, subjectType: "thread", body: "x" }).success).toBe(
      false,
    );
  });
});
