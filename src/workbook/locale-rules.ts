/**
 * How a locale writes numbers and dates, taken from Intl (no tables of our own): the decimal and
 * group separators from NumberFormat.formatToParts, the day/month/year order from
 * DateTimeFormat.formatToParts. Pure: Intl is part of the language, not of a host.
 */

/** A day/month/year order; YMD locales (ja-JP) write "2026/03/02". */
export type LocaleDateOrder = 'DMY' | 'MDY' | 'YMD';

/** What the reader needs to know about a locale. */
export interface LocaleRules {
  /** The canonical tag, e.g. "de-DE". */
  readonly tag: string;
  /** The decimal separator: "," in de-DE and fr-FR, "." in en-GB and de-CH. */
  readonly decimal: string;
  /**
   * Characters accepted as the group separator. The locale's own, widened where people type a
   * look-alike: any space for a space (fr-FR's narrow no-break U+202F, U+00A0, a plain space, a
   * thin space) and both apostrophes for an apostrophe (de-CH: ' or ’).
   */
  readonly groups: readonly string[];
  readonly dateOrder: LocaleDateOrder;
}

const SPACES = [' ', '\u00a0', '\u202f', '\u2009'];
const APOSTROPHES = ["'", '\u2019'];
const cache = new Map<string, LocaleRules | undefined>();

/**
 * The canonical form of a BCP 47 tag Intl supports ("de-de" → "de-DE"), or undefined for a tag
 * that is malformed or that this runtime has no data for.
 *
 * @example supportedLocale('fr-fr') // "fr-FR"
 */
export function supportedLocale(tag: string): string | undefined {
  try {
    const [supported] = Intl.NumberFormat.supportedLocalesOf(tag.trim());
    return supported;
  } catch {
    // RangeError: not a well-formed language tag.
    return undefined;
  }
}

/** The reading rules of a locale, or undefined when Intl does not support the tag. */
export function localeRules(tag: string): LocaleRules | undefined {
  if (cache.has(tag)) return cache.get(tag);
  const canonical = supportedLocale(tag);
  const rules = canonical === undefined ? undefined : rulesOf(canonical);
  cache.set(tag, rules);
  return rules;
}

function rulesOf(tag: string): LocaleRules {
  const parts = new Intl.NumberFormat(tag, { useGrouping: true }).formatToParts(1234567.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const groups = SPACES.includes(group) ? SPACES : APOSTROPHES.includes(group) ? APOSTROPHES : [group];
  // 2026-03-02 at noon UTC: the same calendar day in every time zone Intl might apply.
  const dateParts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, 2, 2, 12)));
  const order = dateParts.map((p) => p.type).filter((t) => t === 'day' || t === 'month' || t === 'year').map((t) => t[0].toUpperCase()).join('');
  const dateOrder: LocaleDateOrder = order === 'MDY' || order === 'YMD' ? order : 'DMY';
  return { tag, decimal, groups: groups.filter((g) => g !== decimal), dateOrder };
}
