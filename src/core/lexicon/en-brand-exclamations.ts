import { parseWordList } from "./parse-lexicon.ts";

/**
 * Names spelt with an exclamation mark ("Yahoo! News", "Hello! magazine"), matched lower-case without the
 * mark. After one of them the "!" is part of the name, not a sentence end. A lone capital letter before
 * "!" ("E! News") is read the same way without being listed (see english/brand-exclamations.ts).
 */
export const EN_BRAND_EXCLAMATIONS: readonly string[] = parseWordList(String.raw`
# outlets and web brands
yahoo
hello
ok
# programmes and shows
jeopardy
wham
`);

/**
 * Words that continue such a name ("E! News", "Yahoo! Finance"): after a listed brand or a lone capital
 * letter, a "!" followed by one of them is inside the name.
 */
export const EN_BRAND_CONTINUATIONS: readonly string[] = parseWordList(String.raw`
news
online
finance
sports
entertainment
music
magazine
mail
life
style
tv
network
studios
`);
