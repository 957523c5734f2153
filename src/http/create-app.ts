import express, { type Express } from "express";
import { fileURLToPath } from "node:url";
import { appDeps, type AppOptions } from "./app-deps.ts";
import { apiApp } from "./api-app.ts";
import { authentication, signedInAccount } from "./auth/authentication.ts";
import { defaultLocale } from "./default-locale.ts";
import { earlierChecksLocals } from "./earlier-checks-locals.ts";
import { errorHandler } from "./error-handler.ts";
import { ejsEngine } from "./view-engine.ts";
import { hardening } from "./hardening/hardening.ts";
import { HttpError } from "./http-error.ts";
import { loadArticle } from "./load-article.ts";
import { publicRouter } from "./routes/public-router.ts";
import { requestCookies } from "./request-cookies.ts";
import { localeBeforeError } from "./locale-before-error.ts";
import { localeMiddleware } from "./locale-middleware.ts";
import { accountsRouter } from "./routes/accounts-router.ts";
import { articlesRouter } from "./routes/articles-router.ts";
import { checkedRouter } from "./routes/checked-router.ts";
import { claimsRouter } from "./routes/claims-router.ts";
import { claimDeskLocals, deskRouter, peopleLocals } from "./routes/desk-router.ts";
import { importRouter } from "./routes/import-router.ts";
import { langRouter } from "./routes/lang-router.ts";
import { queueRouter } from "./routes/queue-router.ts";
import { reportsRouter } from "./routes/reports-router.ts";
import { settingsRouter } from "./routes/settings-router.ts";
import { searchRouter } from "./routes/search-router.ts";
import { speakersRouter } from "./routes/speakers-router.ts";
import { serveVerdictsCss } from "./routes/verdicts-css.ts";

const VIEWS = fileURLToPath(new URL("../../views", import.meta.url));
const PUBLIC = fileURLToPath(new URL("../../public", import.meta.url));

/**
 * Builds the review workspace as an express app around `options.store`. It never listens:
 * src/server.ts does, and tests hand it to supertest.
 */
export function createApp(options: AppOptions): Express {
  const deps = appDeps(options);
  const app = express();
  app.disable("x-powered-by");
  // No hashed ETag on every page: hashing each response cost CPU on every request (the article page
  // is 30 kB), and a page with its person's CSRF token is rarely asked for again unchanged. The API
  // sets its own ETag, made once per article version; static files keep theirs (from the file).
  app.set("etag", false);
  app.set("env", deps.production ? "production" : "development");
  // Drop the templates' indentation from pages (a tenth of the article page's bytes); text from data is untouched.
  app.engine("ejs", ejsEngine({ rmWhitespace: true }));
  app.set("view engine", "ejs");
  app.set("view cache", deps.production);
  app.set("views", VIEWS);
  app.set("trust proxy", deps.trustProxy);
  app.use(hardening());
  const account = signedInAccount(deps);
  app.use("/api", apiApp(deps, account));

  app.use("/assets", express.static(PUBLIC, { index: false, fallthrough: true }));
  app.get("/assets/verdicts.css", serveVerdictsCss);
  app.use(requestCookies);
  const deskDefault = defaultLocale(deps.store);
  app.use(localeMiddleware, deskDefault);
  // A store opened read-only (its disk refused writes at start) says so on every page.
  if (deps.store.readOnly)
    app.use((_req, res, next) => {
      res.locals.storeReadOnly = true;
      next();
    });
  app.use("/fact-checks", publicRouter(deps));
  app.use(authentication(deps, account));
  app.use(peopleLocals(deps));

  app.param("articleId", loadArticle(deps.store));

  app.get("/", (_req, res) => res.redirect(303, "/queue"));
  app.use("/queue", queueRouter(deps));
  app.use("/lang", langRouter());
  app.get("/articles/:articleId/claims/:claimId", claimDeskLocals(deps), earlierChecksLocals(deps));
  app.use("/articles/import", importRouter(deps));
  app.use("/articles", articlesRouter(deps));
  app.use("/articles/:articleId", deskRouter(deps));
  app.use("/articles/:articleId/claims", checkedRouter(deps));
  app.use("/articles/:articleId/claims", claimsRouter(deps));
  app.use("/articles/:articleId", reportsRouter(deps));
  app.use("/search", searchRouter(deps));
  app.use("/speakers", speakersRouter(deps));
  app.use("/accounts", accountsRouter(deps));
  app.use("/settings", settingsRouter(deps));

  app.use((_req, _res, next) => next(new HttpError(404)));
  app.use(localeBeforeError(deskDefault), errorHandler);
  return app;
}
