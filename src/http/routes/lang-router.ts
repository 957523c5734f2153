import { Router } from "express";
import { z } from "zod";
import { LOCALES } from "../../i18n/translate.ts";
import { LocalPathSchema } from "../../schemas/forms/fields.ts";
import { HttpError } from "../http-error.ts";
import { LOCALE_COOKIE } from "../locale-middleware.ts";

/**
 * Switching the interface language (mounted at /lang): a plain link, so it works without script.
 *
 * | GET /:locale?next=/path | remember the language in a cookie, go back to `next` |
 */
export function langRouter(): Router {
  const router = Router();
  router.get("/:locale", (req, res) => {
    const locale = z.enum(LOCALES).safeParse(req.params.locale);
    if (!locale.success) throw new HttpError(404);
    const next = LocalPathSchema.safeParse(req.query.next);
    res.cookie(LOCALE_COOKIE, locale.data, { maxAge: 365 * 24 * 3600 * 1000, httpOnly: true, sameSite: "lax" });
    res.redirect(303, next.success ? next.data : "/articles");
  });
  return router;
}
