import type { Request } from "express";
import { deskSettings, type DeskSettings } from "../domain/desk-settings.ts";
import type { PublishContext } from "../reports/claim-reviews.ts";
import type { Article } from "../schemas/article.ts";
import { publicFactCheckPath } from "../reports/public-path.ts";
import type { AppDeps } from "./app-deps.ts";

/** The desk settings in force now: the stored ones with the environment's over them. */
export async function currentSettings(deps: AppDeps): Promise<DeskSettings> {
  return deskSettings(await deps.store.getSettings(), { publicUrl: deps.publicUrl, organization: deps.organization });
}

/** Every article with its claims, in import order (the queues look across all of them). */
export async function allArticles(deps: AppDeps): Promise<Article[]> {
  const rows = await deps.store.listArticles();
  const articles = await Promise.all(rows.map((row) => deps.store.getArticle(row.id)));
  return articles.filter((a): a is Article => a !== undefined);
}

/** Where public pages live: the public base URL setting, else the origin the request came to. */
export function publicBase(settings: DeskSettings, req: Request): string {
  return settings.publicBaseUrl ?? `${req.protocol}://${req.get("host")}`;
}

/** Everything the ClaimReview export of an article needs: its public page and the organisation. */
export async function publishContext(deps: AppDeps, req: Request, articleId: string): Promise<PublishContext> {
  const settings = await currentSettings(deps);
  return {
    pageUrl: `${publicBase(settings, req)}${publicFactCheckPath(articleId)}`,
    organization: { name: settings.organizationName, url: settings.organizationUrl, logo: settings.logoUrl },
  };
}
