import type { Token } from "../text/tokens.ts";
import { isInitials } from "./sentence-view.ts";
import {
  inSet,
  isDefinite,
  isGoverningNoun,
  isLamVerbalNoun,
  NAME_PARTICLE_KEYS,
  ORGANISATION_KEYS,
  STATEMENT_KEYS,
  TITLE_KEYS,
  UNNAMED_KEYS,
} from "./lexicon-index.ts";

/** What a speaker phrase names: the title chain, the personal name, and the kind of speaker. */
export interface SpeakerParts {
  title: Token[];
  name: Token[];
  kind: "person" | "organisation" | "statement" | "unnamed";
}

/**
 * Splits a speaker phrase into its title chain ("وزير الخارجية الأمريكي", "مدير مركز البحوث التطبيقية")
 * and the personal name around it ("أنتوني بلينكن"). A title head without ال takes one complement
 * ("رئيس كازاخستان"); definite words and fused-preposition words extend the chain.
 */
export function splitSpeaker(words: readonly Token[]): SpeakerParts {
  const parts = splitTitleAndName(words);
  // "د. محمد العمري", "ر.م.ع الشركة فلان": initials are a title, never part of the name.
  const initials = parts.name.filter(isInitials);
  return initials.length === 0 ? parts : { ...parts, title: [...initials, ...parts.title], name: parts.name.filter((w) => !isInitials(w)) };
}

function splitTitleAndName(words: readonly Token[]): SpeakerParts {
  if (words.length > 0 && UNNAMED_KEYS.has(words[0]!.key.replace(/^ال/, ""))) return { title: [...words], name: [], kind: "unnamed" }; // "فلاحون في المنطقة"
  const start = words.findIndex((w) => inSet(TITLE_KEYS, w.key) || inSet(ORGANISATION_KEYS, w.key) || STATEMENT_KEYS.has(w.key));
  if (start < 0 || isFamilyNameTitle(words, start)) return { title: [], name: [...words], kind: "person" };
  if (isNamedBody(words, start)) return { title: [...words], name: [], kind: "organisation" };
  let end = start + 1;
  let expectComplement = !isDefinite(words[start]!) && !isInitials(words[start]!);
  while (end < words.length) {
    const key = words[end]!.key;
    if (isInitials(words[end]!)) break; // "الخبير الاقتصادي د. محمد العمري": the initials introduce the name
    const governed = isGoverningNoun(key);
    const next = words[end + 1];
    // "النائبة عن المحافظة", "في شرطة الشارقة", "سفير دولة فلسطين لدى اليونان فلان"
    const describingPreposition = ["عن", "في", "من", "لدي"].includes(key) && next !== undefined && (isDefinite(next) || isGoverningNoun(next.key));
    const fusedBody = /^ب(?!ال)/.test(key) && isGoverningNoun(key.slice(1)); // "الأستاذ بجامعة الزقازيق"
    if (/^باسم(ه|ها|هم|هما)$/.test(key)) {
      end += 1; // "المتحدث باسمها فلان": "on its behalf" completes the title
      expectComplement = false;
      continue;
    }
    if (fusedBody) {
      end += 1;
      expectComplement = true;
      continue;
    }
    if (isPlaceOfOffice(words, start, end) || isPlaceOfResidence(words, end)) {
      end += 1;
      continue;
    }
    if (/^باسم(ه|ها|هم|هما)$/.test(key)) {
      end += 1; // "المتحدث باسمها": the title is complete, the pronoun names no one
      break;
    }
    if (key === "لشؤون" || key === "لشئون") {
      end += 1; // "وزير الدولة لشؤون مجلس الوزراء"; لشئون is the Egyptian spelling ("مساعد الوزير لشئون الإعلام")
      expectComplement = true;
      continue;
    }
    // "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية": لـ + a verbal noun; "ليلى الحسن", "لطفي الزين" are names.
    // "المجلس الوطني لحقوق الإنسان": after a body's head any لـ-noun with a definite complement is its field (a body has no personal name).
    const bodyField = inSet(ORGANISATION_KEYS, words[start]!.key) && !inSet(TITLE_KEYS, words[start]!.key);
    const purpose = /^ل(?!ل)/.test(key) && (isPurpose(key) || bodyField) && isDefinite(words[end + 1] ?? { raw: "" });
    if (describingPreposition || purpose) {
      end += 2;
      continue;
    }
    const coordinated = /^و/.test(key) && /(ها|هم|هما)$/.test(words[end]!.raw); // "لدارسي اللغة الإسبانية وآدابها": the chain goes on
    if (!(expectComplement || isDefinite(words[end]!) || governed || coordinated)) break;
    const general = key === "عام" && end === start + 1; // "مدير عام بلدية…", "أمين عام الحزب": still waiting for its complement
    expectComplement = general || (!isDefinite(words[end]!) && governed);
    end++;
  }
  // "الدكتور خالد عبد الغفار وزير الصحة والسكان": a second title after the name describes it (Egyptian order).
  const rest = words.slice(end);
  // "السفير فلان الفلاني المتحدث الرسمي لمجلس الوزراء": a definite title that goes on after the name describes it too.
  const definiteTitle = (w: Token, i: number) => isDefinite(w) && i + 1 < rest.length && !FAMILY_NAME_TITLES.has(w.key);
  const second = rest.findIndex((w, i) => i >= 2 && (!isDefinite(w) || definiteTitle(w, i)) && inSet(TITLE_KEYS, w.key));
  const title = second < 0 ? words.slice(start, end) : [...words.slice(start, end), ...rest.slice(second)];
  const name = [...words.slice(0, start), ...(second < 0 ? rest : rest.slice(0, second))];
  const head = words[start]!.key;
  if (UNNAMED_KEYS.has(head.replace(/^ال/, "")) && start === 0) return { title: [...words], name: [], kind: "unnamed" };
  const kind = STATEMENT_KEYS.has(head)
    ? "statement"
    : UNNAMED_KEYS.has(head.replace(/^ال/, "")) && name.length === 0
      ? "unnamed"
      : inSet(ORGANISATION_KEYS, head) && name.length === 0
        ? "organisation"
        : "person";
  return { title, name, kind };
}

/** Titles that are also common family names; "فلان الفلاني الخبير" is a name and a description. */
const FAMILY_NAME_TITLES = new Set(["السيد", "الشيخ", "القاضي", "الامام", "الامير", "الحاج", "الملا", "المفتي", "الباشا"]);

/**
 * "محمد عبد الستار السيد", "خالد محمود الشيخ": a title word closing a name of two words or more is the
 * family name (السيد، الشيخ، القاضي، الإمام are common Arabic surnames), not a title after it.
 */
function isFamilyNameTitle(words: readonly Token[], start: number): boolean {
  const nameWord = (w: Token, i: number) => !isDefinite(w) || NAME_PARTICLE_KEYS.has(words[i - 1]?.key ?? ""); // "عبد الستار"
  return start >= 2 && start === words.length - 1 && FAMILY_NAME_TITLES.has(words[start]!.key) && words.slice(0, start).every(nameWord);
}

/**
 * "حزب حركة نداء تونس", "وكالة رويترز", "منظمة هيومن رايتس ووتش": an organisation noun without the
 * article followed by a word without it names the body; those words are its name, not a person's.
 */
function isNamedBody(words: readonly Token[], start: number): boolean {
  const head = words[start]!;
  const next = words[start + 1];
  return start === 0 && inSet(ORGANISATION_KEYS, head.key) && !isDefinite(head) && next !== undefined && !isDefinite(next) && !inSet(TITLE_KEYS, next.key);
}

/** First names that begin with ب, which must not be read as "بـ + a place". */
const B_FIRST_NAMES = new Set(["بشير", "بشري", "بلال", "بسام", "بسمه", "بثينه", "بدر", "بكر", "بلقاسم", "بوبكر", "برهان", "بهاء", "بديع", "باسم", "باسل"]);

/**
 * "المدير الجهوي للصحة بصفاقس فلان", "المندوب الجهوي للتربية بالقيروان": after a title whose chain
 * already holds its لـ-complement, a بـ-word is the place of the office when a name still follows.
 */
function isPlaceOfOffice(words: readonly Token[], start: number, end: number): boolean {
  const key = words[end]!.key;
  if (!/^ب(?!ال|ن|و)../.test(key) || B_FIRST_NAMES.has(key) || end + 1 >= words.length) return false;
  // "الناطق باسم المحكمة الابتدائية بتونس فلان": a body named in the chain has its seat there too.
  return words.slice(start + 1, end).some((w) => /^لل/.test(w.key) || (isDefinite(w) && inSet(ORGANISATION_KEYS, w.key)));
}

/**
 * "الناشط المغربي المقيم بفرنسا", "الطبيبة المختصة بالأمراض الجلدية" (no name after): a بـ-place after a
 * definite participle (المقيم، المختص) is where the described person lives or works, not a name. Names
 * that begin with بن/بو (بنكيران، بوريطة) are left alone.
 */
function isPlaceOfResidence(words: readonly Token[], end: number): boolean {
  const key = words[end]!.key;
  const previous = words[end - 1];
  return /^ب(?!ن|و)../.test(key) && !B_FIRST_NAMES.has(key) && previous !== undefined && /^الم/.test(previous.key) && isDefinite(previous);
}

/**
 * "لتنسيق", "لمكافحة", "لشؤون": لـ fused to a verbal noun or a governing noun, the purpose or field of
 * a body in a title chain. A first name that starts with ل ("ليلى", "لطفي", "لينا") is none of these.
 */
function isPurpose(key: string): boolean {
  return isLamVerbalNoun(key, true) || isGoverningNoun(key); // a listed verbal noun or one of the derived shapes (تنسيق، مكافحة، استثمار)
}
