import { identityOf, phraseNorms, type ValueEntry } from './value-entries';

/** Names people use for a country, and the spellings a warehouse may store it under. */
interface CountryAlias {
  /** Stored spellings, any of which may be the one in the data ("USA", "United States"). */
  stored: readonly string[];
  /** What people type. */
  typed: readonly string[];
}

/**
 * Built-in country aliases. Each maps only to a stored spelling that exists in the index, so
 * "ireland" finds "EIRE" in Online Retail and "Ireland" elsewhere. Parts of a country
 * ("england", "scotland") are deliberately absent: the data cannot tell them apart from the whole.
 */
export const countryAliases: readonly CountryAlias[] = [
  {
    stored: ['United Kingdom', 'UK', 'Great Britain', 'GB'],
    typed: ['uk', 'u.k.', 'britain', 'great britain', 'gb', 'united kingdom'],
  },
  {
    stored: ['United States', 'USA', 'United States of America', 'US', 'U.S.'],
    typed: ['usa', 'us', 'u.s.', 'u.s.a.', 'america', 'united states', 'united states of america', 'the states'],
  },
  { stored: ['EIRE', 'Ireland', 'Republic of Ireland'], typed: ['eire', 'ireland', 'republic of ireland'] },
  { stored: ['Netherlands', 'The Netherlands', 'Holland'], typed: ['holland', 'the netherlands', 'netherlands'] },
  { stored: ['United Arab Emirates', 'UAE'], typed: ['uae', 'u.a.e.', 'emirates', 'united arab emirates'] },
  { stored: ['RSA', 'South Africa'], typed: ['south africa', 'rsa'] },
  { stored: ['Brasil', 'Brazil'], typed: ['brazil', 'brasil'] },
  { stored: ['Germany', 'Deutschland'], typed: ['deutschland', 'germany'] },
  { stored: ['Spain', 'España'], typed: ['espana', 'spain'] },
  { stored: ['Czech Republic', 'Czechia'], typed: ['czechia', 'czech republic'] },
  { stored: ['South Korea', 'Korea', 'Republic of Korea', 'Korea, Republic of'], typed: ['korea', 'south korea'] },
  { stored: ['Switzerland'], typed: ['swiss'] },
  { stored: ['Hong Kong'], typed: ['hk'] },
];

/** A phrase that names an entry. */
export interface Alias {
  norms: readonly string[];
  entry: number;
  /** "us" is also a pronoun ("show us revenue"): it needs capitals or a preposition before it. */
  pronoun: boolean;
}

const PRONOUNS: ReadonlySet<string> = new Set(['us']);

/**
 * Aliases that resolve to entries in the index: built-in country names for any dimension that
 * stores the country, and the caller's { dimension: { phrase: storedValue } }. A phrase that is
 * already the stored spelling is left out, since it matches exactly anyway.
 */
export const resolveAliases = (
  entries: readonly ValueEntry[],
  extra: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): Alias[] => {
  // Spellings of one entry share its identity by construction, so the first variant's words stand for all.
  const byIdentity = new Map<string, ValueEntry[]>();
  for (const entry of entries) {
    const identity = entry.variants[0]?.norms.join(' ') ?? '';
    const list = byIdentity.get(identity);
    if (list) list.push(entry);
    else byIdentity.set(identity, [entry]);
  }
  const aliases: Alias[] = [];
  const seen = new Set<string>();
  const add = (phrase: string, entry: ValueEntry): void => {
    const norms = phraseNorms(phrase);
    const identity = norms.join(' ');
    if (norms.length === 0 || identity === entry.variants[0]?.norms.join(' ')) return;
    const key = `${entry.id}\u0000${identity}`;
    if (seen.has(key)) return;
    seen.add(key);
    aliases.push({ norms, entry: entry.id, pronoun: norms.length === 1 && PRONOUNS.has(identity) });
  };
  for (const country of countryAliases) {
    for (const stored of country.stored) {
      for (const entry of byIdentity.get(identityOf(stored)) ?? []) {
        for (const phrase of country.typed) add(phrase, entry);
      }
    }
  }
  for (const [dimension, phrases] of Object.entries(extra)) {
    for (const [phrase, stored] of Object.entries(phrases)) {
      // Matched by folded words, so "calvin klein" finds the stored "Calvin Klein" (or its other spellings).
      const target = (byIdentity.get(identityOf(stored)) ?? []).find((entry) => entry.dimension === dimension);
      if (target) add(phrase, target);
    }
  }
  return aliases;
};
