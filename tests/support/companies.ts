/** A url-encoded POST body. */
export function post(fields: Record<string, string>): RequestInit {
  return { method: "POST", body: new URLSearchParams(fields) };
}

/** The smallest valid PNG (1×1), for logo uploads. */
export const tinyPng = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  ),
);

/** A multipart POST with `fields` and optionally a file in `fileField`. */
export function multipart(
  fields: Record<string, string>,
  file?: { field: string; bytes: Uint8Array; name?: string; type?: string },
): RequestInit {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  if (file) {
    body.append(
      file.field,
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "image/png" }),
      file.name ?? "logo.png",
    );
  }
  return { method: "POST", body };
}

export const companyFields = {
  name: "信州精密工業株式会社",
  prefectureCode: "20",
  municipality: "諏訪市",
  industryCode: "E",
  employeesBand: "E50_99",
  foundedYear: "1962",
  website: "https://shinshu-seimitsu.example.jp",
  description: "精密部品の切削加工。",
};
