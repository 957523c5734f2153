import { fail, type Outcome } from "./import-problem.ts";

/** A decoded page and the encoding it was read in. */
export interface DecodedPage {
  html: string;
  charset: string;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

/**
 * Decodes a page's bytes the way a browser picks the encoding: a byte-order mark, else the
 * charset of the Content-Type header, else a `<meta charset>` (or http-equiv) in the first 1024
 * bytes, else UTF-8 if the bytes are valid UTF-8. Labels are the WHATWG ones TextDecoder knows
 * (windows-1256, iso-8859-6, cp1256, …). Refused: an unknown label, a page that is not UTF-8 and
 * does not say what it is, and a page whose declared encoding leaves many undecodable bytes.
 */
export function decodeBody(bytes: Uint8Array, contentType = ""): Outcome<DecodedPage> {
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b));
  if (bom) return decodeAs(bytes.subarray(bom[0].length), bom[1]);
  const declared = charsetParameter(contentType) ?? metaCharset(bytes);
  if (declared) return decodeAs(bytes, /^utf-?16/i.test(declared) ? "utf-8" : declared);
  try {
    return { ok: true, value: { html: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" } };
  } catch {
    return fail({ code: "undeclaredCharset" });
  }
}

function decodeAs(bytes: Uint8Array, label: string): Outcome<DecodedPage> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return fail({ code: "unknownCharset", charset: label.slice(0, 40) });
  }
  const html = decoder.decode(bytes);
  if (tooManyReplacements(html)) return fail({ code: "wrongCharset", charset: decoder.encoding });
  return { ok: true, value: { html, charset: decoder.encoding } };
}

/** More than 1 in 200 characters undecodable: the page is not in the encoding it declares. */
function tooManyReplacements(text: string): boolean {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) count++;
  return count > 0 && count * 200 > text.length;
}

/** The `charset` parameter of a Content-Type header. */
export function charsetParameter(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
}

/**
 * The encoding a page declares in its first 1024 bytes (`<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`). Those bytes are read as Latin-1:
 * every encoding a page may declare this way writes ASCII as ASCII.
 */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1];
  }
  return undefined;
}
