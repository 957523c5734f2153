/**
 * "the production company" after "Northwind Productions", "the record label" after "Acme Records",
 * "the oil firm" after "Norvik Oil": a lower-case word before a description's head that is a word of a
 * recent organisation's name points to that organisation (`en.description.name-modifier`), even when the
 * organisation names itself in the claim ("At no time did Northwind Productions agree …").
 */
export function nameHasModifier(displayKey: string, modifiers: readonly string[]): boolean {
  if (modifiers.length === 0) return false;
  for (const word of displayKey.split(/[\s-]+/)) {
    const stem = singular(word);
    if (stem.length > 2 && modifiers.some((m) => singular(m) === stem)) return true;
  }
  return false;
}

/** The entities a description's modifier is compared with: the few most recent, so the cost never grows with the article. */
export const MODIFIER_WINDOW = 8;

function singular(word: string): string {
  return word.endsWith("s") && word.length > 3 ? word.slice(0, -1) : word;
}
