import type { CatalogueClaim } from "../reports/claim-catalogue.ts";
import type { SpeakerAliases } from "../schemas/settings.ts";
import type { AppDeps } from "./app-deps.ts";

/** Every claim (from the catalogue, which re-reads only changed articles) and the desk's speaker aliases. */
export async function claimsAndAliases(deps: AppDeps): Promise<{ entries: readonly CatalogueClaim[]; aliases: SpeakerAliases }> {
  const [entries, settings] = await Promise.all([deps.catalogue.claims(), deps.store.getSettings()]);
  return { entries, aliases: settings.speakerAliases ?? {} };
}
