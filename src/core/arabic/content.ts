import type { ClaimContent } from "../build-claim.ts";
import { firstWordFrom } from "../text/tokens.ts";
import type { QuoteSpan } from "../text/quotes.ts";
import {
  cueFormOf,
  DEMONSTRATIVE_KEYS,
  inSet,
  isAudience,
  isComplementiser,
  isDefinite,
  isDemonstrativeTime,
  isFusedPrepositionalDefinite,
  isGoverningNoun,
  isLamVerbalNoun,
  isOwnSpeechEvent,
  isVerbalNounKey,
  RELATIVE_KEYS,
  SPEECH_EVENT_KEYS,
  SUPPLEMENT_KEYS,
  isTimeKey,
  type CueForm,
} from "./lexicon-index.ts";
import { gapBefore, hasClauseStop, hasColon, hasComma, hasDash, quoteOf, type SentenceView } from "./sentence-view.ts";
import { isAdjectiveKey } from "./act-verb-subject.ts";
import { anonymityAsideEnd } from "./anonymity-aside.ts";
import { hasShapeOfName, isNameQuote } from "./speaker-phrase.ts";
import { PRONOUN_OBJECTS } from "./verb-subject.ts";

/** Where a cue's content begins, and how it was introduced. */
export interface ContentStart {
  /** Offset where the content begins (after the complementiser, colon or preposition). */
  offset: number;
  via: "colon" | "that" | "quote" | "preposition" | "object" | "among";
}

const MAX_ASIDE_WORDS = 25;
/** "دعا مختلف الفاعلين في المجال السياسي والمدني إلى…": the addressee of a call, before its preposition. */
const MAX_OBJECT_WORDS = 8;
const MAX_COMMA_ASIDE_WORDS = 12;
/** "قبل أن", "بعد أن", "دون أن": أن after these is a conjunction, not reported speech. */
const SUBORDINATORS = new Set(["قبل", "بعد", "دون", "بدون", "منذ", "حتي", "اجل", "لمجرد", "بمجرد", "ما"]);

/**
 * Finds the start of a cue's content, looking from word j (just after the verb and its speaker): past
 * asides between commas ("، في وقت سابق،"), time words ("اليوم الجمعة") and supplements
 * ("في مؤتمر صحفي في واشنطن"), up to a colon, a complementiser (أن، إن، بأن، على أن، إلى أن),
 * a quotation, the verb's own preposition (أعلن عن، دعا إلى) or, for verbs that take one, a bare object.
 */
export function findContentStart(view: SentenceView, j: number, cue: CueForm): ContentStart | undefined {
  // "واصفا إياه بأنه ارتجالي": the pronoun object and what it is called make the content.
  const object = view.tokens[j];
  if (cue.row.obj && object && /^اياه/.test(object.key) && /^ب/.test(view.tokens[j + 1]?.key ?? "")) return { offset: object.start, via: "preposition" };
  // "ووصف الرئيس الاتفاق بأنه تاريخي": what is described is part of the content.
  const describes = cue.row.obj && (cue.row.preps ?? []).includes("ب");
  if (describes && object && isDefinite(object) && !isFusedPrepositionalDefinite(object.key) && objectBeforePreposition(view, j, ["ب"])) {
    return { offset: object.start, via: "preposition" };
  }
  const spoken = afterSpeechNoun(view, j);
  if (spoken !== undefined) return { offset: spoken, via: "preposition" };
  const k = skipAsides(view, j, cue);
  if (k > view.tokens.length) return undefined;
  const gap = gapBefore(view, k);
  if (hasClauseStop(gap)) return undefined;
  if (hasColon(gap)) return { offset: offsetAfterColon(view, k), via: "colon" };
  const token = view.tokens[k];
  if (!token) return undefined;
  const quote = quoteOf(view, k);
  if (quote && !isNameQuote(view, k)) {
    // "متهمًا «أطرافًا في الشرق» بإنفاق…": a quoted object of a verb that takes one, then more words.
    const objectQuote = (cue.row.np || (cue.row.preps ?? []).length > 0) && /^\s*[\p{L}]/u.test(view.text.slice(quote.close + 1, view.end));
    return { offset: quote.open, via: objectQuote ? "preposition" : "quote" };
  }
  const next = view.tokens[k + 1];
  if (startsReportedClause(view, k)) return { offset: token.end, via: "that" };
  const among = amongItems(view, k);
  if (among !== undefined) return { offset: among, via: "among" };
  // "إلى أن", "على أن", "من أن", and "عن أن" after a verb of revealing or expressing ("كشف عن أن…", "أعربت عن أن «…»")
  if (["الي", "علي", "من", "عن"].includes(token.key) && next && isComplementiser(next.key)) return { offset: next.end, via: "that" };
  const preps = cue.row.preps ?? [];
  if (preps.includes(token.key)) return next ? { offset: openingMarkOf(view, k + 1) ?? next.start, via: "preposition" } : undefined;
  if (preps.includes("ب") && /^ب/.test(token.key)) return { offset: token.start, via: "preposition" };
  if (callsFor(preps, token.key)) return { offset: token.start, via: "preposition" }; // "ودعت الجامعة لوقف فوري…"
  if (preps.length > 0 && objectBeforePreposition(view, k, preps)) return { offset: token.start, via: "preposition" };
  if (takesObject(cue) && !SUPPLEMENT_KEYS.has(token.key) && !isComplementiser(token.key)) return { offset: token.start, via: "object" };
  if (cue.tense === "participle" && cue.row.np && isVerbalNounKey(token.key)) return { offset: token.start, via: "object" }; // "مؤكدًا حرصه على…"
  if (deemsObject(view, k, cue)) return { offset: token.start, via: "object" };
  if (cue.row.obj) return thatAfterAddressee(view, k);
  return undefined;
}

/**
 * "واعتبر ذلك انتهاكا", "معتبرا هذه الخطوة بداية…", "واعتبرته خطوة": a verb of deeming whose object is a
 * demonstrative, or is carried as a suffix, deems it something: the object and the predicate are the content.
 */
function deemsObject(view: SentenceView, k: number, cue: CueForm): boolean {
  // "ويعتبر هذا المشروع الأكبر…" is the passive "is considered": the journalist's voice.
  if (!cue.row.deem || cue.tense === "present" || SUPPLEMENT_KEYS.has(view.tokens[k]!.key) || isComplementiser(view.tokens[k]!.key)) return false;
  const object = view.tokens[k]!;
  const next = view.tokens[k + 1];
  if (cue.objectSuffix === true || (DEMONSTRATIVE_KEYS.has(object.key) && next !== undefined)) return true;
  // "واعتبر الوزير القرار خطوة…": a definite object right after the subject, then its indefinite predicate.
  const predicate = next !== undefined && !isDefinite(next) && !SUPPLEMENT_KEYS.has(next.key) && !isComplementiser(next.key);
  const noun = /^ال/.test(object.key) && isDefinite(object) && !isAdjectiveKey(object.key); // not "الخبير الاقتصادي فلان"
  return noun && predicate && !hasComma(gapBefore(view, k)) && !hasComma(gapBefore(view, k + 1));
}

/** A speech act named by its verbal noun and its own preposition: "التأكيد على", "الدعوة إلى", "المطالبة بـ". */
const SPEECH_NOUN_PREPOSITIONS = new Map([
  ["التاكيد", "علي"],
  ["التشديد", "علي"],
  ["الدعوه", "الي"],
  ["الاشاره", "الي"],
  ["التحذير", "من"],
  ["المطالبه", "ب"],
  ["التذكير", "ب"],
  // "بمناشدة المواطنين ضرورة…", "بحث الحكومة على…": a call whose addressees follow the noun directly
  ["المناشده", ""],
]);

/** "تأكيدها" → "التاكيد", "دعوته" → "الدعوه", "بمناشدة" → "المناشده": the listed form of a speech noun written with a pronoun or a بـ. */
function speechNounOf(key: string, afterEvent: boolean): string | undefined {
  if (SPEECH_NOUN_PREPOSITIONS.has(key)) return key;
  const owned = key.replace(/(ه|ها|هم|هما)$/, "").replace(/ت$/, "ه");
  if (owned !== key && SPEECH_NOUN_PREPOSITIONS.has(`ال${owned}`)) return `ال${owned}`;
  // "اختتم المركز بيانه بمناشدة…", "وختم كلمته بالتأكيد على…": after the statement it closes, the speech act it closes with.
  const withB = afterEvent && /^ب/.test(key) ? (key.startsWith("بال") ? key.slice(1) : `ال${key.slice(1)}`) : undefined;
  return withB !== undefined && SPEECH_NOUN_PREPOSITIONS.has(withB) ? withB : undefined;
}

/**
 * "مجددًا التأكيد على رفض التدخل", "وجدد الوزير الدعوة إلى الحوار", "وجددت الوزارة تأكيدها على…",
 * "مجددة المطالبة بالإفراج عن…", "واختتم بيانه بمناشدة المواطنين…": a verb renewing or closing with a
 * speech act reports its object; returns where that object starts (after على/إلى, at the بـ-word, right
 * after a call's noun), or undefined. With أن after the preposition the complementiser rule applies instead.
 */
function afterSpeechNoun(view: SentenceView, j: number): number | undefined {
  const event = isOwnSpeechEvent(view.tokens[j]?.key ?? "") && !hasComma(gapBefore(view, j + 1));
  const at = event ? j + 1 : j;
  const noun = speechNounOf(view.tokens[at]?.key ?? "", event);
  const preposition = noun === undefined ? undefined : SPEECH_NOUN_PREPOSITIONS.get(noun);
  const next = view.tokens[at + 1];
  if (preposition === undefined || !next || hasComma(gapBefore(view, at + 1)) || hasClauseStop(gapBefore(view, at + 1))) return undefined;
  if (preposition === "") return isComplementiser(next.key) ? undefined : next.start;
  if (preposition === "ب") return /^ب/.test(next.key) && !isComplementiser(next.key) ? next.start : undefined;
  const object = view.tokens[at + 2];
  return next.key === preposition && object && !isComplementiser(object.key) ? (openingMarkOf(view, at + 2) ?? object.start) : undefined;
}

const AMONG_HEADS = new Set(["ضمن", "بين", "ابرز", "اهم", "جمله"]);
const OF_THEM = new Set(["منها", "منه", "منهم"]);

/**
 * "كما ذكر من ضمن الصعوبات…", "وذكر منها على وجه الخصوص…": a cue listing items ("among them") reports
 * them. Returns where the items start (at "من ضمن…", or after "منها"), or undefined.
 */
function amongItems(view: SentenceView, k: number): number | undefined {
  const word = view.tokens[k]!;
  const next = view.tokens[k + 1];
  if (!next || hasComma(gapBefore(view, k + 1)) || hasClauseStop(gapBefore(view, k + 1))) return undefined;
  if (word.key === "من" && AMONG_HEADS.has(next.key)) return word.start;
  return OF_THEM.has(word.key) ? next.start : undefined;
}

/** "دعا إلى «وحدة الصف» في…": when word k opens a quotation, the content starts at its opening mark, so the quote stays whole. */
function openingMarkOf(view: SentenceView, k: number): number | undefined {
  const quote = quoteOf(view, k);
  return quote && view.tokens[k - 1]!.end <= quote.open ? quote.open : undefined;
}

/**
 * "داعيةً السكان إلى…", "طالب الحكومة بـ…": a short object, then the verb's own preposition. A relative
 * aside between commas about the object ("وصف الأجواء، التي طبعت الحملة، بالمتوترة") is passed over.
 */
function objectBeforePreposition(view: SentenceView, k: number, preps: readonly string[]): boolean {
  for (let m = k + 1, aside = false; m < view.tokens.length && m - k <= MAX_OBJECT_WORDS; m++) {
    const gap = gapBefore(view, m);
    if (hasComma(gap) && !aside && RELATIVE_KEYS.has(view.tokens[m]!.key)) {
      aside = true;
      continue;
    }
    if (hasComma(gap) && aside) aside = false;
    else if (hasComma(gap) || hasColon(gap) || hasClauseStop(gap)) return false;
    const key = view.tokens[m]!.key;
    const withB = preps.includes("ب") && /^ب/.test(key) && (key.length > 3 || key === "بال"); // "بال«شديدة…»": the article glued to a quotation
    if (preps.includes(key) || withB || callsFor(preps, key)) return true;
  }
  return false;
}

const MAX_ADDRESSEE_WORDS = 6;

/** "أبلغ مسؤول أمني وكالة فرانس برس أن…", "موجها كلامه للوزير فلان: «…»": whom the speaker told, then the reported clause or words. */
function thatAfterAddressee(view: SentenceView, k: number): ContentStart | undefined {
  for (let m = k + 1; m < view.tokens.length && m - k <= MAX_ADDRESSEE_WORDS; m++) {
    const gap = gapBefore(view, m);
    const quote = quoteOf(view, m);
    if (hasColon(gap) && !hasComma(gap) && !hasClauseStop(gap)) return { offset: offsetAfterColon(view, m), via: "colon" };
    if (hasComma(gap) || hasClauseStop(gap) || (quote && quote !== quoteOf(view, k))) return undefined; // "«الشرق الأوسط» أن": the addressee's own quoted name
    if (startsReportedClause(view, m)) return { offset: view.tokens[m]!.end, via: "that" };
  }
  return undefined;
}

/** A call's purpose with a fused لـ ("للتحرك", "لوقف") stands for its إلى ("إلى التحرك"). */
export function callsFor(preps: readonly string[], key: string): boolean {
  return preps.includes("الي") && isLamVerbalNoun(key, true);
}

function takesObject(cue: CueForm): boolean {
  return Boolean(cue.row.np && !cue.row.ambiguous && cue.tense !== "participle");
}

/** A complementiser that reports speech: أن، إن، بأن — not أن after قبل/بعد/دون. */
function startsReportedClause(view: SentenceView, k: number): boolean {
  return isComplementiser(view.tokens[k]!.key) && !SUBORDINATORS.has(view.tokens[k - 1]?.key ?? "") && !isDoubled(view, k);
}

/** "لشبكة سي إن إن أن…": a complementiser followed by another is a word of a name; the last one reports. */
function isDoubled(view: SentenceView, k: number): boolean {
  const next = view.tokens[k + 1];
  return next !== undefined && isComplementiser(next.key);
}

function offsetAfterColon(view: SentenceView, k: number): number {
  const gapStart = k === 0 ? view.start : view.tokens[k - 1]!.end;
  return view.text.indexOf(":", gapStart) + 1;
}

/** "وجدد التأكيد على أن…", "وأعاد التذكير بأن…": a definite verbal noun right before the complementiser is the verb's object. */
function isObjectBeforeThat(view: SentenceView, k: number): boolean {
  const key = view.tokens[k]!.key;
  if (!/^ال/.test(key) || !isVerbalNounKey(key.slice(2))) return false;
  const next = view.tokens[k + 1]?.key ?? "";
  const after = view.tokens[k + 2]?.key ?? "";
  return isComplementiser(next) || (["علي", "الي", "من"].includes(next) && isComplementiser(after)) || (/^ب/.test(next) && isComplementiser(next.slice(1)));
}

const OTHER_KEYS = new Set(["الاخر", "الاخري", "الاخرون", "الاخرين"]);
const PERSONAL_PRONOUNS = new Set(["هو", "هي", "هم", "هما"]);

/** "هو الآخر", "هي الأخرى": "he too", an adverbial after the verb, not the start of the content. */
export function isOtherAfterPronoun(view: SentenceView, k: number): boolean {
  return OTHER_KEYS.has(view.tokens[k]!.key) && PERSONAL_PRONOUNS.has(view.tokens[k - 1]?.key ?? "");
}

/** "أوضح قائلا :«…»", "وأضاف بالقول: …": a saying participle before a colon or a quotation extends the cue; the words follow it. */
function isSayingBeforeWords(view: SentenceView, k: number): boolean {
  const cue = cueFormOf(view.tokens[k]!.key);
  if (cue?.tense !== "participle" || !cue.row.saying) return false;
  const next = k + 1 < view.tokens.length ? k + 1 : k;
  return hasColon(gapBefore(view, k + 1)) || (quoteOf(view, next) !== undefined && next === k + 1);
}

/** Skips what stands between the speaker and the content; returns the index of the first content word. */
function skipAsides(view: SentenceView, j: number, cue: CueForm): number {
  let k = j;
  let guard = 0;
  while (k < view.tokens.length && guard++ < MAX_ASIDE_WORDS) {
    const key = view.tokens[k]!.key;
    const gap = gapBefore(view, k);
    if (hasColon(gap) || hasClauseStop(gap)) return k;
    const closing = hasDash(gap) ? closingDash(view, k) : /\(\s*$/.test(gap) ? afterParenthesis(view, k) : -1;
    if (closing >= 0) {
      k = closing; // "أكد فيه -- تعليقا على ما نشر -- أن…", "وقال سامي (45 عاما)، وهو تاجر، إن…": an aside between dashes or in brackets
      continue;
    }
    const ownPreposition =
      (cue.row.preps ?? []).includes(key) || callsFor(cue.row.preps ?? [], key) || ((cue.row.preps ?? []).includes("ب") && /^بال/.test(key)); // "طالبت المنظمة بالإفراج…"
    if (startsReportedClause(view, k) || ownPreposition || amongItems(view, k) !== undefined) return k;
    if (quoteOf(view, k) && !isNameQuote(view, k)) return k;
    if (isDemonstrativeTime(key, view.tokens[k + 1]?.key)) {
      k += 2; // "وأكدت الوزارة هذا الصباح أن…"
      continue;
    }
    if (
      isTimeKey(key) ||
      isObjectBeforeThat(view, k) ||
      (k === j && PRONOUN_OBJECTS.has(key)) ||
      isOtherAfterPronoun(view, k) ||
      isSayingBeforeWords(view, k)
    ) {
      k++;
      continue;
    }
    const unnamed = hasComma(gap) ? undefined : anonymityAsideEnd(view, k); // "وقال مسؤول طلب عدم الكشف عن هويته إن…" (between commas, see below)
    if (unnamed !== undefined) {
      k = unnamed;
      continue;
    }
    if (hasComma(gap)) {
      const after = afterCommaAside(view, k, cue);
      if (after !== undefined) {
        k = after;
        continue;
      }
    }
    if (RELATIVE_KEYS.has(key)) {
      k = skipToComma(view, k);
      continue;
    }
    const toldOutlet = k === j && /^ل(?!ل)/.test(key); // "قال شهود عيان لرويترز إن…"
    const atBody = /^ب(?!ال)/.test(key) && isGoverningNoun(key.slice(1)); // "قال مصدر مسؤول بوزارة البترول إن…"
    if (SUPPLEMENT_KEYS.has(key) || key === "ل" || isFusedPrepositionalDefinite(key) || isAudience(key) || toldOutlet || atBody) {
      if (["الي", "علي", "من"].includes(key) && view.tokens[k + 1] && isComplementiser(view.tokens[k + 1]!.key)) return k;
      k = skipPrepositionalPhrase(view, k, cue);
      continue;
    }
    return k;
  }
  return k;
}

const MAX_BRACKETED_WORDS = 8;

/** The word after the ")" closing a parenthesis opened before word k, within a few words, or -1. */
function afterParenthesis(view: SentenceView, k: number): number {
  for (let m = k + 1; m <= view.tokens.length && m - k <= MAX_BRACKETED_WORDS; m++) {
    const gap = gapBefore(view, m);
    if (gap.includes(")")) return m;
    if (hasClauseStop(gap) || hasColon(gap) || gap.includes("(")) return -1;
  }
  return -1;
}

/** The word after the dash closing an aside opened before word k, within the aside limit, or -1. */
function closingDash(view: SentenceView, k: number): number {
  for (let m = k + 1; m < view.tokens.length && m - k <= MAX_ASIDE_WORDS; m++) {
    const gap = gapBefore(view, m);
    if (hasClauseStop(gap) || hasColon(gap)) return -1;
    if (hasDash(gap)) return m;
  }
  return -1;
}

/**
 * "، جوابا عن سؤال لهسبريس، أن…", "، مفضلا عدم الكشف عن اسمه: «…»": a short aside between commas
 * that is followed by a complementiser, a colon or the verb's own preposition is skipped whatever it says.
 */
function afterCommaAside(view: SentenceView, k: number, cue: CueForm, depth = 0): number | undefined {
  for (let m = k + 1; m < view.tokens.length && m - k <= MAX_COMMA_ASIDE_WORDS; m++) {
    const gap = gapBefore(view, m);
    if (hasColon(gap)) return m;
    // "، ثاني أكبر شركة لشحن الحاويات، في مذكرة لعملائها، إنها…": asides may follow one another.
    if (hasComma(gap)) {
      // "ونبه الحزب، في بيان أصدره أمس، إلى «…»": the verb's own preposition after the aside.
      if (startsReportedClause(view, m) || (cue.row.preps ?? []).includes(view.tokens[m]!.key)) return m;
      // "، وكتب على منصة «إكس»: …" opens a new attribution, not another aside.
      return depth < 2 && !cueFormOf(view.tokens[m]!.key) ? afterCommaAside(view, m, cue, depth + 1) : undefined;
    }
    // "، في تصريحات لـ"بوابة الأهرام"، إن", "، والذي تابعه "المركز الخبري الوطني"، إن": a name quoted inside the aside.
    if (quoteOf(view, m) && (isNameQuote(view, m) || hasShapeOfName(view, quoteOf(view, m)!))) continue;
    if (hasClauseStop(gap) || quoteOf(view, m) || startsReportedClause(view, m)) return undefined;
  }
  return undefined;
}

/** Skips to the word after the next comma in the sentence (an aside "، الذي …،"); stops at a colon, a complementiser or a quotation. */
function skipToComma(view: SentenceView, k: number): number {
  let m = k + 1;
  const stops = (n: number) => hasComma(gapBefore(view, n)) || hasColon(gapBefore(view, n)) || startsReportedClause(view, n) || opensQuotation(view, n);
  while (m < view.tokens.length && !stops(m)) m++;
  return m;
}

/** A quotation of words (not a quoted name) opening at word n: "…التي تقودها قوات الخصم «لن نسمح…»". */
function opensQuotation(view: SentenceView, n: number): boolean {
  const quote = quoteOf(view, n);
  return quote !== undefined && quote !== quoteOf(view, n - 1) && !isNameQuote(view, n);
}

/**
 * Skips a chain of prepositional phrases ("في حديث مباشر على الهواء في إحدى القنوات المحلية بالتلفزيون في
 * كازاخستان"): a preposition, its object, then definite words and further prepositions. An indefinite word
 * right after the object starts the content, unless the object is a speech event ("مؤتمر صحفي").
 */
function skipPrepositionalPhrase(view: SentenceView, k: number, cue: CueForm): number {
  let m = k + 1;
  let object: string | undefined;
  if (isFusedPrepositionalDefinite(view.tokens[k]!.key) || isAudience(view.tokens[k]!.key)) object = view.tokens[k]!.key;
  while (m < view.tokens.length && m - k <= MAX_ASIDE_WORDS) {
    const key = view.tokens[m]!.key;
    const gap = gapBefore(view, m);
    // Any أن ends the phrase ("قبل أن" too: the caller then finds no reported clause) except the first of "إن إن".
    if (hasComma(gap) || hasColon(gap) || hasClauseStop(gap) || (isComplementiser(key) && !isDoubled(view, m)) || (cue.row.preps ?? []).includes(key)) return m;
    if (quoteOf(view, m)) {
      if (!isNameQuote(view, m)) return m;
      m++;
      continue;
    }
    if (SUPPLEMENT_KEYS.has(key) || key === "ل") {
      object = undefined;
      m++;
      continue;
    }
    if (RELATIVE_KEYS.has(key)) return skipToComma(view, m);
    if (object === undefined) {
      object = key;
      m++;
      continue;
    }
    if (takesObject(cue) && !isDefinite(view.tokens[m]!) && isVerbalNounKey(key)) return m; // "أعلنت في وقت سابق تسجيل أول حالة"
    // "ونفت الوزارة في رام الله اليوم الأحد الأنباء…": right after the date, a definite word is the object, no longer the place.
    const dated = isTimeKey(view.tokens[m - 1]!.key) && !TIME_HEADS.has(view.tokens[m - 1]!.key); // not "صباح الورد": صباح takes a genitive
    if (takesObject(cue) && dated && isDefinite(view.tokens[m]!) && !isTimeKey(key)) return m;
    if (isDefinite(view.tokens[m]!) || isTimeKey(key) || inSet(SPEECH_EVENT_KEYS, object.replace(/^(ال|بال|لل)/, ""))) {
      m++;
      continue;
    }
    if (!takesObject(cue) || isAudience(object)) {
      m++;
      continue;
    } // only a verb with a bare object needs to know where the phrase ends; outlets' names run on ("لشبكة سي إن إن")
    if (reportAfterComma(view, m) || reportAhead(view, m)) {
      m++; // "أوضحت الطبيبة على موقع إخباري، أنها…", "وأكد خلال استقباله وفدا من التجار أن…": the occasion runs on to أن
      continue;
    }
    return m;
  }
  return m;
}

const MAX_PLACE_NAME_WORDS = 3;

const MAX_OCCASION_OBJECT_WORDS = 6;
/** Nouns of time that take a genitive ("صباح الأحد", "مساء اليوم", "يوم الجمعة"): what follows them is still the date. */
const TIME_HEADS = new Set(["صباح", "مساء", "يوم", "ليله", "فجر", "ظهر", "عصر", "منتصف", "نهايه", "بدايه", "مطلع"]);

/** Whether a reporting complementiser follows word m within a few words of the same clause: "لدى استقباله وفدا من التجار أن…". */
function reportAhead(view: SentenceView, m: number): boolean {
  for (let n = m + 1; n < view.tokens.length && n - m <= MAX_OCCASION_OBJECT_WORDS; n++) {
    const gap = gapBefore(view, n);
    if (hasComma(gap) || hasColon(gap) || hasClauseStop(gap) || quoteOf(view, n)) return false;
    if (startsReportedClause(view, n)) return true;
  }
  return false;
}

/** Whether a comma and a reporting complementiser follow word m within a few words, with no other stop between. */
function reportAfterComma(view: SentenceView, m: number): boolean {
  for (let n = m + 1; n < view.tokens.length && n - m <= MAX_PLACE_NAME_WORDS; n++) {
    const gap = gapBefore(view, n);
    if (hasColon(gap) || hasClauseStop(gap) || quoteOf(view, n)) return false;
    if (hasComma(gap)) return startsReportedClause(view, n);
  }
  return false;
}

/** Decides the kind of a content range: one whole quotation is direct; reported speech holding a quoted fragment is mixed. */
export function classifyContent(view: SentenceView, start: number, end: number, introducedByQuote = false): ClaimContent {
  const trimmedStart = skipSpaceAndColon(view.text, start, end);
  const whole = view.quotes.find((q) => q.open === trimmedStart);
  if (whole && (onlyPunctuationBetween(view.text, whole.close + 1, end) || introducedByQuote)) {
    return { kind: "direct", start: whole.contentStart, end: whole.contentEnd };
  }
  const inner = view.quotes.filter((q) => q.open >= trimmedStart && q.close < end && !isNameQuoteSpan(view, q));
  return { kind: inner.length > 0 ? "mixed" : "indirect", start: trimmedStart, end };
}

function isNameQuoteSpan(view: SentenceView, q: QuoteSpan): boolean {
  const j = firstWordFrom(view.tokens, q.open + 1);
  return j >= view.tokens.length || view.tokens[j]!.start >= q.close || isNameQuote(view, j, 1) || isProperNameQuote(view, q, j);
}

const MAX_PROPER_NAME_WORDS = 4;

/**
 * "غريمه "الأصالة والمعاصرة"", "حزب "العدل والإحسان"": a short quotation of definite nouns joined by و,
 * the shape of a party's or a movement's name, is a name, not words quoted ("«الوعود المتكررة»" is).
 */
function isProperNameQuote(view: SentenceView, q: QuoteSpan, j: number): boolean {
  let n = 0;
  let joined = false;
  for (let k = j; k < view.tokens.length && view.tokens[k]!.end <= q.close; k++, n++) {
    const key = view.tokens[k]!.key;
    if (n >= MAX_PROPER_NAME_WORDS || !/^و?ال/.test(key)) return false;
    joined ||= n > 0 && key.startsWith("وال");
  }
  return joined && !/[.,،؛;:!?؟]/.test(view.text.slice(q.contentStart, q.contentEnd));
}

function skipSpaceAndColon(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /[\s\u00A0:،,]/.test(text[i]!)) i++;
  return i;
}

function onlyPunctuationBetween(text: string, from: number, to: number): boolean {
  return /^[\s\u00A0.,،؛;:!?؟"'»”“)\]-]*$/.test(text.slice(from, to));
}
