import type { Language } from "../schemas/article.ts";
import type { Settings } from "../schemas/settings.ts";

/** Settings the server's environment fixes (PUBLIC_URL, ORGANIZATION_NAME, ORGANIZATION_URL). */
export interface SettingOverrides {
  publicUrl?: string;
  organization?: { name?: string; url?: string };
}

/** The desk settings in force, and which of them the environment fixes (the settings page cannot change those). */
export interface DeskSettings {
  organizationName?: string;
  organizationUrl?: string;
  logoUrl?: string;
  /** No trailing slash. */
  publicBaseUrl?: string;
  defaultLanguage: Language;
  fixed: ReadonlySet<"organizationName" | "organizationUrl" | "publicBaseUrl">;
}

/** The stored settings with the environment's values over them; English when no default language is set. */
export function deskSettings(stored: Settings, overrides: SettingOverrides = {}): DeskSettings {
  const fixed = new Set<"organizationName" | "organizationUrl" | "publicBaseUrl">();
  const pick = <T>(key: "organizationName" | "organizationUrl" | "publicBaseUrl", env: T | undefined, own: T | undefined) => {
    if (env === undefined) return own;
    fixed.add(key);
    return env;
  };
  const publicBaseUrl = pick("publicBaseUrl", overrides.publicUrl, stored.publicBaseUrl);
  return {
    organizationName: pick("organizationName", overrides.organization?.name, stored.organizationName),
    organizationUrl: pick("organizationUrl", overrides.organization?.url, stored.organizationUrl),
    logoUrl: stored.logoUrl,
    publicBaseUrl: publicBaseUrl?.replace(/\/+$/, ""),
    defaultLanguage: stored.defaultLanguage ?? "en",
    fixed,
  };
}
