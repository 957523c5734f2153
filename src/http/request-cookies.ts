import { parse } from "cookie";
import type { RequestHandler } from "express";
import { kept } from "./kept.ts";

/**
 * Gives `req.cookies` the request's cookies, parsed once per distinct Cookie header: a browser
 * sends the same header until one of its cookies changes, so most requests reuse a parse. The
 * object is shared by every request with that header, so it is frozen. Values are URI-decoded;
 * there are no signed or JSON cookies (cookie-parser's extras): the session cookie carries its own seal.
 */
export const requestCookies: RequestHandler = (req, _res, next) => {
  const header = req.headers.cookie;
  req.cookies = header ? kept(parsedByHeader, header, MAX_HEADERS_KEPT, () => Object.freeze(parse(header))) : NO_COOKIES;
  next();
};

const NO_COOKIES = Object.freeze({});
const parsedByHeader = new Map<string, Readonly<Record<string, string | undefined>>>();
const MAX_HEADERS_KEPT = 2000;
