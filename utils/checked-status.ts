/**
 * The checked status of a state as the surfaces show it: which findings to list, in what order,
 * every source once, and the latest check date. Pure, so it is tested without a browser.
 */
import type { CourtsStatus, Source, StateStatus, StatusFinding, StatusVerdict } from '@/data/checked-types';

export type FindingKey = 'licences' | 'dmvLimits' | 'nlets' | 'courthouse';

/** The three questions every state answers, then the courthouse protection where a law exists. */
export const FINDING_ORDER: readonly FindingKey[] = ['dmvLimits', 'nlets', 'licences', 'courthouse'];

export function findingsOf(status: StateStatus): Array<{ key: FindingKey; finding: StatusFinding }> {
  return FINDING_ORDER.flatMap((key) => {
    const finding = status[key];
    return finding ? [{ key, finding }] : [];
  });
}

/** Every source the status cites (findings and laws), once each, in the order first cited. */
export function statusSources(status: StateStatus | undefined, courts?: CourtsStatus): Source[] {
  const seen = new Map<string, Source>();
  const add = (list: readonly Source[]) => list.forEach((s) => seen.has(s.url) || seen.set(s.url, s));
  if (status) {
    for (const { finding } of findingsOf(status)) add(finding.sources);
    for (const law of status.laws) add(law.sources);
    add(status.notCoveredSources ?? []);
  }
  if (courts) {
    for (const f of courts.findings) add(f.sources);
    for (const law of courts.laws) add(law.sources);
  }
  return [...seen.values()];
}

/** Map colouring and the comparison table: how far state law limits what the DMV gives ICE. */
export const LAW_VERDICT_ORDER: readonly StatusVerdict[] = ['yes', 'partly', 'no', 'unknown'];

export function latestDate(...dates: Array<string | undefined>): string | undefined {
  return dates.filter((d): d is string => Boolean(d)).sort().at(-1);
}

/**
 * A source must be the page that shows the fact: an http(s) address with a path, not a site's
 * front page ("https://www.aclumaine.org/", "https://example.org/index.html").
 */
export function isSpecificPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const path = parsed.pathname.replace(/\/(index\.\w+)?$/i, '');
  return path.length > 1 || parsed.search.length > 1;
}

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY" (as precise as the source is), a real date, not after `today`. */
export function isValidDate(value: string, today: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return false;
  return value <= today;
}
