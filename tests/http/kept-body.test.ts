import { describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { acceptsGzip, KeptBody } from "../../src/http/kept-body.ts";

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8, *;q=0.1", true],
    ["GZIP", true],
    ["x-gzip", true],
    ["*", true],
    ["identity", false],
    ["br", false],
    ["gzip;q=0", false],
    ["gzip;q=0, *", false],
    ["*;q=0", false],
    ["gzip;q=nonsense", false],
    ["", false],
  ])("%j → %s", (header, accepted) => {
    expect(acceptsGzip(header)).toBe(accepted);
  });

  it("accepts nothing without the header", () => {
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("KeptBody", () => {
  it("gzips a body once and hands back the same bytes after", () => {
    const body = new KeptBody(Buffer.from("قال الوزير إن المحادثات ستستأنف. ".repeat(100)));
    const gzipped = body.gzipped();
    expect(gzipped).not.toBeNull();
    expect(gunzipSync(gzipped!).equals(body.bytes)).toBe(true);
    expect(gzipped!.length).toBeLessThan(body.bytes.length);
    expect(body.gzipped()).toBe(gzipped);
  });

  it("leaves a small body as it is", () => {
    expect(new KeptBody(Buffer.from("[]")).gzipped()).toBeNull();
  });
});
