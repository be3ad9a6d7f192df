/**
 * Facets of one answer, for filtering and labels. All of these are heuristics over plain text, tuned
 * on the five bundled documents; they can be wrong on imported ones and the UI must present them as
 * hints, not facts.
 *
 * - theme: keyword rules over the QUESTION (answers wander), first match wins; see THEME_RULES for
 *   the order and why it matters. Questions no rule matches fall back to "current-policy".
 * - scope: "general" when the answer talks about states in general ("many states", "each state",
 *   "state DMVs") and does not name its own state, or names it far less often than it generalises.
 * - hedges: dating hedges typical of generated text ("As of my last update", "As of September 2021"),
 *   returned as written.
 * - citations: bills ("AB 60"), statutes ("Vehicle Code § 12801.9"), named Acts ("REAL ID Act",
 *   "DPPA") and years 1990–2030, deduplicated under a normalised key.
 */
import type { Citation, EntryFacets, ParsedDocument, ParsedEntry, Theme } from './document-types';
import { STATES } from '../data/states';

/**
 * Order matters: specific intents come before the broad words they contain. "Other states" wins
 * over everything; opting out and future/alternatives come before "information shared" and "laws";
 * "legal challenges" is controversy, not legal basis; "ensure … in accordance with the law" is a
 * safeguard; "law enforcement" is not a law; "daily operations" is process before "affect" is impact.
 */
const THEME_RULES: ReadonlyArray<readonly [RegExp, Theme]> = [
  [/\bother states\b|\bcompare/, 'comparison'],
  [/\bopt[- ]?out\b|\b(?:individuals|residents|people|i) (?:take|do)\b/, 'individual-action'],
  [/\bfuture\b|\balternative|legislative initiatives|\bproposed\b|being considered|\bif it were to\b|\bsteps (?:are )?being taken\b/, 'future'],
  [/\btypes of (?:[\w-]+ ){0,3}information\b|\bwhat (?:specific )?(?:information|data) is shared\b/, 'what-is-shared'],
  [/\bcurrent (?:status|policy|practice)\b|\bcurrently\b/, 'current-policy'],
  [/legal challenges|controvers|\barguments?\b|\bbenefits\b|reasons cited|public feel|perspectives|\bview\b|advocacy|criticism/, 'controversy'],
  [/\blegal (?:authority|requirements|restrictions|basis)\b/, 'legal-basis'],
  [/safeguard|oversight|\baudit|transparen|accuracy|\bsecurity\b|misuse|\babuse\b|used appropriately|\bin place to (?:ensure|protect|monitor)\b|\binformed\b|public reports/, 'safeguards'],
  [/\blaws\b|\blaw\b(?! enforcement)|regulat|\brestrictions?\b|\bmo[ua]s?\b|agreements|requirements/, 'legal-basis'],
  [/\balign|\bintersect|\bpolic(?:y|ies)\b/, 'current-policy'],
  [/\bprocess\b|\brequests?\b|\bhow is\b.{0,80}\bshared\b|\bconsent\b|criteria|protocols|procedure|operations|\brole\b|\buse the data\b|guidelines/, 'process'],
  [/impact|affect|consequences|implications|repercussions|discrimination|targeting|\btrust\b|concerns/, 'impact'],
];

export function themeOf(question: string): Theme {
  // Questions are one line, but imported ones are not bounded: look at a question-sized prefix.
  const q = question.slice(0, 400).toLowerCase().replace(/’/g, "'");
  for (const [pattern, theme] of THEME_RULES) if (pattern.test(q)) return theme;
  return 'current-policy';
}

/** Plural "states" as a group (not "United States", not the verb "states that"), and kin. */
const GENERAL_PATTERN =
  /(?<!united )\bstates\b(?! that\b)|\bstate dmvs\b|\beach state\b|\bstate to state\b|\ba state['’]s\b|\bin (?:their|your) state\b/gi;

export function scopeOf(text: string, stateName: string): EntryFacets['scope'] {
  const general = countMatches(text, GENERAL_PATTERN);
  if (general === 0) return 'state';
  const own = countMatches(text, ownStatePattern(stateName));
  // "Names it much less": generic talk outweighs the state three to one.
  return own === 0 || general >= 3 * own ? 'general' : 'state';
}

function ownStatePattern(stateName: string): RegExp {
  const info = STATES.find((s) => s.name.toLowerCase() === stateName.toLowerCase());
  const names = [stateName, ...(info?.demonyms ?? [])].map(escapeRegExp);
  return new RegExp(`\\b(?:${names.join('|')})\\b`, 'gi');
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const HEDGE_PATTERN = new RegExp(
  [
    // "As of my last update", "As of my last knowledge update", "As of the latest available information"
    String.raw`\bas of (?:my|the) (?:very )?(?:last|latest|most recent|recent)(?: (?:available|knowledge|training))* (?:update|information|knowledge|data)\b`,
    String.raw`\bas of my (?:knowledge|training)(?: data)? cut-?off\b`,
    String.raw`\bas of (?:(?:${MONTHS}) )?(?:19|20)\d\d\b`,
    String.raw`\bas of now\b`,
  ].join('|'),
  'gi',
);

export function hedgesIn(text: string): string[] {
  const seen = new Map<string, string>();
  for (const match of text.matchAll(HEDGE_PATTERN)) {
    const key = match[0].toLowerCase();
    if (!seen.has(key)) seen.set(key, match[0]);
  }
  return [...seen.values()];
}

const BILL_PREFIX: Record<string, string> = {
  'assembly bill': 'AB',
  'senate bill': 'SB',
  'house bill': 'HB',
  'house file': 'HF',
  'senate file': 'SF',
  'legislative document': 'LD',
};
/**
 * "AB 60", "S.B. 54", "Senate Bill No. 54", and numbers some legislatures prefix with their session:
 * Colorado's "SB 13-251" is bill 251 of 2013, "H.B. 2013-12" bill 12 of 2013. The session stays in
 * the key, as written: "SB 13-251" and "SB 14-251" are different bills.
 */
const BILL_PATTERN =
  /(?<![\w.])(?:(AB|SB|HB|HF|SF|LD|[ASH]\.[BF]\.|L\.D\.) ?|(Assembly Bill|Senate Bill|House Bill|House File|Senate File|Legislative Document) (?:No\. ?)?)(?:(\d{2}|\d{4})[-–])?(\d{1,4})\b(?![-–]\d)/g;

/** "29-A M.R.S. § 1708", "18 U.S.C. § 2721", "Minn. Stat. § 171.12", "Vehicle Code § 12801.9", "… Statutes Annotated section 29-2-13.1". */
const STATUTE_PATTERN = new RegExp(
  [
    String.raw`(?:\b\d{1,3}(?:-[A-Z])? )?(?:\b[A-Z][a-z]{0,8}\. ?){1,4}§ ?\d[\d.-]*`,
    String.raw`\b(?:[A-Z][a-z]+ )?Code,? (?:§|section) ?\d[\d.-]*`,
    String.raw`\b(?:[A-Z][a-z]+ ){1,2}Statutes(?: Annotated)?,? (?:§|section) ?\d[\d.-]*`,
  ].join('|'),
  'g',
);

/** Capitalised words ending in "Act", with "and"/"of"/"for"/"on" allowed between them. */
const ACT_PATTERN =
  /\b[A-Z][A-Za-z]*(?:['’]s)?(?: (?:(?:and|of|for|on|to) )?[A-Z][A-Za-z]*(?:['’]s)?){0,7} Act\b|\bDPPA\b/g;
const ACT_LEADING_NOISE = /^(?:(?:The|This|That|A|An|In|Under|Both|Federal|State|And|Its|Their|Known|As|Called|Named)\s+)+/;
const ACT_ALIASES: Record<string, string> = { DPPA: "Driver's Privacy Protection Act" };

const YEAR_PATTERN = /\b(?:199\d|20[0-2]\d|2030)\b/g;

export function citationsIn(text: string): Citation[] {
  const citations: Citation[] = [];
  const keys = new Set<string>();
  const add = (kind: Citation['kind'], key: string) => {
    if (!key || keys.has(`${kind}:${key}`)) return;
    keys.add(`${kind}:${key}`);
    citations.push({ kind, key });
  };
  // Numbers inside bill and statute citations ("SB 2019", "§ 2005") are not years.
  const taken: Array<[number, number]> = [];

  for (const m of text.matchAll(BILL_PATTERN)) {
    const prefix = m[1] ? m[1].replace(/\./g, '') : BILL_PREFIX[m[2].toLowerCase()];
    add('bill', `${prefix} ${m[3] ? `${m[3]}-` : ''}${Number(m[4])}`);
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(STATUTE_PATTERN)) {
    add('statute', normaliseStatute(m[0]));
    taken.push([m.index, m.index + m[0].length]);
  }
  // A bare "§ 2005" names no code, so it is no citation, but its number is still no year.
  for (const m of text.matchAll(/§ ?\d+/g)) taken.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(ACT_PATTERN)) {
    const name = m[0].replace(ACT_LEADING_NOISE, '').replace(/’/g, "'");
    if (name !== 'Act') add('act', ACT_ALIASES[name] ?? name);
  }
  for (const m of text.matchAll(YEAR_PATTERN)) {
    if (!taken.some(([start, end]) => m.index >= start && m.index < end)) add('year', m[0]);
  }
  return citations;
}

function normaliseStatute(raw: string): string {
  return raw
    .replace(/,? (?:section|§) ?/i, ' § ')
    .replace(/\s+/g, ' ')
    .replace(/[.-]+$/, '')
    .trim();
}

export function computeFacets(entry: ParsedEntry, doc: Pick<ParsedDocument, 'state' | 'topic'>): EntryFacets {
  return {
    theme: themeOf(entry.question),
    scope: scopeOf(entry.text, doc.state.name),
    hedges: hedgesIn(entry.text),
    citations: citationsIn(entry.text),
  };
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
