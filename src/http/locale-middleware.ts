import type { Request, RequestHandler, Response } from "express";
import { directionOf, LOCALES, translator, type Locale } from "../i18n/translate.ts";
import { kept } from "./kept.ts";
import { viewHelpers } from "./view-helpers.ts";

/** The cookie that remembers the chosen interface language. */
export const LOCALE_COOKIE = "lang";

/** The interface language: the cookie if set and known, else the best match of Accept-Language, else English. */
export function chooseLocale(cookie: unknown, accepted: string | false): Locale {
  if (LOCALES.includes(cookie as Locale)) return cookie as Locale;
  return LOCALES.includes(accepted as Locale) ? (accepted as Locale) : "en";
}

/** Picks the interface language for each request and gives views `t`, `locale`, `dir` and helpers. */
export const localeMiddleware: RequestHandler = (req, res, next) => {
  useLocale(req, res, chooseLocale(req.cookies?.[LOCALE_COOKIE], acceptedLocale(req)));
  res.vary("Accept-Language");
  next();
};

/**
 * The best of LOCALES for the request's Accept-Language (the first locale when it has none; false
 * when it accepts neither). Worked out once per distinct header: browsers send the same few.
 */
export function acceptedLocale(req: Request): Locale | false {
  const header = req.headers["accept-language"];
  if (header === undefined) return LOCALES[0];
  return kept(acceptedByHeader, header, MAX_HEADERS_KEPT, () => req.acceptsLanguages(...LOCALES) as Locale | false);
}

const acceptedByHeader = new Map<string, Locale | false>();
const MAX_HEADERS_KEPT = 500;

/** Gives views `t`, `locale`, `dir` and helpers for `locale`. */
export function useLocale(req: Request, res: Response, locale: Locale): void {
  Object.assign(res.locals, LOCALE_LOCALS[locale], { pageUrl: pageUrl(req.method, req.originalUrl) });
}

/** What views get for each interface language, made once (they depend on nothing else). */
const LOCALE_LOCALS = Object.fromEntries(
  LOCALES.map((locale) => {
    const t = translator(locale);
    return [locale, { locale, dir: directionOf(locale), t, ...viewHelpers(locale, t) }];
  }),
) as unknown as Record<Locale, Record<string, unknown>>;

/** Actions posted to a page's address plus a suffix; the page itself is the address without it. */
const ACTION_SUFFIX = /\/(review|correction|dismiss|restore|decision|reextract|claims)$/;

/** The page to come back to after switching language: the address itself for GET, the page a form was on otherwise. */
export function pageUrl(method: string, url: string): string {
  return method === "GET" ? url : url.split("?")[0]!.replace(ACTION_SUFFIX, "");
}
