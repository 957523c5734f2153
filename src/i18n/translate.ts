import { ar } from "./ar.ts";
import { en, type MessageKey } from "./en.ts";

/** The interface languages. */
export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, ar };

/** Named values put into a string's `{name}` placeholders. */
export type Params = Record<string, string | number>;

/** Looks up interface strings. Unknown keys come back as the key itself, so a typo shows on the page. */
export type Translate = (key: string, params?: Params) => string;

/** True when `key` names an interface string. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** A Translate for `locale`: fills `{name}` placeholders from `params`. Made once per locale. */
export function translator(locale: Locale): Translate {
  return TRANSLATORS[locale];
}

function makeTranslator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, params) => {
    const template = isMessageKey(key) ? catalogue[key] : key;
    if (!template.includes("{")) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
  };
}

const TRANSLATORS: Record<Locale, Translate> = { en: makeTranslator("en"), ar: makeTranslator("ar") };

/** Whether the interface in `locale` reads right to left. */
export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}
