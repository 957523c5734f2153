import type { RequestHandler } from "express";
import { LOCALES } from "../i18n/translate.ts";
import type { Store } from "../store/store.ts";
import { acceptedLocale, LOCALE_COOKIE, useLocale } from "./locale-middleware.ts";

/**
 * The desk's default interface language (a setting), for visitors who chose none and whose browser
 * asks for neither Arabic nor English (or says nothing). A chosen language (the cookie) and a
 * browser's known preference still win. Runs after localeMiddleware.
 */
export function defaultLocale(store: Store): RequestHandler {
  return async (req, res, next) => {
    if (LOCALES.includes(req.cookies?.[LOCALE_COOKIE])) return next();
    const fallback = (await store.getSettings()).defaultLanguage;
    if (!fallback || fallback === res.locals.locale) return next();
    const asked = req.headers["accept-language"] !== undefined && acceptedLocale(req) !== false;
    if (!asked) useLocale(req, res, fallback);
    next();
  };
}
