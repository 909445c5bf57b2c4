/** Test helpers for the CSV import tests. */

/** UTF-8 bytes of a string, optionally with a byte order mark. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Windows-1252 bytes of a string made of ASCII and Latin-1 letters (äöüÄÖÜß and the like). */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not encodable in this helper: ${c}`);
    return code;
  }));
}
