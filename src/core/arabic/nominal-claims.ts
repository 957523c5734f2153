import { spanOf } from "../build-claim.ts";
import { AR_QUOTED_SAYING } from "../lexicon/ar-reporting-verbs.ts";
import type { GenderNumber, Span } from "../types.ts";
import type { Attribution } from "./attribution.ts";
import { findContentStart } from "./content.ts";
import { cueFormOf, isComplementiser, isTimeKey, NOMINAL_CUE, STATEMENT_KEYS, STATEMENT_PART_KEYS, withoutLam } from "./lexicon-index.ts";
import { gapBefore, hasColon, hasComma, quoteOf, quoteWordCount, type SentenceView, mentionRange, wordsSpan } from "./sentence-view.ts";
import type { QuoteSpan } from "../text/quotes.ts";
import { isSetOff } from "./quote-claims.ts";
import { UNRESOLVED, type Entity, type SpeakerRegistry } from "./speaker-registry.ts";
import { readSpeakerAfter, type SpeakerPhrase } from "./speaker-phrase.ts";
import { resolvePhrase } from "./resolve-phrase.ts";
import { relayingNounAfter, SPEECH_NOUN_KEYS, speechNounAt } from "./relay-saying.ts";

const CAME = new Set(["جاء", "وجاء", "فجاء", "ورد", "وورد"]);
const PRONOUN_GENDER: Record<string, GenderNumber> = { له: "m", لها: "f", لهم: "p", لهما: "p" };
const RELAY_STOPS = new Set([...AR_QUOTED_SAYING, ...SPEECH_NOUN_KEYS]);
const RELAYING = new Set(["نقلت", "نقل", "ونقلت", "ونقل", "نقلا", "ونقلا"]);

/** "وجاء في بيان لها: «…»", "جاء في البيان الصادر عن الوزارة أن…": a statement's words, spoken by its issuer. */
export function statementAttributions(view: SentenceView, registry: SpeakerRegistry): Attribution[] {
  const found: Attribution[] = [];
  for (let j = 0; j + 2 < view.tokens.length; j++) {
    const came = view.tokens[j]!;
    if (!CAME.has(came.key) || view.tokens[j + 1]!.key !== "في" || quoteOf(view, j)) continue;
    const noun = statementNounAt(view, j + 2);
    if (noun < 0) continue;
    const { speaker, cueEnd, next } = statementSource(view, noun + 1, registry);
    const content = findContentStart(view, next, NOMINAL_CUE);
    if (!speaker || !content || (content.via !== "colon" && content.via !== "that" && content.via !== "quote")) continue;
    found.push({
      cue: spanOf(view.text, came.start, cueEnd),
      speaker: speaker.entity,
      mention: speaker.mention,
      contentStart: content.offset,
      rule: `ar.statement.${content.via}`,
    });
  }
  return found;
}

/** The statement noun at i, or after a part of it ("نص البيان", "جانب من البيان"); -1 when there is none. */
function statementNounAt(view: SentenceView, i: number): number {
  const key = view.tokens[i]!.key;
  if (STATEMENT_KEYS.has(key)) return i;
  if (!STATEMENT_PART_KEYS.has(key)) return -1;
  const noun = view.tokens[i + 1]?.key === "من" ? i + 2 : i + 1;
  return STATEMENT_KEYS.has(view.tokens[noun]?.key ?? "") ? noun : -1;
}

function statementSource(
  view: SentenceView,
  k: number,
  registry: SpeakerRegistry,
): { speaker?: { entity: Entity; mention?: Span }; cueEnd: number; next: number } {
  const word = view.tokens[k];
  const fallbackEnd = view.tokens[k - 1]!.end;
  if (!word || hasColon(gapBefore(view, k)) || isComplementiser(word.key)) {
    // "وجاء في البيان أن…" with no body met before: the claim stands, its speaker stays empty.
    return { speaker: { entity: registry.statementIssuer() ?? UNRESOLVED }, cueEnd: fallbackEnd, next: k };
  }
  const pronounGender = PRONOUN_GENDER[word.key];
  if (pronounGender) {
    const entity = registry.implicit(pronounGender);
    return { speaker: entity && { entity }, cueEnd: word.end, next: k + 1 };
  }
  let from = k;
  while (from < view.tokens.length && ["صادر", "الصادر", "صادرة", "الصادرة", "عن", "ل"].includes(view.tokens[from]!.key)) from++;
  const dated = from > k ? timeWordsEnd(view, from) : from; // "البيان الصادر اليوم السبت"
  if (dated > from && endsIssuer(view, dated)) {
    // "وجاء في البيان الصادر اليوم السبت: …": issued when, not by whom; the issuer is the body met before.
    return { speaker: { entity: registry.statementIssuer() ?? UNRESOLVED }, cueEnd: fallbackEnd, next: dated };
  }
  if (dated > from && view.tokens[dated]?.key === "عن") from = dated + 1; // "الصادر اليوم عن الوزارة"
  const phrase = readSpeakerAfter(view, from, new Set());
  if (!phrase) return { cueEnd: fallbackEnd, next: k };
  if (from === k) phrase.words[0] = withoutLam(phrase.words[0]!);
  const entity = resolvePhrase(view, phrase, undefined, registry);
  const mention = mentionRange(view, phrase.first, phrase.last);
  return { speaker: entity && { entity, mention }, cueEnd: mention.end, next: phrase.last + 1 };
}

/** The index after the time words from i ("اليوم السبت", "أمس"). */
function timeWordsEnd(view: SentenceView, i: number): number {
  while (i < view.tokens.length && isTimeKey(view.tokens[i]!.key)) i++;
  return i;
}

/** A colon, a complementiser or the sentence end at i: the statement's words follow, with no issuer named. */
function endsIssuer(view: SentenceView, i: number): boolean {
  const word = view.tokens[i];
  return !word || hasColon(gapBefore(view, i)) || isComplementiser(word.key);
}

/** "نقلت وكالة رويترز عن مسؤول قوله إن…": the agency relays; the official is the speaker. */
export function relayedAttributions(view: SentenceView, registry: SpeakerRegistry): Attribution[] {
  const found: Attribution[] = [];
  for (let j = 0; j < view.tokens.length; j++) {
    if (!RELAYING.has(view.tokens[j]!.key) || quoteOf(view, j)) continue;
    const about = aboutAfter(view, j);
    if (about < 0) continue;
    rememberOutlet(view, j + 1, about, registry);
    const phrase = readSpeakerAfter(view, about + 1, RELAY_STOPS);
    if (!phrase) continue;
    const noun = relayingNounAfter(view, phrase.last); // "قوله إن…", "نفيه الاتهامات", "تحذيره من…"
    const saying = noun >= 0 ? noun : phrase.last;
    const content = findContentStart(view, saying + 1, noun >= 0 ? speechNounAt(view, noun)! : NOMINAL_CUE); // "… عن مصادر لم تسمها أن…" relays without قوله
    const entity = resolvePhrase(view, phrase, undefined, registry);
    if (!content || !entity) continue;
    const mention = mentionRange(view, phrase.first, phrase.last);
    found.push({
      cue: wordsSpan(view, j, saying),
      speaker: entity,
      mention,
      contentStart: content.offset,
      rule: "ar.relayed",
    });
  }
  return found;
}

/** The "عن" naming the source within eight words after the relaying verb at j, or -1 (a bounded look, not a scan of the sentence). */
function aboutAfter(view: SentenceView, j: number): number {
  for (let i = j + 1; i < view.tokens.length && i <= j + 8; i++) if (view.tokens[i]!.key === "عن") return i;
  return -1;
}

/** "نقلت صحيفة «عكاظ» عن مصدر…": the relaying outlet is remembered, so "الصحيفة" later points back to it. */
function rememberOutlet(view: SentenceView, from: number, about: number, registry: SpeakerRegistry): void {
  if (from >= about) return;
  const outlet = readSpeakerAfter(view, from, new Set(["عن"]));
  if (outlet && outlet.last < about) resolvePhrase(view, outlet, undefined, registry);
}

export const ACCORDING_TO = new Set(["بحسب", "وبحسب", "حسب", "وحسب", "حسبما", "وحسبما", "وفقا", "ووفقا", "وفق", "ووفق", "نقلا", "ونقلا", "طبقا", "وطبقا"]);
/** Markers that take their source with a fused لـ ("وفقًا لوزارة…", "طبقًا للشرطة"); طبقا without it is the noun "dish". */
const WITH_LAM = /^(وفقا|ووفقا|طبقا|وطبقا)$/;
const REPORT_NOUNS = new Set([
  "تصريح",
  "تصريحات",
  "نص",
  "حصيله",
  "تقديرات",
  "تقدير",
  "تقرير",
  "بيان",
  "ارقام",
  "احصاءات",
  "احصائيات",
  "بيانات",
  "معطيات",
  "دراسه",
  "مصادر",
  "معلومات",
  "نتايج",
  "استطلاع",
  "وثيقه",
  "وثايق",
]);
const ACCORDING_TO_LINKS = new Set([
  "ل",
  "لما",
  "ما",
  "عن",
  "عنه",
  "عنها",
  "به",
  "بها",
  "اليه",
  "اليها",
  "افاد",
  "افادت",
  "ذكر",
  "ذكرت",
  "قال",
  "قالت",
  "اعلن",
  "اعلنت",
  "اورد",
  "اوردت",
  "اكد",
  "اكدت",
  "نقلت",
  "نقل",
  "اوضح",
  "اوضحت",
  // "وفق ما جاء في الوثيقة", "حسب ما ورد في التقرير"
  "جاء",
  "ورد",
  "في",
]);

/**
 * "بحسب المصدر، فإن…" / "…، وفقًا لوزارة الصحة." / "حسبما أفادت وكالة…": the source is the phrase after the
 * marker; the content is the rest of the sentence (after the comma when the marker leads, before it when it trails).
 */
export function accordingToAttributions(view: SentenceView, registry: SpeakerRegistry): Attribution[] {
  const found: Attribution[] = [];
  for (let j = 0; j < view.tokens.length; j++) {
    const marker = view.tokens[j]!;
    if (!ACCORDING_TO.has(marker.key) || quoteOf(view, j)) continue;
    if (marker.key.endsWith("حسب") && j > 0 && !delimitedBefore(view, j)) continue;
    if (/^(نقلا|ونقلا)$/.test(marker.key) && view.tokens[j + 1]?.key !== "عن") continue;
    if (/طبقا$/.test(marker.key) && !/^ل/.test(view.tokens[j + 1]?.key ?? "")) continue; // "أضاف طبقا جديدا": a dish
    if (isInAccordanceWith(view.tokens[j + 1])) continue; // "وفقًا لقانون السير": in accordance with, not a source
    let from = j + 1;
    // "بحسب ما كشفت الصحيفة", "حسبما أكده المدير": the link words and the verb of the source.
    while (
      from < view.tokens.length &&
      (ACCORDING_TO_LINKS.has(view.tokens[from]!.key) || (from > j + 1 && cueFormOf(view.tokens[from]!.key.replace(/(ه|ها)$/, ""))))
    )
      from++;
    // "وفق ما التزم به خطاب القسم": "in line with what X committed to", a verb of no speech after ما names no source.
    if (from > j + 1 && ["ما", "لما"].includes(view.tokens[from - 1]!.key)) continue;
    const inHisWords = IN_HIS_WORDS.get(view.tokens[from]?.key ?? "");
    const fused = view.tokens[from] && /^ل/.test(view.tokens[from]!.key) && WITH_LAM.test(marker.key);
    const phrase = inHisWords
      ? { first: from, last: from, words: [view.tokens[from]!] }
      : (readSpeakerAfter(view, from, new Set()) ?? (fused ? outletAfter(view, from) : undefined));
    if (!phrase) continue;
    if (fused) phrase.words[0] = withoutLam(phrase.words[0]!);
    const source = issuerOfReport(view, phrase) ?? phrase;
    // "وفق قوله", "حسب نفس المصدر": the speaker already quoted.
    const entity =
      inHisWords || SAME_SOURCE.has(source.words[0]!.key) ? (registry.implicit(inHisWords) ?? UNRESOLVED) : resolvePhrase(view, source, undefined, registry);
    if (!entity) continue;
    const mention = inHisWords ? undefined : mentionRange(view, phrase.first, phrase.last);
    const leads = j === 0 || (j === 1 && view.tokens[0]!.key.length <= 3);
    // "وخصص لهذا الموسم، حسب المدير، مليون هكتار…": a source after a short verb phrase, then the claim's body.
    const medial = !leads && j <= MAX_MEDIAL_LEAD_WORDS && phrase.last + 3 < view.tokens.length && hasComma(gapBefore(view, phrase.last + 1));
    // "ارتفعت الأسعار، حسب تجار، بنحو عشرة بالمائة": the claim runs on after the source; it is the whole sentence.
    // A new clause after the source ("…، بحسب محللين، إذ تشترط…") is not part of the claim.
    const after = view.tokens[phrase.last + 1];
    const wrapped =
      !leads && !medial && after !== undefined && hasComma(gapBefore(view, j)) && hasComma(gapBefore(view, phrase.last + 1)) && !NEW_CLAUSE.has(after.key);
    const quoted = leads || medial ? undefined : quoteRightBefore(view, j); // "«…» وفق ما جاء في الوثيقة"
    const rule = leads
      ? "ar.according-to.leading"
      : medial
        ? "ar.according-to.medial"
        : quoted
          ? "ar.according-to.after-quote"
          : wrapped
            ? "ar.according-to.wrapped"
            : "ar.according-to.trailing";
    if (quoted) {
      const cue = spanOf(view.text, marker.start, mention?.end ?? view.tokens[phrase.last]!.end);
      found.push({ cue, speaker: entity, mention, contentStart: quoted.open, contentEnd: quoted.close + 1, rule });
      continue;
    }
    const contentStart = leads
      ? afterLeadingComma(view, phrase.last + 1)
      : rule === "ar.according-to.medial"
        ? view.tokens[phrase.last + 1]!.start
        : view.start;
    const contentEnd = leads || rule === "ar.according-to.medial" ? undefined : wrapped ? view.end : leadingConnectorStart(view, j);
    const cue = spanOf(view.text, marker.start, mention?.start ?? view.tokens[phrase.last]!.end);
    found.push({ cue, speaker: entity, mention, contentStart, contentEnd, rule });
  }
  return found;
}

/**
 * "بحسب حصيلة أولية أعلنتها السلطات المحلية", "بحسب تقديرات المديرية العامة للغابات": a report's
 * figures speak for whoever issued it — the agent after the verb, or the body after لـ.
 */
function issuerOfReport(view: SentenceView, phrase: ReturnType<typeof readSpeakerAfter> & object): typeof phrase | undefined {
  const head = phrase.words[0]!.key;
  if (!REPORT_NOUNS.has(head.replace(/^ال/, ""))) return undefined;
  const genitive = view.tokens[phrase.first + 1];
  if (!/^ال/.test(head) && genitive && /^ال/.test(genitive.key) && !hasComma(gapBefore(view, phrase.first + 1))) {
    return readSpeakerAfter(view, phrase.first + 1, new Set()); // "معطيات المندوبية السامية للتخطيط"
  }
  for (let j = phrase.first + 1; j < view.tokens.length && j - phrase.first <= 6; j++) {
    const key = view.tokens[j]!.key;
    if (hasComma(gapBefore(view, j))) return undefined;
    const byVerb = /(ها|ه)$/.test(key) && /^(ا|ن|ص|ق|ذ|ك|و)/.test(key) && j > phrase.first + 1 && !/^ال/.test(key);
    if (byVerb || (/^ل/.test(key) && j > phrase.first)) {
      const from = byVerb ? j + 1 : j;
      const issuer = readSpeakerAfter(view, from, new Set());
      if (!issuer) return undefined;
      if (!byVerb) issuer.words[0] = withoutLam(issuer.words[0]!);
      return issuer;
    }
  }
  return undefined;
}

const IN_HIS_WORDS = new Map<string, GenderNumber>([
  ["قوله", "m"],
  ["قولها", "f"],
  ["قولهم", "p"],
  ["تعبيره", "m"],
  ["تعبيرها", "f"],
  ["وصفه", "m"],
  ["وصفها", "f"],
]);
const MAX_MEDIAL_LEAD_WORDS = 4;
const NEW_CLAUSE = new Set(["اذ", "حيث", "لان", "بسبب", "مما", "وهو", "وهي", "فيما", "بينما", "في", "وفي", "مع", "ومع"]);
const SAME_SOURCE = new Set(["نفس", "ذات", "المصدر"]);

/** "وفقا لصحيفة الشروق": an outlet noun with a fused لـ (which ends a speaker phrase elsewhere) and its name. */
function outletAfter(view: SentenceView, from: number): SpeakerPhrase | undefined {
  const name = readSpeakerAfter(view, from + 1, new Set());
  // The words as written, a quoted name included ("لمحطة «كي بي سي» المحلية"): readSpeakerAfter leaves a quote at its start out.
  return name && !hasComma(gapBefore(view, from + 1)) ? { first: from, last: name.last, words: view.tokens.slice(from, name.last + 1) } : undefined;
}

/** The quotation closing right before word j (only spaces between), if it is speech rather than a name. */
function quoteRightBefore(view: SentenceView, j: number): QuoteSpan | undefined {
  const marker = view.tokens[j]!;
  const quote = view.quotes.find((q) => q.close < marker.start && /^\s*$/.test(view.text.slice(q.close + 1, marker.start)));
  // Only a quotation set off by a comma: "…تدخل الإدارة "للتأثير…" بحسب بيان" quotes a fragment of a longer claim.
  return quote && quoteWordCount(view, quote) >= MIN_QUOTED_SOURCE_WORDS && isSetOff(view, quote) ? quote : undefined;
}

const MIN_QUOTED_SOURCE_WORDS = 3;

/** "…، بحسب المصدر", "…» حسب المصدر", "…، وذلك حسب تصريح…": a trailing source follows a comma or a closing quote. */
function delimitedBefore(view: SentenceView, j: number): boolean {
  const gap = gapBefore(view, j);
  if (hasComma(gap) || /[»”"]/.test(gap)) return true;
  return ["وذلك", "ذلك"].includes(view.tokens[j - 1]?.key ?? "") && hasComma(gapBefore(view, j - 1));
}

/** Where trailing-source content ends: before the marker, or before "، وذلك" that leads to it. */
function leadingConnectorStart(view: SentenceView, j: number): number {
  return ["وذلك", "ذلك"].includes(view.tokens[j - 1]?.key ?? "") ? view.tokens[j - 1]!.start : view.tokens[j]!.start;
}

const RULE_NOUNS = new Set([
  "قانون",
  "القانون",
  "لايحه",
  "اللايحه",
  "الدستور",
  "دستور",
  "قرار",
  "القرار",
  "اتفاق",
  "الاتفاق",
  "اتفاقيه",
  "خطه",
  "الخطه",
  "المعايير",
  "معايير",
  "الاجراءات",
  "اجراءات",
  "الشروط",
  "شروط",
  "التعليمات",
  "تعليمات",
  "نظام",
  "النظام",
  "الجدول",
  "جدول",
  "توجيهات",
  "التوجيهات",
  "سياسه",
  "السياسه",
  "الاعراف",
  "اللوايح",
]);

/** "وفقًا لقانون…", "بحسب الجدول": a rule or plan, not someone speaking. */
export function isInAccordanceWith(word: { key: string } | undefined): boolean {
  if (!word) return false;
  return RULE_NOUNS.has(word.key) || RULE_NOUNS.has(word.key.replace(/^لل/, "ال").replace(/^ل/, ""));
}

const RESUMPTIVE = /^(فان|فانه|فانها|فانهم|فقد|فلقد)$/;

/** After "بحسب المصدر،" the content starts past the comma and a resumptive فإن; "ووفقا للشرطة فإن…" needs no comma. */
function afterLeadingComma(view: SentenceView, k: number): number {
  if (view.tokens[k] && isComplementiser(view.tokens[k]!.key)) return view.tokens[k]!.end;
  if (view.tokens[k] && RESUMPTIVE.test(view.tokens[k]!.key)) return view.tokens[k]!.end; // "وبحسب الوزير فقد ناهزت…"
  let m = k;
  while (m < view.tokens.length && !hasComma(gapBefore(view, m))) m++;
  const word = view.tokens[m];
  if (!word) return view.end;
  return RESUMPTIVE.test(word.key) ? word.end : word.start;
}
