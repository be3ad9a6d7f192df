/**
 * Precision rules: a form the regex found counts only if its surroundings agree. Each rule answers
 * one trap of the term list (what to detect and its traps). They run only where the regex matched, so they may read a
 * few dozen characters around the match without costing the scan.
 */
import type { FormRule } from '@/data/lexicon';
import { FORM_ACRONYMS } from '@/data/generated/term-matcher';

/** How much text either side of a match the rules read. */
const WINDOW = 48;

export interface RuleInput {
  text: string;
  start: number;
  end: number;
  termId: string;
  /** Whether the text reads as a headline (most words capitalised); computed once per text, on demand. */
  titleLike: () => boolean;
}

/**
 * The last sentence end in a window: a full stop, "?" or "!" and a space, but not the dot of a
 * title, an initial or a dotted acronym ("Sen. ", "John F. ", "U.S. "), which sentences run through.
 */
const SENTENCE_END =
  /^[\s\S]*[.!?…](?<!(?:^|[\s(])(?:[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|Sen|Gov|Rep|Reps|Lt|Gen|Col|Sgt|Capt|Dr|Mr|Mrs|Ms|St|Mt|Ft|Jr|Sr|Rev|No|Co|Inc|Corp|Dept|Ave|Blvd|vs|v)\.)["'”’)\]]*\s+/;

/**
 * The text before a match, back to where its sentence starts: every rule that reads the words before
 * a name reads them in its own sentence ("… the change. Today New Mexico", "… sent to ICE. New Mexico").
 */
const before = (i: RuleInput) => {
  const head = i.text.slice(Math.max(0, i.start - WINDOW), i.start);
  return /[.!?…]/.test(head) ? head.replace(SENTENCE_END, '') : head;
};
const after = (i: RuleInput) => i.text.slice(i.end, i.end + WINDOW);

/**
 * After a state's name, words that make the pair another proper name: places ("Washington County",
 * "Kansas City", "Missouri River", "Pennsylvania Avenue"), news outlets ("New York Times") and teams
 * ("Minnesota Vikings"). In prose continuesAnotherName reads any such word; this list is what is
 * left to tell them by in headlines, where every word is capitalised.
 */
const NAME_SUFFIX = new RegExp(
  String.raw`^\s+(?:County|Parish|City|[Rr]iver|Avenue|Ave|Street|St|Boulevard|Blvd|Heights|Square|` +
    'Times|Post|Magazine|Daily|Tribune|Herald|Journal|Gazette|Chronicle|Observer|Review|Monthly|Monitor|Reformer|Star|Sun|Public Radio|' +
    'Vikings|Twins|Wild|Timberwolves|Lynx|United|FC|Golden|Lobos|Aggies|Rangers|Cardinals|Diamondbacks|Coyotes|Panthers|Marlins|' +
    "Rockies|Avalanche|Titans|Yankees|Mets|Giants|Jets|Knicks|Islanders|Liberty|Devils|Pacers|Fever|Jazz|Mariners|Wolverines|Buckeyes|Longhorns)(?![\\w'’])",
);

/**
 * Capitalised words that may stand just before a state's name mid-sentence, or just after it: regions,
 * parties and people's descriptions ("southern New Mexico", "a Somali Minnesotan", "Democratic
 * Minnesota lawmakers", "a Minnesota Somali family").
 */
const STATE_QUALIFIER =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Upstate|Downstate|Greater|Rural|Republican|Democratic|Democrat|American|Black|White|Asian|Hispanic|Latino|Latina|Latinx|Native|Indigenous|Somali|Hmong|Mexican|Catholic|Muslim|Jewish|Christian)$/;

/**
 * Capitalised words after a state's name that keep it the state: the names they start or end are the
 * state's government, courts, agencies, laws and politics ("Texas Gov. Greg Abbott", "New Mexico
 * Supreme Court", "Ohio State Highway Patrol", "New York Green Light Law", "Illinois Democrats"), or
 * a weekday ("in Texas Tuesday"). Acronyms count: after a state they are its agencies or parties
 * ("California DMV", "Texas GOP"). "State" alone does not, but in "New York State", which is told
 * from the city that way: "Ohio State" is a university, and the state's "State Senate" or "State
 * Police" has a word of its own here.
 */
const STATE_CONTEXT =
  /^(?:[A-Z]{2,}|Gov|Governor|Lt|Lieutenant|Sen|Senator|Senate|Rep|Reps|Representative|Congressman|Congresswoman|Congressional|Delegation|House|Assembly|Assemblyman|Assemblywoman|Legislature|Legislative|Lawmakers|Capitol|Statehouse|Supreme|Appeals|Court|Courts|Judge|Justice|Department|Dept|Bureau|Division|Office|Agency|Authority|Administration|Board|Commission|Commissioner|Council|Secretary|Attorney|Treasurer|Comptroller|Controller|Auditor|Guard|Highway|Patrol|Police|Troopers|Sheriffs?|Corrections|Motor|Vehicles?|Medicaid|Veterans|Republicans?|Democrats?|GOP|Party|Primary|Caucus|Caucuses|Elections?|Runoff|Voters?|Act|Laws?|Bill|Code|Statutes|Constitution|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A school named after its state is a school, whatever else its name says ("Texas Christian University"). */
const SCHOOL = /^(?:University|College|Institute)$/;

/**
 * A state's name followed by capitalised words is part of another proper name unless one of those
 * words is about the state (STATE_CONTEXT): a breed ("Maine Coon", "Tennessee Walking Horse"), a
 * brand ("Kentucky Fried Chicken", "Arizona Iced Tea"), a team, a magazine, a school, a person
 * ("Virginia Woolf"). Up to four words are read, so a context word that ends the name counts
 * ("New Mexico Motor Vehicles Division"). A possessive names the state itself ("Maine's Acadia
 * National Park"). Headlines capitalise every word, so there only NAME_SUFFIX can tell; a byline is
 * capitalised like a headline but made of names.
 */
function continuesAnotherName(i: RuleInput, firstName: boolean): boolean {
  if (/['’][sS]$/.test(i.text.slice(i.end - 2, i.end))) return false;
  const run = /^(?:\s+[A-Z][\w'’.&-]+){1,4}/.exec(after(i));
  if (!run) return false;
  if (i.titleLike()) return BYLINE.test(i.text) && scanRun(run[0], i.termId);
  // A text of capitalised words only is a label ("California Wildfires", "Nevada Sluggish"), not a
  // headline to the title test; only a first name is more likely there than the state ("Virginia Woolf").
  return (firstName || /(?:^|\s)[a-z]{2,}/.test(i.text)) && scanRun(run[0], i.termId);
}

function scanRun(run: string, termId: string): boolean {
  let aboutState = false;
  for (const raw of run.trim().split(/\s+/)) {
    const word = raw.replace(/(?:['’]s?|\.)$/, '');
    if (SCHOOL.test(word)) return true;
    aboutState ||= STATE_CONTEXT.test(word) || STATE_QUALIFIER.test(word) || (word === 'State' && termId === 'state:NY');
  }
  return !aboutState;
}

/** Before a state's name, words that make it a ship, a lake or a mountain ("USS Arizona", "Lake Michigan"). */
const NAME_PREFIX = /(?:^|[\s(“"])(?:USS|USNS|USCGC|HMS|SS|[Bb]attleship|Lake|Mount|Mt\.)\s+$/;

/**
 * A capitalised word in the middle of a sentence right before the name means the name is part of a
 * longer one: "reported by Searchlight New Mexico", "told CBS New York", "quarterback Joe Montana".
 */
function insideLongerName(head: string, i: RuleInput): boolean {
  const m = /(\S+)\s+([A-Z][\w.&-]*)\s+$/.exec(head);
  return m !== null && /^[a-z]/.test(m[1]) && !STATE_QUALIFIER.test(m[2]) && !i.titleLike();
}

/** The same words shouted, after a shouted name ("THE NEW YORK TIMES"). */
const NAME_SUFFIX_ANY_CASE = new RegExp(NAME_SUFFIX.source, 'i');

function stateName(i: RuleInput, firstName = false): boolean {
  const loud = i.text.charCodeAt(i.start + 1) < 97; // "NEW YORK", not "New York"
  const rest = after(i);
  if ((loud ? NAME_SUFFIX_ANY_CASE : NAME_SUFFIX).test(rest)) return false;
  const head = before(i);
  // "the New York " ending a text node: the next node is <em>Times</em>.
  if (/^\s*$/.test(rest) && /(?:^|\s)[Tt]he\s+$/.test(head)) return false;
  return !NAME_PREFIX.test(head) && !insideLongerName(head, i) && !continuesAnotherName(i, firstName);
}

/** Text about the country, not the state (in English or Spanish). */
const GEORGIA_ELSEWHERE = /Tbilisi|Tiflis|Caucasus|Cáucaso|Abkhaz|Abjasia|Ossetia|Osetia|Saakashvili|Georgian (?:Dream|government|Orthodox)|Sueño Georgiano/;
/** The same, said of a whole article: its politicians and other cities too. */
const COUNTRY_GEORGIA =
  /Tbilisi|Tiflis|Batumi|Kutaisi|Caucasus|Cáucaso|Abkhaz|Abjasia|Ossetia|Osetia|Saakashvili|Ivanishvili|Kobakhidze|Kavelashvili|Zourabichvili|Zurabishvili|Georgian (?:Dream|government|Orthodox|parliament|lari)|Sueño Georgiano|(?:gobierno|parlamento) georgiano/;
/** What only the state has: its cities (also as datelines) and counties, its governor, its agencies, "Ga.". */
const STATE_GEORGIA =
  /A(?:tlanta|TLANTA)|S(?:avannah|AVANNAH)|M(?:acon|ACON)|Gwinnett|Fulton County|Cobb County|DeKalb|Brian Kemp|Gov\. Kemp|Raffensperger|Peach State|Department of Driver Services|Georgia (?:General Assembly|Bureau of Investigation|State Patrol|Legislature)|\bGa\./;

/**
 * An article about Georgia the country names it in paragraphs that carry no cue of their own
 * ("Georgia's ruling party said…"): read whole, the article decides. It is about the country when
 * it names the country's places or people and nothing that only the state has.
 */
export function aboutCountryGeorgia(articleText: string): boolean {
  return COUNTRY_GEORGIA.test(articleText) && !STATE_GEORGIA.test(articleText);
}

/**
 * Georgia, Virginia, Indiana, Tennessee are also first names ("Georgia Harrison", "Indiana Jones"),
 * which stateName already reads as longer names. Georgia is also the country, the island "South
 * Georgia" and a font in text-style pickers.
 */
function firstNameState(i: RuleInput): boolean {
  if (!stateName(i, true)) return false;
  if (i.termId !== 'state:GA') return true;
  if (/\bSouth\s+$/i.test(before(i)) || GEORGIA_ELSEWHERE.test(i.text)) return false;
  // A text node that is only "Georgia" is a font name or a country in a list far more often than prose.
  return i.text.trim().length !== i.end - i.start;
}

/** "By Georgia Harrison and …", "Photos by …": the names that follow are people. */
const BYLINE = /^\s*(?:By|BY|(?:Photos?|Reporting|Written|Story) by)\s/;

/**
 * Bare "Washington" is mostly the capital, the federal government ("Washington elite") or a person
 * (Denzel, George, Kerry Washington). It counts as the state only with a cue that it is the state.
 */
const WASHINGTON_STATE_AFTER =
  /^\s+(?:state|State|Gov\.|Governor|governor|Legislature|legislature|Supreme Court|Attorney General|attorney general|Department of|Secretary of State)(?![\w'’])/;
const WASHINGTON_STATE_BEFORE =
  /(?:\b[Ss]tate of|\bestado de|\b[Ee]astern|\b[Ww]estern|\b[Cc]entral|\b(?:Seattle|Spokane|Tacoma|Olympia|Bellevue|Everett|Vancouver|Yakima|Bellingham|Redmond|Kennewick|Walla Walla),)\s+$/;

function washington(i: RuleInput): boolean {
  return WASHINGTON_STATE_AFTER.test(after(i)) || WASHINGTON_STATE_BEFORE.test(before(i));
}

/** "HAYWARD, Calif." style datelines and captions, or a party label "(D-Mass.)". */
const DATELINE_OR_PARTY = /(?:[A-Za-z.)],\s*|(?:^|[\s(])[DRI]-)$/;
/** German opening hours: "Mo. bis Fr.", "Mo.–Fr." — not Missouri. */
const GERMAN_WEEKDAYS = /^\s*(?:bis|und|[-–/,])\s*(?:Mo|Di|Mi|Do|Fr|Sa|So)\b/;

function apInContext(i: RuleInput): boolean {
  return DATELINE_OR_PARTY.test(before(i)) && !GERMAN_WEEKDAYS.test(after(i));
}

/** Acronyms that may stand next to ICE without making it a shouted headline word ("ICE ERO", "DHS ICE"), the lexicon's own among them. */
const KNOWN_ACRONYMS = new Set(['US', 'USA', 'FBI', 'DOJ', 'DEA', 'ATF', 'TSA', 'ACLU', 'HQ', 'AP', 'GOP', 'ID', ...FORM_ACRONYMS]);

/** ICE the train (InterCity Express), the exchange (Intercontinental Exchange). */
const OTHER_ICE = /Intercontinental Exchange|InterCity|Deutsche Bahn|ICE (?:Futures|futures|Brent)/;
/** German around the train, for German text on a page that declares English ("Im ICE nach Berlin"). */
const GERMAN_BEFORE_ICE = /(?:^|\s)(?:[Ii]m|dem|den|der|einem|einen)\s+$/;
const TRAIN_AFTER_ICE = /^(?:-|\s+)(?:Strecke|Zug|Züge|Sprinter|trains?|high-speed|von|nach|zwischen)(?![\w'’])/;

function shouted(word: string | undefined): boolean {
  return word !== undefined && word.length > 1 && word === word.toUpperCase() && !KNOWN_ACRONYMS.has(word.replace(/['’]S$/, ''));
}

/**
 * "ICE-" heading a compound is the agency when the compound says what ICE did or is like: a
 * participle ("ICE-led", "ICE-run", "ICE-detained"), a kind ("ICE-style") or an agency acronym
 * ("ICE-ERO"). Any other second half makes it a coined word, mostly marketing: "ICE-cold",
 * "ICE-T", "ICE-box", "ICE-COLD DEALS".
 */
const AGENCY_COMPOUND = /^(?:[a-z]{2,}ed|led|run|held|built|made|driven|style|type|like)$/i;

/** "ICE" next to other capitalised words is a headline shouting ("BREAK THE ICE", "ICE CREAM"). */
function ice(i: RuleInput): boolean {
  const head = before(i);
  const rest = after(i);
  if (TRAIN_AFTER_ICE.test(rest) || GERMAN_BEFORE_ICE.test(head) || OTHER_ICE.test(i.text)) return false;
  const part = /^-([A-Za-z]+)/.exec(rest)?.[1];
  if (part !== undefined) return KNOWN_ACRONYMS.has(part) || (part !== part.toUpperCase() && AGENCY_COMPOUND.test(part));
  const prev = /([A-Za-z][A-Za-z'’]*)\s+$/.exec(head)?.[1];
  const next = /^\s+([A-Za-z][A-Za-z'’]*)/.exec(rest)?.[1];
  return !shouted(prev) && !shouted(next);
}

const RULES: Record<Exclude<FormRule, 'needs-state'>, (i: RuleInput) => boolean> = {
  'state-name': stateName,
  'person-name': firstNameState,
  washington,
  'ap-context': apInContext,
  ice,
};

/** Whether a match passes its form's rule. 'needs-state' is decided by the caller, over the whole text. */
export function passesRule(rule: FormRule | undefined, input: RuleInput): boolean {
  return rule === undefined || rule === 'needs-state' || RULES[rule](input);
}

/** Postal codes that are also words, credentials or country codes: "OK", "Jane Doe, MD", "Berlin, DE". */
const WORDLIKE_POSTAL = new Set('AL AR CO CT DC DE HI ID IN LA MA MD MO MS NE OH OK OR PA SD VA'.split(' '));

/**
 * Two-letter codes count only in an address or party label: "Albuquerque, NM", "Sacramento, CA 95814",
 * "(D-CA)". The regex already required a comma or party prefix before the code.
 */
export function acceptPostalCode(text: string, start: number, end: number, code: string): boolean {
  const head = text.slice(Math.max(0, start - WINDOW), start);
  if (/(?:^|[\s(])[DRI]-$/.test(head)) return true;
  const tail = text.slice(end, end + WINDOW);
  if (/^\s+\d{5}(?!\d)/.test(tail)) return true;
  if (WORDLIKE_POSTAL.has(code)) return false;
  return /(?:^|[\s(])[A-Z][a-z][\w.'’-]*,\s?$/.test(head) && /^(?:\s*$|\s*[,.;:)\]|/•·–—-])/.test(tail);
}

/** Most longer words capitalised: a headline, a title, a menu — where capitals say nothing about names. */
export function looksLikeTitle(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z'’]{3,}/g);
  if (!words || words.length < 3) return false;
  let capitalised = 0;
  for (const w of words) if (w.charCodeAt(0) < 97) capitalised++;
  return capitalised >= words.length * 0.75;
}
