/**
 * Small but real files for the attachment tests: their true magic bytes, and zip archives
 * built byte by byte (stored, with CRCs) so an Office Open XML document can be made
 * without a library. Test-only: nothing in the app imports this.
 */

const encoder = new TextEncoder();

function crc32(bytes: Uint8Array) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

function le(values: Array<[number, 2 | 4]>) {
  const out = new Uint8Array(values.reduce((sum, [, size]) => sum + size, 0));
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const [value, size] of values) {
    if (size === 2) view.setUint16(offset, value, true);
    else view.setUint32(offset, value, true);
    offset += size;
  }
  return out;
}

/** A zip archive of stored (uncompressed) entries, with central directory and end record. */
export function buildZip(entries: Record<string, string>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = encoder.encode(name);
    const data = encoder.encode(content);
    const crc = crc32(data);
    const local = concat([
      le([
        [0x04034b50, 4],
        [20, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [crc, 4],
        [data.byteLength, 4],
        [data.byteLength, 4],
        [nameBytes.byteLength, 2],
        [0, 2],
      ]),
      nameBytes,
      data,
    ]);
    centrals.push(
      concat([
        le([
          [0x02014b50, 4],
          [20, 2],
          [20, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [crc, 4],
          [data.byteLength, 4],
          [data.byteLength, 4],
          [nameBytes.byteLength, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [0, 4],
          [offset, 4],
        ]),
        nameBytes,
      ]),
    );
    locals.push(local);
    offset += local.byteLength;
  }
  const central = concat(centrals);
  const end = le([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [centrals.length, 2],
    [centrals.length, 2],
    [central.byteLength, 4],
    [offset, 4],
    [0, 2],
  ]);
  return concat([...locals, central, end]);
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

export const sampleFiles = {
  pdf: encoder.encode(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  ),
  png: new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
    0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  ]),
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
  webp: encoder.encode("RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00"),
  gif: encoder.encode("GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
  docx: buildZip({
    "[Content_Types].xml": contentTypes,
    "_rels/.rels": "<Relationships/>",
    "word/document.xml": "<w:document><w:body><w:p/></w:body></w:document>",
  }),
  xlsx: buildZip({ "[Content_Types].xml": contentTypes, "xl/workbook.xml": "<workbook/>" }),
  pptx: buildZip({ "[Content_Types].xml": contentTypes, "ppt/presentation.xml": "<p/>" }),
  /** a zip that is no Office document */
  zip: buildZip({ "readme.txt": "hello" }),
  /** the OLE compound file header of .doc/.xls/.ppt (and .msi) */
  cfb: new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array<number>(504).fill(0),
  ]),
  svg: encoder.encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  html: encoder.encode("<!doctype html><html><body><script>alert(1)</script></body></html>"),
  exe: concat([encoder.encode("MZ"), new Uint8Array(62), encoder.encode("PE\0\0")]),
  text: encoder.encode("just some text"),
};
