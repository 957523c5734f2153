import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { requestCookies } from "../../src/http/request-cookies.ts";

function cookiesOf(header: string | undefined): Record<string, string | undefined> {
  const req = { headers: header === undefined ? {} : { cookie: header } } as Request;
  let passed = false;
  requestCookies(req, {} as Response, () => {
    passed = true;
  });
  expect(passed).toBe(true);
  return req.cookies;
}

describe("requestCookies", () => {
  it.each([
    ["one cookie", "lang=ar", { lang: "ar" }],
    ["two cookies, spaces around", " isnad.sid=abc.def ;  lang=en", { "isnad.sid": "abc.def", lang: "en" }],
    ["a URI-encoded value", "next=%2Farticles%3Fpage%3D2", { next: "/articles?page=2" }],
    ["no header", undefined, {}],
    ["an empty header", "", {}],
  ])("reads %s", (_name, header, expected) => {
    expect({ ...cookiesOf(header) }).toEqual(expected);
  });

  it("parses a header once and gives requests with the same header the same frozen object", () => {
    const first = cookiesOf("isnad.sid=s1; lang=ar");
    const second = cookiesOf("isnad.sid=s1; lang=ar");
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(cookiesOf("isnad.sid=s2; lang=ar")).not.toBe(first);
  });
});
