import { Router, type Response } from "express";
import { directionOf, translator } from "../../i18n/translate.ts";
import { publicFactCheck } from "../../reports/public-fact-check.ts";
import { publicFactCheckPath } from "../../reports/public-path.ts";
import type { AppDeps } from "../app-deps.ts";
import { currentSettings, publishContext } from "../desk-context.ts";
import { CSP_DIRECTIVES } from "../hardening/security-headers.ts";
import { HttpError } from "../http-error.ts";

/**
 * Public fact-check pages, for anyone, no sign-in (mounted at /fact-checks before authentication).
 *
 * | GET /:articleId | the article's published fact-checks, with ClaimReview JSON-LD and Open Graph tags |
 *
 * An article with nothing approved has no public page (404). The page is in the article's language
 * and direction, whatever the visitor's interface language, and names no reviewer account.
 */
export function publicRouter(deps: AppDeps): Router {
  const router = Router();

  router.get("/:articleId", async (req, res) => {
    const article = await deps.store.getArticle(req.params.articleId);
    const context = article && (await publishContext(deps, req, article.id));
    const page = article && context && publicFactCheck(article, context);
    if (!article || !page) throw new HttpError(404, "error.articleNotFound");
    const settings = await currentSettings(deps);
    allowLogo(res, settings.logoUrl);
    const t = translator(article.language);
    res.render("public/show", {
      ...page,
      t,
      locale: article.language,
      dir: directionOf(article.language),
      verdictLabel: (id: string) => page.claims.find((c) => c.verdict.id === id)?.verdict.label ?? id,
      ogLocale: article.language === "ar" ? "ar_AR" : "en_GB",
      path: publicFactCheckPath(article.id),
    });
  });

  return router;
}

/**
 * The page's CSP is the app's, with the organisation's logo origin added to img-src (the logo
 * setting may point at another site). Everything else stays as strict: no script runs here, the
 * JSON-LD block is data.
 */
function allowLogo(res: Response, logoUrl: string | undefined) {
  if (!logoUrl) return;
  const directives: Record<string, readonly string[]> = { ...CSP_DIRECTIVES, imgSrc: [...CSP_DIRECTIVES.imgSrc, new URL(logoUrl).origin] };
  const header = Object.entries(directives)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(" ")}`)
    .join(";");
  res.setHeader("Content-Security-Policy", header);
}
