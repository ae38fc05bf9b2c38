import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff";

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(
    values.flatMap((value) =>
      typeof value === "string" ? [...value].map((char) => char.charCodeAt(0)) : [value],
    ),
  );

describe("sniffImageType", () => {
  it("recognises PNG by its 8-byte signature", () => {
    expect(sniffImageType(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, "IHDR"))).toBe(
      "image/png",
    );
  });

  it("recognises JPEG by its SOI marker", () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, "JFIF"))).toBe("image/jpeg");
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe1, 0, 16, "Exif"))).toBe("image/jpeg");
  });

  it("recognises WebP by RIFF…WEBP", () => {
    expect(sniffImageType(bytes("RIFF", 0x24, 0, 0, 0, "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses other RIFF files (WAV, AVI)", () => {
    expect(sniffImageType(bytes("RIFF", 0x24, 0, 0, 0, "WAVEfmt "))).toBeNull();
  });

  it.each([
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ["XML-prefixed SVG", bytes('<?xml version="1.0"?><svg/>')],
    ["HTML", bytes("<!doctype html><script>alert(1)</script>")],
    ["GIF", bytes("GIF89a", 1, 0, 1, 0)],
    ["PDF", bytes("%PDF-1.7")],
    ["empty", bytes()],
    ["truncated PNG", bytes(0x89, "PNG")],
    ["truncated JPEG", bytes(0xff, 0xd8)],
    ["truncated WebP", bytes("RIFF", 0, 0, 0, 0, "WEB")],
  ])("refuses %s", (_name, input) => {
    expect(sniffImageType(input)).toBeNull();
  });

  it("ignores what the bytes claim further in (a PNG signature not at the start)", () => {
    expect(sniffImageType(bytes(" ", 0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a))).toBeNull();
  });
});
