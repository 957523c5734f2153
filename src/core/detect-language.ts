import type { Language } from "./types.ts";

/** Guesses the article's language from its script: Arabic when Arabic letters outnumber Latin ones. */
export function detectLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  for (const ch of text) {
    if (/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(ch)) arabic++;
    else if (/[A-Za-z\u00C0-\u024F]/.test(ch)) latin++;
  }
  return arabic > latin ? "ar" : "en";
}
