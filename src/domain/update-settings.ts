import type { Settings } from "../schemas/settings.ts";
import type { SettingsForm } from "../schemas/forms/settings-form.ts";
import type { DeskSettings } from "./desk-settings.ts";

/**
 * The stored settings after an admin saved the settings form: blank fields clear their setting,
 * fields the environment fixes keep their stored value (the form did not offer them), and
 * settings the form does not show (import hosts) stay as they were.
 */
export function updateSettings(stored: Settings, form: SettingsForm, fixed: DeskSettings["fixed"]): Settings {
  const next: Settings = { ...stored, defaultLanguage: form.defaultLanguage };
  for (const key of ["organizationName", "organizationUrl", "logoUrl", "publicBaseUrl"] as const) {
    if (fixed.has(key as never)) continue;
    if (form[key] === undefined) delete next[key];
    else next[key] = form[key];
  }
  return next;
}
