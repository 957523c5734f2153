/**
 * Where the body starts after a dateline: "WASHINGTON (AP) — ", "LONDON, March 3 (Reuters) - ".
 * A dateline is a short prefix before a dash that starts with an all-capitals place or ends with
 * an agency in parentheses, or is an online outlet's site name. Returns `start` when there is none.
 */
export function skipDateline(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + 100));
  const dash = head.search(/\s[—–-]{1,2}\s|—/);
  if (dash <= 0) return start;
  const prefix = head.slice(0, dash);
  if (/["“”«»]/.test(prefix)) return start;
  // "NASA said the five firms — …": an acronym subject opens a sentence; a dateline's words outside its
  // parentheses are capitalised ("WASHINGTON, Nov. 18", "KYIV, Ukraine").
  const capitalPlace = /^[A-Z][A-Z.'’-]+(?:[ ,]|$)/.test(prefix) && !/(?:^|\s)[a-z]/.test(prefix.replace(/\([^()]*\)/g, ""));
  const agency = /\([^()]{1,40}\)\s*$/.test(prefix);
  // "PanARMENIAN.Net - ", "Example.com — ": an online outlet opens its copy with its site name.
  const site = /^[A-Za-z][\w-]*\.(?:net|com|org|info)$/i.test(prefix.trim());
  if (!capitalPlace && !agency && !site) return start;
  const rest = head.slice(dash).match(/^\s*[—–-]{1,2}\s*/);
  return start + dash + (rest ? rest[0].length : 1);
}
