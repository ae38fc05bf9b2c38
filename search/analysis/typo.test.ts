import { describe, expect, it } from "vitest";
import { LatinVocabulary, allowedTypos, boundedEditDistance } from "./typo";

describe("typo tolerance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(boundedEditDistance("pyhton", "python", 2)).toBe(1);
    expect(boundedEditDistance("salesforse", "salesforce", 2)).toBe(1);
    expect(boundedEditDistance("kintone", "kintone", 1)).toBe(0);
    expect(boundedEditDistance("django", "python", 1)).toBe(2);
  });

  it("allows one typo from five letters and two from eight", () => {
    expect(allowedTypos("aws")).toBe(0);
    expect(allowedTypos("shopi")).toBe(1);
    expect(allowedTypos("salesforce")).toBe(2);
  });

  it("corrects unknown words to vocabulary words within the budget", () => {
    const vocabulary = new LatinVocabulary();
    for (const word of ["python", "pytorch", "salesforce", "kintone", "java"]) vocabulary.add(word);
    expect(vocabulary.corrections("pyhton")).toEqual(["python"]);
    expect(vocabulary.corrections("salsforse")).toEqual(["salesforce"]);
    expect(vocabulary.corrections("jave")).toEqual([]);
    expect(vocabulary.corrections("python")).toEqual([]);
    expect(vocabulary.size).toBe(5);
  });
});
