import type { Request, RequestHandler, Response } from "express";
import { describe, expect, it } from "vitest";
import { lazyMiddleware } from "../../src/http/lazy-middleware.ts";

/** Runs `middleware` on a stand-in request and resolves with what it passed to `next`. */
function run(middleware: RequestHandler): Promise<unknown> {
  return new Promise((resolve) => middleware({} as Request, {} as Response, (error?: unknown) => resolve(error)));
}

describe("a middleware made on its first request", () => {
  it("is made once, on the first request, and serves every request after", async () => {
    let made = 0;
    const middleware = lazyMiddleware(async () => {
      made++;
      return (_req, _res, next) => next();
    });
    expect(made).toBe(0);
    await Promise.all([run(middleware), run(middleware)]);
    await run(middleware);
    expect(made).toBe(1);
  });

  it("passes a failure to make it on as the request's error, and tries again on the next request", async () => {
    let attempts = 0;
    const middleware = lazyMiddleware(async () => {
      if (++attempts === 1) throw new Error("library missing");
      return (_req, _res, next) => next();
    });
    expect(await run(middleware)).toBeInstanceOf(Error);
    expect(await run(middleware)).toBeUndefined();
    expect(attempts).toBe(2);
  });
});
