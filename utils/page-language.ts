/**
 * Which pages the lens reads at all, from the page's declared language. Kept apart from the matcher
 * so the content script every page evaluates can decide this without carrying the matcher.
 */

export type PageLanguage = 'en' | 'es' | 'none' | 'other';

/** The languages the matcher reads ('none' = undeclared, read as English). */
export type ScanLanguage = Exclude<PageLanguage, 'other'>;

/** "en-US" → 'en', "es-MX" → 'es', "de" → 'other', missing or empty → 'none'. */
export function pageLanguage(langAttr: string | null | undefined): PageLanguage {
  // String methods, not split(/[-_]/): the gate calls this on every page, and the first regex an
  // isolated world runs costs it ~0.1 ms (BENCHMARKS.md).
  const primary = (langAttr ?? '').trim().toLowerCase().replace('_', '-').split('-')[0];
  if (primary === '' || primary === 'und') return 'none';
  return primary === 'en' || primary === 'es' ? primary : 'other';
}

/**
 * Pages in other languages are not scanned at all: on a German page "ICE" is a train, and a French
 * "Washington" is the US government.
 */
export function shouldScanLanguage(lang: PageLanguage): lang is ScanLanguage {
  return lang !== 'other';
}
