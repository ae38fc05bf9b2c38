/**
 * Bytes of an uploaded spreadsheet → text. Excel saves "CSV UTF-8" with a byte order
 * mark and plain "CSV" on Japanese Windows as Shift_JIS (CP932), so: a UTF-8 BOM means
 * UTF-8; otherwise strict UTF-8 is tried first and Shift_JIS is the fallback.
 */
export type DecodedText = { text: string; encoding: "utf-8" | "shift_jis" };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(bytes: Uint8Array) {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasUtf8Bom(bytes)) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  try {
    // ignoreBOM: a BOM was ruled out above, so none is stripped by surprise here.
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    // Node's ICU "shift_jis" decoder is the WHATWG one, which is CP932 (Windows-31J):
    // NEC and IBM extensions such as ① and ㈱ decode as Excel wrote them.
    return { text: new TextDecoder("shift_jis").decode(bytes), encoding: "shift_jis" };
  }
}
