import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import {
  imageResponse,
  MAX_IMAGE_BYTES,
  readImageUpload,
  saveImage,
} from "~/modules/images/images.server";
import { resetDatabase } from "../support/database";
import { multipart, tinyPng } from "../support/companies";

beforeEach(resetDatabase);

const request = (init: RequestInit) => new Request("http://localhost:3000/upload", init);

describe("readImageUpload", () => {
  it("returns the picture with its sniffed type and the other fields", async () => {
    const result = await readImageUpload(
      // The client claims a GIF; the bytes say PNG, and the bytes win.
      request(multipart({ name: "会社" }, { field: "logo", bytes: tinyPng, type: "image/gif" })),
      "logo",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.image?.contentType).toBe("image/png");
    expect(result.image?.bytes).toEqual(tinyPng);
    expect(result.formData.get("name")).toBe("会社");
    expect(result.formData.has("logo")).toBe(false);
  });

  it("gives no picture for an empty file input", async () => {
    const result = await readImageUpload(
      request(multipart({ name: "x" }, { field: "logo", bytes: new Uint8Array(), name: "" })),
      "logo",
    );
    expect(result).toMatchObject({ ok: true, image: null });
  });

  it("reads a form without a file (url-encoded) as a plain form", async () => {
    const result = await readImageUpload(
      request({ method: "POST", body: new URLSearchParams({ removeLogo: "on" }) }),
      "logo",
    );
    expect(result.ok && result.formData.get("removeLogo")).toBe("on");
    expect(result.ok && result.image).toBeNull();
  });

  it("refuses SVG and other non-image bytes whatever they are called", async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
    const result = await readImageUpload(
      request(multipart({}, { field: "logo", bytes: svg, name: "logo.png", type: "image/png" })),
      "logo",
    );
    expect(result).toEqual({ ok: false, error: "companies.image.unsupportedType", status: 400 });
  });

  it("stops reading past 1 MB (413)", async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(tinyPng);
    const body = multipart({}, { field: "logo", bytes: big });
    // Without a Content-Length header the streaming cap is what stops it.
    const result = await readImageUpload(request(body), "logo");
    expect(result).toEqual({ ok: false, error: "companies.image.tooLarge", status: 413 });
  });

  it("refuses a declared body far beyond the cap before reading it", async () => {
    const result = await readImageUpload(
      new Request("http://localhost:3000/upload", {
        method: "POST",
        headers: {
          "Content-Length": String(5 * 1024 * 1024),
          "Content-Type": "multipart/form-data; boundary=x",
        },
        body: "--x--",
      }),
      "logo",
    );
    expect(result).toMatchObject({ ok: false, status: 413 });
  });
});

describe("saveImage and imageResponse", () => {
  it("stores the bytes and serves them with safe headers", async () => {
    const { id } = await saveImage(db, { bytes: tinyPng, contentType: "image/png" });
    const stored = await db.image.findUniqueOrThrow({ where: { id } });
    expect(stored.byteSize).toBe(tinyPng.byteLength);
    expect(stored.contentType).toBe("image/png");

    const response = imageResponse(stored, { cacheSeconds: 60 });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Content-Disposition")).toBe("inline");
    expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    expect(response.headers.get("Cache-Control")).toBe("private, max-age=60");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(tinyPng);
  });
});
