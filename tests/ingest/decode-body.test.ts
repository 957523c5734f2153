import { describe, expect, it } from "vitest";
import { decodeBody, metaCharset } from "../../src/ingest/decode-body.ts";
import { encodeWindows1256 } from "./windows-1256.ts";

const ARABIC = "قال الوزير إن الاتفاق سيوقع غدا";

describe("decodeBody", () => {
  it("decodes windows-1256 declared in the Content-Type header", () => {
    const page = encodeWindows1256(`<p>${ARABIC}</p>`);
    expect(decodeBody(page, "text/html; charset=windows-1256")).toEqual({ ok: true, value: { html: `<p>${ARABIC}</p>`, charset: "windows-1256" } });
  });

  it("decodes windows-1256 declared in a meta tag, in either form", () => {
    for (const meta of ['<meta charset="windows-1256">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">']) {
      const result = decodeBody(encodeWindows1256(`${meta}<p>${ARABIC}</p>`), "text/html");
      expect(result.ok && result.value.html).toContain(ARABIC);
    }
  });

  it("takes the header over the meta tag, and a byte-order mark over both", () => {
    const page = encodeWindows1256(`<meta charset="iso-8859-6"><p>${ARABIC}</p>`);
    expect(decodeBody(page, "text/html; charset=cp1256").ok).toBe(true);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="windows-1256"><p>${ARABIC}</p>`)]);
    expect(decodeBody(withBom, "text/html; charset=windows-1256")).toMatchObject({ ok: true, value: { charset: "utf-8" } });
  });

  it("reads undeclared UTF-8", () => {
    expect(decodeBody(Buffer.from(`<p>${ARABIC}</p>`))).toMatchObject({ ok: true, value: { html: `<p>${ARABIC}</p>` } });
  });

  it("refuses a page that is not UTF-8 and says nothing about its encoding", () => {
    expect(decodeBody(encodeWindows1256(`<p>${ARABIC}</p>`), "text/html")).toEqual({ ok: false, problem: { code: "undeclaredCharset" } });
  });

  it("refuses an encoding it does not know", () => {
    expect(decodeBody(Buffer.from("<p>x</p>"), "text/html; charset=klingon-8")).toEqual({
      ok: false,
      problem: { code: "unknownCharset", charset: "klingon-8" },
    });
  });

  it("refuses a windows-1256 page that declares UTF-8", () => {
    const page = encodeWindows1256(`<p>${ARABIC.repeat(5)}</p>`);
    expect(decodeBody(page, "text/html; charset=utf-8")).toEqual({ ok: false, problem: { code: "wrongCharset", charset: "utf-8" } });
  });
});

describe("metaCharset", () => {
  it("looks only at the first 1024 bytes", () => {
    expect(metaCharset(Buffer.from(`${" ".repeat(1100)}<meta charset="windows-1256">`))).toBeUndefined();
  });
});
