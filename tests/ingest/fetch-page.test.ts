import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Resolve } from "../../src/ingest/address-guard.ts";
import { fetchPage, type FetchOptions } from "../../src/ingest/fetch-page.ts";
import { importFromUrl } from "../../src/ingest/import-from-url.ts";
import { startPageServer } from "./page-server.ts";

let base: string;
let port: string;
let close: () => Promise<void>;
let connections: () => number;

beforeAll(async () => {
  ({ base, close, connections } = await startPageServer());
  port = new URL(base).port;
});
afterAll(() => close());

/** Only loopback traffic is allowed here, so the local server is reached by allowing 127.0.0.1. */
const LOCAL: FetchOptions = { allowedHosts: ["127.0.0.1"] };
/** A resolver that knows a few made-up names and nothing else. */
const fakeDns =
  (names: Record<string, string[]>): Resolve =>
  async (host) => {
    const addresses = names[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

describe("fetchPage", () => {
  it("fetches a page from an allowed host, with its content type", async () => {
    const result = await fetchPage(`${base}/pages/bbc-obama-guns`, LOCAL);
    expect(result.ok && result.value).toMatchObject({ url: `${base}/pages/bbc-obama-guns`, contentType: "text/html; charset=utf-8" });
    expect(result.ok && Buffer.from(result.value.bytes).toString("utf8")).toContain("Obama admits US gun laws");
  });

  it("decompresses a gzip-encoded page", async () => {
    const result = await fetchPage(`${base}/pages/cnn-arabic-syria.gz`, LOCAL);
    expect(result.ok && Buffer.from(result.value.bytes).toString("utf8")).toContain("معارضون يسيطرون");
  });

  it("blocks loopback when no admin allowed it, however the address is written, without connecting", async () => {
    const before = connections();
    // The URL parser reads 2130706433, 0x7f.1 and 127.1 as 127.0.0.1.
    for (const host of ["127.0.0.1", "2130706433", "0x7f.1", "127.1", "[::ffff:127.0.0.1]"]) {
      const result = await fetchPage(`http://${host}:${port}/pages/bbc-obama-guns`, { allowedHosts: [] });
      expect(result.ok ? "fetched" : result.problem.code).toBe("blockedAddress");
    }
    expect(connections()).toBe(before);
  });

  it("blocks a name that resolves to a private or metadata address", async () => {
    const resolve = fakeDns({
      "intranet.test": ["10.0.0.5"],
      "metadata.test": ["169.254.169.254"],
      "mixed.test": ["93.184.216.34", "127.0.0.1"],
      "rebound.test": ["127.0.0.1"],
    });
    for (const host of ["intranet.test", "metadata.test", "mixed.test", "rebound.test"]) {
      expect(await fetchPage(`http://${host}:${port}/`, { allowedHosts: [], resolve })).toEqual({ ok: false, problem: { code: "blockedAddress", host } });
    }
  });

  it("connects to the address the guard checked, not to a second lookup", async () => {
    // news.test exists only in the fake resolver: reaching the local server proves the socket used its answer.
    const resolve = fakeDns({ "news.test": ["127.0.0.1"] });
    const result = await fetchPage(`http://news.test:${port}/pages/telegraph-mugabe`, { allowedHosts: ["news.test"], resolve });
    expect(result.ok).toBe(true);
  });

  it("checks every redirect target again", async () => {
    const resolve = fakeDns({ "internal.test": ["192.168.0.10"] });
    const hop = `${base}/redirect-to?to=${encodeURIComponent("http://internal.test/admin")}`;
    expect(await fetchPage(hop, { ...LOCAL, resolve })).toEqual({ ok: false, problem: { code: "blockedAddress", host: "internal.test" } });
    const literal = `${base}/redirect-to?to=${encodeURIComponent("http://169.254.169.254/latest/meta-data/")}`;
    expect(await fetchPage(literal, LOCAL)).toEqual({ ok: false, problem: { code: "blockedAddress", host: "169.254.169.254" } });
  });

  it("follows a few redirects and refuses a long chain", async () => {
    const followed = await fetchPage(`${base}/redirect/3`, LOCAL);
    expect(followed.ok && followed.value.url).toBe(`${base}/pages/bbc-obama-guns`);
    expect(await fetchPage(`${base}/redirect/3`, { ...LOCAL, maxRedirects: 2 })).toEqual({ ok: false, problem: { code: "tooManyRedirects", max: 2 } });
  });

  it("refuses a redirect to another scheme", async () => {
    expect(await fetchPage(`${base}/redirect-to?to=${encodeURIComponent("file:///etc/passwd")}`, LOCAL)).toEqual({ ok: false, problem: { code: "badUrl" } });
  });

  it("refuses addresses that are not http or https", async () => {
    for (const url of ["ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)", "not a url", "http://user:pw@127.0.0.1/"]) {
      expect(await fetchPage(url, LOCAL)).toEqual({ ok: false, problem: { code: "badUrl" } });
    }
  });

  it("says which status a 4xx or 5xx answer had", async () => {
    expect(await fetchPage(`${base}/status/404`, LOCAL)).toEqual({ ok: false, problem: { code: "httpStatus", status: 404 } });
    expect(await fetchPage(`${base}/status/503`, LOCAL)).toEqual({ ok: false, problem: { code: "httpStatus", status: 503 } });
  });

  it("refuses PDFs and images by their content type", async () => {
    expect(await fetchPage(`${base}/pdf`, LOCAL)).toEqual({ ok: false, problem: { code: "notHtml", type: "application/pdf" } });
    expect(await fetchPage(`${base}/png`, LOCAL)).toEqual({ ok: false, problem: { code: "notHtml", type: "image/png" } });
  });

  it("stops reading a page over the size limit, with or without Content-Length", async () => {
    expect(await fetchPage(`${base}/huge`, LOCAL)).toEqual({ ok: false, problem: { code: "tooLarge", max: "5 MB" } });
    expect(await fetchPage(`${base}/pages/bbc-obama-guns`, { ...LOCAL, maxBytes: 100_000 })).toEqual({
      ok: false,
      problem: { code: "tooLarge", max: "98 KB" },
    });
  });

  it("gives up on a server that does not answer in time", async () => {
    expect(await fetchPage(`${base}/slow`, { ...LOCAL, timeoutMs: 300 })).toEqual({ ok: false, problem: { code: "timeout", seconds: 1 } });
  });

  it("says when nothing listens at the address", async () => {
    const { base: gone, close: stop } = await startPageServer();
    await stop();
    expect(await fetchPage(`${gone}/`, LOCAL)).toEqual({ ok: false, problem: { code: "unreachable", host: "127.0.0.1" } });
  });

  it("says when a name does not resolve", async () => {
    expect(await fetchPage("http://nowhere.test/", { allowedHosts: [], resolve: fakeDns({}) })).toEqual({
      ok: false,
      problem: { code: "unknownHost", host: "nowhere.test" },
    });
  });
});

describe("importFromUrl", () => {
  const options = { ...LOCAL, now: () => new Date("2026-12-01T10:00:00Z") };

  it("reads the article of a fetched page and stamps where and when it was retrieved", async () => {
    const result = await importFromUrl(`${base}/redirect/1`, options);
    expect(result.ok && result.value).toMatchObject({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      publishedAt: "2015-07-24",
      sourceUrl: `${base}/redirect/1`,
      finalUrl: `${base}/pages/bbc-obama-guns`,
      retrievedAt: "2026-12-01T10:00:00.000Z",
    });
  });

  it("decodes an Arabic page served as windows-1256, declared in the header, the meta tag, or refused when undeclared", async () => {
    for (const path of ["/arabic-1256", "/arabic-1256-header"]) {
      const result = await importFromUrl(`${base}${path}`, options);
      expect(result.ok && result.value).toMatchObject({ charset: "windows-1256", title: "معارضون يسيطرون على مخازن للصواريخ بريف دمشق", lang: "ar" });
    }
    expect(await importFromUrl(`${base}/arabic-1256-undeclared`, options)).toEqual({ ok: false, problem: { code: "undeclaredCharset" } });
  });

  it("refuses a page without an article", async () => {
    expect(await importFromUrl(`${base}/empty-page`, options)).toEqual({ ok: false, problem: { code: "noArticle" } });
  });
});
