import { firstWordFrom, type Token } from "../text/tokens.ts";
import type { QuoteSpan } from "../text/quotes.ts";
import type { WordRange } from "../text/sentence-view.ts";
import {
  cueFormOf,
  inSet,
  isAudience,
  isComplementiser,
  isDefinite,
  isDemonstrativeTime,
  isGoverningNoun,
  isLamVerbalNoun,
  isPrepositionWord,
  isVerbalNounKey,
  NAME_CATEGORY_KEYS,
  NAME_PARTICLE_KEYS,
  OBJECT_NOUN_KEYS,
  ORGANISATION_KEYS,
  OUTLET_KEYS,
  PLACE_KEYS,
  STATEMENT_KEYS,
  RELATIVE_KEYS,
  SAME_KEYS,
  SOURCE_ADJECTIVE_KEYS,
  SOURCE_HEAD_KEYS,
  SPEECH_EVENT_KEYS,
  SUPPLEMENT_KEYS,
  isTimeKey,
  TITLE_KEYS,
  UNNAMED_KEYS,
  withoutLam,
} from "./lexicon-index.ts";
import { anonymityAsideEnd } from "./anonymity-aside.ts";
import { splitSpeaker } from "./split-speaker.ts";
import { BY_SAYING } from "./by-saying.ts";
import { gapBefore, hasClauseStop, plainGapBefore, hasColon, hasComma, hasDash, quoteOf, quoteWordCount, type SentenceView } from "./sentence-view.ts";

/** The words naming a speaker, as token indices [first, last] plus the words themselves. */
export interface SpeakerPhrase extends WordRange {
  words: Token[];
  /** A name set off by commas after a description: "مساعد المدرب، علي حسين كاظم،". */
  apposition?: Token[];
}

const MAX_PHRASE_WORDS = 24; // "رئيس غرفة النسيج ونائب رئيس اتحاد الصناعة والتجارة … بالقصرين فلان الفلاني"
const MAX_APPOSITION_WORDS = 5;
const MAX_TITLE_APPOSITION_WORDS = 16;
/** "مصدر عسكري قريب من القيادة": an unnamed source, up to two adjectives, then the prepositional phrase describing it. */
const MAX_SOURCE_WORDS_BEFORE_PREPOSITION = 3;

/** Whether the quotation around word j is a name (قناة «الجزيرة»، "Talap") rather than speech. */
export function isNameQuote(view: SentenceView, j: number, maxNameWords = 2): boolean {
  const quote = quoteOf(view, j);
  if (!quote) return false;
  const before = view.tokens[firstWordFrom(view.tokens, quote.open) - 1];
  if (before?.key === "ب" && before.end >= quote.open - 1) return false; // ما وصفه بـ«…»: a quoted phrase, not a name
  if (before?.key === "ل" && before.end >= quote.open - 1) return true; // قال لـ«الشرق الأوسط»: an outlet
  const category = before && (NAME_CATEGORY_KEYS.has(before.key) || NAME_CATEGORY_KEYS.has(withoutLam(before).key));
  return quoteWordCount(view, quote) <= maxNameWords || Boolean(category);
}

const MAX_QUOTED_NAME_WORDS = 5;

/** A quotation of a few words with no punctuation inside: the shape of a name ("المركز الخبري الوطني"), not of speech. */
export function hasShapeOfName(view: SentenceView, quote: QuoteSpan): boolean {
  return quoteWordCount(view, quote) <= MAX_QUOTED_NAME_WORDS && !/[.,،؛;:!?؟]/.test(view.text.slice(quote.contentStart, quote.contentEnd));
}

/**
 * "قال الناشر "خوسي مانويل لوثيا"، إن…", "وتوقع "فلان الفلاني" أن…": a short quotation in the subject's
 * place, with no punctuation inside, followed by a complementiser or a colon, is a name, not speech.
 */
function isQuotedSubject(view: SentenceView, j: number, atStart: boolean): boolean {
  const quote = quoteOf(view, j)!;
  if (!hasShapeOfName(view, quote)) return false;
  const after = firstWordFrom(view.tokens, quote.close + 1);
  const next = view.tokens[after];
  if (!next || hasClauseStop(gapBefore(view, after))) return false;
  if (isComplementiser(next.key) || hasColon(gapBefore(view, after))) return true;
  // "وأضاف "سلطان" خلال مداخلة هاتفية…، أن…", "وقال "فؤاد"، خلال كلمته: «…»": the Egyptian press quotes a surname, then the occasion.
  const opensAside = hasComma(gapBefore(view, after)) || SUPPLEMENT_KEYS.has(next.key) || isTimeKey(next.key) || /^ل/.test(next.key); // لبرنامج، للصحفيين
  // "قال "فلان الفلاني" المتحدث باسم الوزارة إن…": the quoted name, then its title in apposition.
  const titleFollows = isDefinite(next) && inSet(TITLE_KEYS, next.key);
  return atStart && (opensAside || titleFollows) && reportFollows(view, after);
}

const MAX_WORDS_TO_REPORT_AFTER_QUOTED_NAME = 20;

/** Whether a complementiser or a colon comes within a few words of word k, in the same sentence. */
function reportFollows(view: SentenceView, k: number): boolean {
  for (let m = k; m < view.tokens.length && m - k <= MAX_WORDS_TO_REPORT_AFTER_QUOTED_NAME; m++) {
    const gap = gapBefore(view, m);
    if (hasClauseStop(gap)) return false;
    if (m > k && hasColon(gap)) return true;
    if (isComplementiser(view.tokens[m]!.key) && !quoteOf(view, m)) return true;
  }
  return false;
}

/** Nouns of people spelt like a reporting verb: right after the verb they are its subject (طالب "student", not "demanded"). */
const PERSON_NOUNS_LIKE_VERBS = new Set(["طالب"]);

/** "صادر عن": a statement's issuer follows. */
export const ISSUED = new Set(["صادر", "الصادر", "صادره", "الصادره"]);

/** "وكالة الأنباء السعودية (واس)": an acronym in parentheses belongs to the mention, not to the name. */
function insideParentheses(view: SentenceView, j: number): boolean {
  return /\(\s*$/.test(plainGapBefore(view, j)) && /^\s*\)/.test(plainGapBefore(view, j + 1));
}

/**
 * "قال شهود عيان لرويترز", "قال أحد التجار لهسبريس،": a لـ-word closing the phrase is the outlet told.
 * It is a surname instead when it follows a name ("ماركوس ليندال", "فون دير لاين") and is not a known
 * outlet, or when another name word follows it ("لويد أوستن").
 */
function endsAtOutlet(view: SentenceView, j: number, words: readonly Token[]): boolean {
  const key = view.tokens[j]!.key;
  const previous = words.at(-1)!;
  if (/^لل/.test(key) && OUTLET_KEYS.has(`ال${key.slice(2)}`) && !isGoverningNoun(previous.key)) return true; // "قال فلان للجزيرة نت إن…"
  if (!/^ل(?!ل)/.test(key) || isGoverningNoun(previous.key) || isGoverningNoun(key)) return false;
  if (OUTLET_KEYS.has(key.slice(1))) return true;
  const next = view.tokens[j + 1];
  const closesPhrase = !next || hasComma(gapBefore(view, j + 1)) || hasColon(gapBefore(view, j + 1)) || endsPhrase(view, j + 1, new Set());
  const afterName = !isDefinite(previous) && !inSet(TITLE_KEYS, previous.key) && !UNNAMED_KEYS.has(previous.key);
  return closesPhrase && !afterName;
}

/** Adjectives after an unnamed source: nisba forms (طبية، أمريكيون، حكومي) and a few others (مطلع، رفيع). */
function isAdjective(word: Token): boolean {
  return /(ي|يه|يون|يين|يان|يتان)$/.test(word.key) || SOURCE_ADJECTIVE_KEYS.has(word.key) || isDefinite(word);
}

/** "علي" written with yaa is the name Ali, not the preposition على ("محمد علي بن رمضان"). */
function isNameAli(token: Token): boolean {
  return token.key === "علي" && /ي$/.test(token.raw);
}

/** Words that end a speaker phrase: complementisers, prepositions, time words, relative pronouns, verbs. */
function endsPhrase(view: SentenceView, j: number, stopKeys: ReadonlySet<string>): boolean {
  const key = view.tokens[j]!.key;
  if (stopKeys.has("ب") && /^ب/.test(key) && key.length > 3 && !TITLE_KEYS.has(key.slice(1))) return true; // طالب المحتجون بإقالة…
  if (stopKeys.has("الي") && isLamVerbalNoun(key, !/^لل/.test(key))) return true; // دعت الجامعة لوقف…، لمواجهة… (not a body's field: للاستهلاك)
  return (
    isComplementiser(key) ||
    (stopKeys.has(key) && !isNameAli(view.tokens[j]!)) ||
    isPrepositionWord(view.tokens[j]!) ||
    isTimeKey(key) ||
    isAudience(key) ||
    RELATIVE_KEYS.has(key) ||
    ["عن", "ل", "قد", "فقد", "لقد", "وقد", "اذ", "حيث", "ما", "لما", "مما"].includes(key) ||
    BY_SAYING.has(key) ||
    cueFormOf(key) !== undefined
  );
}

/** "ونشرت صحيفة «الشروق» تقريرا…": after a body's quoted name only an adjective (definite) goes on; anything else is the object. */
function afterQuotedBodyName(view: SentenceView, j: number, head: Token): boolean {
  return isBodyNoun(head) && quoteOf(view, j - 1) !== undefined && !quoteOf(view, j) && !isDefinite(view.tokens[j]!);
}

/** A body named by what follows it: منظمة، صحيفة، قناة، حركة… */
function isBodyNoun(word: Token): boolean {
  return inSet(ORGANISATION_KEYS, word.key) || NAME_CATEGORY_KEYS.has(word.key);
}

/**
 * "أكد المدير الجهوي للصحة فلان الفلاني تسجيل…", "وأكدت الوزيرة ضرورة…": with no complementiser or
 * colon, the speaker phrase ends where a verbal noun starts the object, since a name or a title does
 * not go on with one. After a title still waiting for its complement ("مدير تطوير المنتجات") the
 * verbal noun belongs to the title.
 */
function opensObject(word: Token, previous: Token): boolean {
  // "التزام", "التقاء": an ال that belongs to the verbal noun itself is no article.
  const definite = isDefinite(word) && !(isVerbalNounKey(word.key) && !isVerbalNounKey(word.key.replace(/^ال/, "")));
  if (!isVerbalNounKey(word.key) || definite) return false;
  return isDefinite(previous) || !isGoverningNoun(previous.key);
}

/**
 * "إدارة العلاقات العامة في وزارة الخارجية", "مدير الإعلام في هيئة الطيران": a title or a department, then في and a
 * body in the construct state (no article, a genitive after it), is an office inside that body, one source. A
 * definite noun after في ("الوزير في البرلمان") or a speech event ("في بيان") is not.
 */
function insideBodyAt(view: SentenceView, j: number, head: Token): boolean {
  const body = view.tokens[j + 1];
  if (view.tokens[j]!.key !== "في" || !body || !view.tokens[j + 2] || isDefinite(body) || !ORGANISATION_KEYS.has(body.key)) return false;
  return inSet(TITLE_KEYS, head.key) || inSet(ORGANISATION_KEYS, head.key);
}

/**
 * Reads the speaker named right after a verb (VSO: "وقال وزير الخارجية أنتوني بلينكن إن…"), with an
 * apposition between commas ("الرئيس الكازاخستاني، قاسم جومارت توكاييف، أن…"). Short quoted names inside
 * it are skipped. Returns undefined when no word names a speaker (a pro-drop verb: "وأضاف:").
 */
export function readSpeakerAfter(view: SentenceView, from: number, stopKeys: ReadonlySet<string>): SpeakerPhrase | undefined {
  const words: Token[] = [];
  let j = from;
  let last = -1;
  let inPrepositionalPhrase = false;
  // "بشن قصف", "باستهداف": a verbal noun with بـ opens an object, never a speaker.
  const first = view.tokens[from];
  if (first && /^ب/.test(first.key) && isVerbalNounKey(first.key.replace(/^(بال|ب)/, ""))) return undefined;
  while (j < view.tokens.length && words.length < MAX_PHRASE_WORDS) {
    const gap = gapBefore(view, j);
    if (hasColon(gap) || hasClauseStop(gap) || (j > from && (hasComma(gap) || hasDash(gap)))) break;
    if (quoteOf(view, j) || insideParentheses(view, j)) {
      const quote = quoteOf(view, j);
      const quotedSubject = quote !== undefined && isQuotedSubject(view, j, view.tokens[from]!.start > quote.open);
      if (quote && !isNameQuote(view, j) && !quotedSubject) break;
      // وتوقع "فلان الفلاني" أن…: the quoted name is the subject; صحيفة «الشروق»: the name tells two papers apart.
      if (quotedSubject || (quote && words.length > 0 && isBodyNoun(words[0]!) && quoteOf(view, j - 1) !== quote)) words.push(view.tokens[j]!);
      last = j++;
      continue;
    }
    if (words.length > 0 && endsAtOutlet(view, j, words)) break;
    const atBody = /^ب(?!ال)/.test(view.tokens[j]!.key) && isGoverningNoun(view.tokens[j]!.key.slice(1)); // "مصدر مسؤول بوزارة البترول"
    if (
      words.length > 0 &&
      words.length <= MAX_SOURCE_WORDS_BEFORE_PREPOSITION &&
      UNNAMED_KEYS.has(words[0]!.key.replace(/^ال/, "")) &&
      (["في", "علي", "من", "ب"].includes(view.tokens[j]!.key) || atBody)
    ) {
      words.push(view.tokens[j]!);
      last = j++;
      inPrepositionalPhrase = true;
      continue;
    }
    if (words.length > 0 && words.length <= MAX_SOURCE_WORDS_BEFORE_PREPOSITION && insideBodyAt(view, j, words[0]!)) {
      words.push(view.tokens[j]!, view.tokens[j + 1]!); // "إدارة العلاقات العامة في وزارة الخارجية"
      last = j + 1;
      j += 2;
      continue;
    }
    const field = words.length === 1 ? specialityAt(view, j, words[0]!) : -1;
    if (field >= 0) return { first: from, last: field, words: [...words, ...view.tokens.slice(j, field + 1)] };
    if (words.length > 0 && (isPrepositionWord(view.tokens[j]!) || view.tokens[j]!.key === "عن")) {
      const described = describedBeforeApposition(view, j, stopKeys) ?? describedBeforeName(view, j, words, stopKeys);
      if (described) return { first: from, last: described.last, words: [...words, ...described.words], apposition: described.apposition };
    }
    if (words.length > 0 && CALLED.has(view.tokens[j]!.key)) {
      const name = readCalledName(view, j + 1, stopKeys); // "أحد السكان ويدعى أبو محمد"
      if (name) return { first: from, last: name.last, words: [...words, ...name.words], apposition: name.words };
    }
    if (words.length > 0 && isDemonstrativeTime(view.tokens[j]!.key, view.tokens[j + 1]?.key)) break; // "وقال الوزير هذا الأسبوع إن…"
    if (words.length > 0 && anonymityAsideEnd(view, j) !== undefined) break; // "مسؤول رفض الكشف عن هويته": not part of the source
    const issuedBy = view.tokens[j]!.key === "عن" && ISSUED.has(words.at(-1)?.key ?? ""); // "بيان صادر عن الوزارة"
    const personNoun = j === from && PERSON_NOUNS_LIKE_VERBS.has(view.tokens[j]!.key); // "وقال طالب في كلية الطب إن…"
    if (endsPhrase(view, j, stopKeys) && !issuedBy && !personNoun) break;
    if (words.length > 0 && afterQuotedBodyName(view, j, words[0]!)) break;
    if (words.length > 0 && opensObject(view.tokens[j]!, words.at(-1)!)) break;
    if (words.length > 0 && /^ب(?!ال)/.test(view.tokens[j]!.key) && isVerbalNounKey(view.tokens[j]!.key.slice(1))) break; // "وجّه الرئيس بتشكيل لجنة"
    if (words.length > 0 && /^ب/.test(view.tokens[j]!.key) && inSet(SPEECH_EVENT_KEYS, view.tokens[j]!.key.replace(/^(بال|ب)/, ""))) break; // "أدلى الوزير بتصريحات"
    if (
      words.length > 0 &&
      !inPrepositionalPhrase &&
      SOURCE_HEAD_KEYS.has(words[0]!.key.replace(/^ال/, "")) &&
      !isAdjective(view.tokens[j]!) &&
      !SAME_KEYS.has(view.tokens[j]!.key)
    )
      break; // "مصادر طبية مقتل…"
    words.push(view.tokens[j]!);
    last = j++;
    if (SAME_KEYS.has(view.tokens[last]!.key)) break; // "المتحدث ذاته": the phrase is complete
  }
  if (words.length === 0) return undefined;
  const organisation = organisationOnly(view, from, last, words);
  if (organisation) return organisation;
  const apposition = readApposition(view, last + 1, stopKeys);
  if (apposition) return { first: from, last: apposition.last, words: [...words, ...apposition.words], apposition: apposition.words };
  return { first: from, last, words };
}

/**
 * "واتهمت الحكومة السودانية قوات الدعم السريع بـ…": after an organisation's name an indefinite word is
 * the verb's object, not a personal name (bodies have no names after their title chain).
 */
function organisationOnly(view: SentenceView, from: number, last: number, words: Token[]): SpeakerPhrase | undefined {
  const parts = splitSpeaker(words);
  const body = inSet(ORGANISATION_KEYS, words[0]!.key) || STATEMENT_KEYS.has(words[0]!.key); // "ودعا البيان مختلف الفاعلين إلى…"
  if (!body || parts.name.length === 0 || words[0] !== parts.title[0]) return undefined;
  if (words.some((w, i) => w.key === "عن" && ISSUED.has(words[i - 1]?.key ?? ""))) return undefined; // "بيان صادر عن مكتبه الإعلامي": the issuer follows
  const kept = parts.title;
  const lastKept = view.tokens.indexOf(kept.at(-1)!);
  return lastKept >= from && lastKept < last ? { first: from, last: lastKept, words: kept } : undefined;
}

/** "المكلفة بالإعلام في الوزارة، سلمى الجزيري،": a prepositional phrase that still describes, since a name follows it. */
function describedBeforeApposition(
  view: SentenceView,
  j: number,
  stopKeys: ReadonlySet<string>,
): { last: number; words: Token[]; apposition: Token[] } | undefined {
  let comma = j + 1;
  while (comma < view.tokens.length && comma - j <= 5 && !hasComma(gapBefore(view, comma))) {
    const gap = gapBefore(view, comma);
    if (hasColon(gap) || hasClauseStop(gap) || isComplementiser(view.tokens[comma]!.key) || quoteOf(view, comma)) return undefined;
    comma++;
  }
  if (comma >= view.tokens.length || comma - j > 5 || SPEECH_EVENT_KEYS.has(view.tokens[j + 1]!.key)) return undefined;
  const apposition = readApposition(view, comma, stopKeys);
  if (!apposition) return undefined;
  return { last: apposition.last, words: [...view.tokens.slice(j, comma), ...apposition.words], apposition: apposition.words };
}

/**
 * "المتطوع في غرفة الطوارئ المحلية محمد آدم إسحاق للجزيرة نت": after a title, a prepositional phrase of
 * definite words and then a name (undelimited words ending where a speaker phrase ends) still describes.
 */
function describedBeforeName(
  view: SentenceView,
  j: number,
  words: readonly Token[],
  stopKeys: ReadonlySet<string>,
): { last: number; words: Token[]; apposition: Token[] } | undefined {
  // "سفير دولة فلسطين لدى اليونان فلان": a country may complete the title too.
  const describes = (w: Token) => isDefinite(w) || isGoverningNoun(w.key) || /^ل/.test(w.key) || PLACE_KEYS.has(w.key);
  if (!words.some((w) => inSet(TITLE_KEYS, w.key)) || !words.every(describes)) return undefined;
  if (stopKeys.has(view.tokens[j]!.key) || isComplementiser(view.tokens[j + 1]?.key ?? "")) return undefined;
  if (inSet(SPEECH_EVENT_KEYS, view.tokens[j + 1]?.key ?? "")) return undefined; // "وبيّن الوزير فلان في بيان صحفي أصدره أمس أن…": an occasion, not a described name // "وأشار والد «…» إلى أنه": the verb's own preposition
  let m = j + 1;
  while (m < view.tokens.length && m - j <= 6 && (isDefinite(view.tokens[m]!) || m === j + 1) && !hasComma(gapBefore(view, m))) {
    if (RELATIVE_KEYS.has(view.tokens[m]!.key)) return undefined; // "في الندوة التي نظمتها الجامعة": a relative clause, no name
    m++;
  }
  const nameStart = m;
  // "كريم عبد الفتاح", "يوسف السليم": a name goes on after a particle, and a surname with ال follows a first name.
  // "عبد الله المعلمي": a surname with ال after a compound first name.
  const inName = (k: number) =>
    !isDefinite(view.tokens[k]!) ||
    NAME_PARTICLE_KEYS.has(view.tokens[k - 1]!.key) ||
    (k === nameStart + 1 && !inSet(TITLE_KEYS, view.tokens[nameStart]!.key)) ||
    (k === nameStart + 2 && NAME_PARTICLE_KEYS.has(view.tokens[nameStart]!.key));
  while (
    m < view.tokens.length &&
    m - nameStart < 4 &&
    !hasComma(gapBefore(view, m)) &&
    !hasColon(gapBefore(view, m)) &&
    inName(m) &&
    !endsPhrase(view, m, stopKeys) &&
    !quoteOf(view, m)
  )
    m++;
  const ended =
    m >= view.tokens.length ||
    hasComma(gapBefore(view, m)) ||
    hasColon(gapBefore(view, m)) ||
    endsPhrase(view, m, stopKeys) ||
    /^ل/.test(view.tokens[m]!.key) ||
    quoteOf(view, m) !== undefined;
  if (m - nameStart < 2 || !ended) return undefined;
  if (OBJECT_NOUN_KEYS.has(view.tokens[nameStart]!.key)) return undefined; // "خلال لقائه نظيره الفرنسي": whom he met, no name
  const name = view.tokens.slice(nameStart, m);
  return { last: m - 1, words: view.tokens.slice(j, m), apposition: name };
}

const SOURCE_MARKERS = new Set(["وفق", "ووفق", "وفقا", "ووفقا", "حسب", "بحسب", "وبحسب", "حسبما", "نقلا", "طبقا"]);
const QUANTITY_WORDS = new Set(["بنحو", "نحو", "بحوالي", "حوالي", "بنسبه", "نسبه", "بمعدل", "بقيمه", "بالمائه", "بالمئه", "الف", "مليون", "مليار"]);

/** A number or a word of quantity: an apposition holding one measures something, it names nobody. */
function isQuantityWord(word: Token): boolean {
  return /[0-9٠-٩]/.test(word.key) || QUANTITY_WORDS.has(word.key);
}

/** "ويدعى", "ويلقب", "واسمه": the words after them name the person just described. */
const CALLED = new Set(["يدعي", "ويدعي", "تدعي", "وتدعي", "يلقب", "ويلقب", "تلقب", "وتلقب", "يكني", "ويكني", "اسمه", "واسمه", "اسمها", "واسمها"]);
const MAX_CALLED_NAME_WORDS = 4;

function readCalledName(view: SentenceView, j: number, stopKeys: ReadonlySet<string>): { last: number; words: Token[] } | undefined {
  const words: Token[] = [];
  let k = j;
  while (k < view.tokens.length && words.length < MAX_CALLED_NAME_WORDS) {
    const gap = gapBefore(view, k);
    if ((k > j && hasComma(gap)) || hasColon(gap) || hasClauseStop(gap) || endsPhrase(view, k, stopKeys)) break;
    words.push(view.tokens[k]!);
    k++;
  }
  return words.length > 0 ? { last: k - 1, words } : undefined;
}

/** ", قاسم جومارت توكاييف," after a title: a short name between commas (or before a complementiser). */
function readApposition(view: SentenceView, j: number, stopKeys: ReadonlySet<string>): { last: number; words: Token[] } | undefined {
  if (j >= view.tokens.length || !hasComma(gapBefore(view, j))) return undefined;
  const words: Token[] = [];
  let k = j;
  const limit = TITLE_KEYS.has(view.tokens[j]!.key) ? MAX_TITLE_APPOSITION_WORDS : MAX_APPOSITION_WORDS;
  while (k < view.tokens.length && words.length <= limit) {
    if (k > j && (hasComma(gapBefore(view, k)) || hasColon(gapBefore(view, k)))) break;
    // A title apposition ("، الوزير المنتدب لدى رئيس الحكومة المكلف بالعلاقات مع البرلمان،") runs to its comma.
    const inTitle =
      k > j &&
      TITLE_KEYS.has(view.tokens[j]!.key) &&
      !isComplementiser(view.tokens[k]!.key) &&
      !isTimeKey(view.tokens[k]!.key) &&
      cueFormOf(view.tokens[k]!.key) === undefined;
    if (hasClauseStop(gapBefore(view, k)) || quoteOf(view, k) || (!inTitle && endsPhrase(view, k, stopKeys))) break;
    words.push(view.tokens[k]!);
    k++;
  }
  if (words.length === 0 || words.length > limit || words.some(isQuantityWord)) return undefined; // "، بنحو عشرة بالمائة." is no name
  if (SOURCE_MARKERS.has(words[0]!.key)) return undefined; // "الحكومة، وفق الوزير فلان،": a source phrase, not a name
  // "…سامر الخليل، رفع الدعم تدريجيا.": words running to the sentence end are the content, not an apposition.
  const closes = k < view.tokens.length && (hasComma(gapBefore(view, k)) || isComplementiser(view.tokens[k]!.key));
  const first = words[0]!;
  if (!closes || (isDefinite(first) && !TITLE_KEYS.has(first.key))) return undefined;
  return { last: k - 1, words };
}

/** Nouns of expertise whose field follows with في: "خبيرة في المياه", "اختصاصية في إزالة الوشم". */
const SPECIALISTS = new Set(["خبير", "خبيره", "اختصاصي", "اختصاصيه", "اخصايي", "اخصاييه", "مختص", "مختصه", "باحث", "باحثه", "متخصص", "متخصصه"]);
const MAX_FIELD_WORDS = 3;

/**
 * "أظهرت اختصاصية في إزالة الوشم أن…": after a noun of expertise, في and a short field right before the
 * complementiser or the verb belong to the description (not "في تصريح", "في الرباط": an occasion or a
 * place). Returns the last word of the field, or -1.
 */
function specialityAt(view: SentenceView, j: number, head: Token): number {
  if (view.tokens[j]!.key !== "في" || !SPECIALISTS.has(head.key.replace(/^ال/, ""))) return -1;
  const next = view.tokens[j + 1];
  if (!next || SPEECH_EVENT_KEYS.has(next.key) || PLACE_KEYS.has(next.key) || isTimeKey(next.key) || OUTLET_KEYS.has(next.key)) return -1;
  for (let m = j + 2; m < view.tokens.length && m - j <= MAX_FIELD_WORDS + 1; m++) {
    const gap = gapBefore(view, m);
    if (hasComma(gap) || hasColon(gap) || hasClauseStop(gap) || quoteOf(view, m)) return -1;
    if (isComplementiser(view.tokens[m]!.key) || cueFormOf(view.tokens[m]!.key)) return m - 1;
    if (isPrepositionWord(view.tokens[m]!)) return -1;
  }
  return -1;
}
