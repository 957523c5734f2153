import type { Request } from "express";
import { deskSettings, type DeskSettings } from "../domain/desk-settings.ts";
import type { PublishContext } from "../reports/claim-reviews.ts";
import { publicFactCheckPath } from "../reports/public-path.ts";
import type { AppDeps } from "./app-deps.ts";

/** The desk settings in force now: the stored ones with the environment's over them. */
export function currentSettings(deps: AppDeps): DeskSettings {
  return deskSettings(deps.store.read().settings, { publicUrl: deps.publicUrl, organization: deps.organization });
}

/** Where public pages live: the public base URL setting, else the origin the request came to. */
export function publicBase(settings: DeskSettings, req: Request): string {
  return settings.publicBaseUrl ?? `${req.protocol}://${req.get("host")}`;
}

/** Everything the ClaimReview export of an article needs: its public page and the organisation. */
export function publishContext(deps: AppDeps, req: Request, articleId: string): PublishContext {
  const settings = currentSettings(deps);
  return {
    pageUrl: `${publicBase(settings, req)}${publicFactCheckPath(articleId)}`,
    organization: { name: settings.organizationName, url: settings.organizationUrl, logo: settings.logoUrl },
  };
}
