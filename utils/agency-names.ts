/**
 * The agency names a state's document uses, read from its text: for imported states, which have no
 * lexicon entries of their own ("Colorado Department of Revenue", "Division of Motor Vehicles",
 * "Department of Driver Services").
 *
 * A name is a capitalised phrase "(State )(Qualifier )(Department|Division|Bureau|Office|
 * Administration) of …". It counts when the document writes it at least twice, or once with its
 * state's name before it ("Colorado Department of Revenue", "Colorado’s Division of Motor Vehicles"):
 * a name written once without its state is as likely another state's, or a passing generic
 * ("the Department of Motor Vehicles in most states"). Names with another state's name or a federal
 * mark before them ("U.S. Department of Homeland Security", "federal Department of Justice") are
 * not the state's; nor, without the state's name, are the federal departments a document on
 * immigration mentions ("Department of Homeland Security"). One name per agency, in the order the
 * document first writes it, with its state's name when the document ever writes it so.
 */
import type { ParsedDocument, ParsedEntry, StoredDocument } from './document-types';
import { termById } from '../data/lexicon';
import { STATES } from '../data/states';
import { matchTerms } from './match-terms';

const HEAD = 'Department|Division|Bureau|Office|Administration';
/**
 * A capitalised word of a name: not the head of the next name ("… of Revenue and Division of …"), nor
 * a small word a title-cased heading capitalises ("Department of Revenue Data Sharing With ICE").
 */
const WORD = `(?!(?:${HEAD}|With|To|In|On|At|By|From|And|Or|The|Is|Are|Does|Do|Has|Have|Can|Will)\\b)[A-Z][A-Za-z-]*(?:['’]s(?= [A-Z]))?`;
/** Words before the head: the state's name (also "Colo.", "Colorado’s"), qualifiers, "U.S.". */
const LEAD = `(?:[A-Z][A-Za-z]*(?:['’]s)?|[A-Z][a-z]{1,4}\\.|U\\.S\\.) `;
const NAME = new RegExp(
  `((?:${LEAD}){0,4})(?:${HEAD}) of (?:the )?${WORD}(?: (?:(?:of|and|for|&)(?: the)? )?${WORD}){0,6}`,
  'g',
);
/** Capitalised words that start a sentence or a clause, not a name. */
const NOT_A_QUALIFIER =
  /^(?:The|A|An|In|Under|This|That|These|Its|Their|Both|And|But|Or|Each|Every|When|While|If|Yes|No|Also|However|Then|For|From|By|With|At|To|On|Of|As|Only|Many|Some|Most|Other)$/;
const FEDERAL_BEFORE = /(?:\b[Ff]ederal|U\.S\.|\bUSA?|United States)\s*$/;
const FEDERAL_BARE = /^Department of (?:Homeland Security|Justice|State|Labor)$/;

interface Seen {
  count: number;
  named: boolean;
  /** The name with its state's name before it, as the document writes it. */
  withState?: string;
}

/** What agencyNamesOf reads of a document: its state and its questions and answers. */
export type AgencySource = Pick<ParsedDocument, 'state'> & { entries: readonly Pick<ParsedEntry, 'question' | 'text'>[] };

export function agencyNamesOf(document: AgencySource): string[] {
  const own = STATES.find((s) => s.code === document.state.code);
  const ownNames = [document.state.name, own?.ap].filter((n): n is string => Boolean(n));
  const otherNames = STATES.filter((s) => s !== own).map((s) => s.name);
  const seen = new Map<string, Seen>();

  // A title-cased question shows no end to a name ("… Department of Revenue Share Data With ICE?").
  const texts = document.entries.flatMap((e) => (titleCased(e.question) ? [e.text] : [e.question, e.text]));
  for (const text of texts.map((t) => t.replace(/\s+/g, ' '))) {
    for (const m of text.matchAll(NAME)) {
      const words = m[1].split(' ').filter(Boolean);
      while (words.length && NOT_A_QUALIFIER.test(words[0])) words.shift();
      let name = [...words, m[0].slice(m[1].length)].join(' ');
      const start = m.index + m[0].length - name.length;
      // "between the Administrative Office of the Courts and Immigration and Customs Enforcement": two names.
      if (/\bbetween (?:the )?$/.test(text.slice(Math.max(0, start - 12), start))) name = name.replace(/ (?:and|&) .*/, '');
      if (FEDERAL_BEFORE.test(text.slice(Math.max(0, start - 16), start) + words.join(' '))) continue;
      if (otherNames.some((n) => stateAtStart(name, n))) continue;
      const state = ownNames.map((n) => stateAtStart(name, n)).find((s) => s !== undefined);
      const core = state?.rest ?? name;
      const entrySeen = seen.get(core) ?? { count: 0, named: false };
      entrySeen.count++;
      if (state) {
        entrySeen.named = true;
        // "Colorado’s Division of …" names the state; the agency's own name is the one without it.
        if (!state.possessive) entrySeen.withState ??= name;
      }
      seen.set(core, entrySeen);
    }
  }

  const names: string[] = [];
  for (const [core, s] of seen) {
    if (s.named) names.push(s.withState ?? core);
    else if (s.count >= 2 && !FEDERAL_BARE.test(core)) names.push(core);
  }
  return names;
}

/** "New Mexico Administrative Office …" starts with "New Mexico"; "Virginia Department …" not with "West Virginia". */
function stateAtStart(name: string, state: string): { rest: string; possessive: boolean } | undefined {
  if (!name.startsWith(state)) return undefined;
  const possessive = /^['’]s /.exec(name.slice(state.length));
  if (possessive) return { rest: name.slice(state.length + possessive[0].length), possessive: true };
  return name[state.length] === ' ' ? { rest: name.slice(state.length + 1), possessive: false } : undefined;
}

function titleCased(line: string): boolean {
  const words = line.match(/\b[A-Za-z]{4,}/g) ?? [];
  return words.length >= 3 && words.filter((w) => w.charCodeAt(0) < 97).length >= words.length * 0.75;
}

/**
 * An agency of an imported state, as the background publishes it with coverage and the content
 * script matches it: the id is only ever read back from the published list.
 */
export interface ImportedAgency {
  /** `agency:<state>-imported-<n>`, numbered per state in the order the documents name them. */
  id: string;
  stateCode: string;
  /** The name as the document writes it, which is also what the page must say. */
  label: string;
  topic: 'dmv' | 'courts';
}

/** Each becomes a regex branch on every page: a document that names dozens is not read for more. */
const MAX_PER_STATE = 8;

/**
 * The agencies of imported documents' states, for the content script to match. A name the bundled
 * lexicon already reads as one of that state's agencies is left to it ("New Mexico Administrative
 * Office of the Courts" in an imported New Mexico document).
 */
export function importedAgencies(
  documents: readonly Pick<StoredDocument, 'id' | 'stateCode' | 'stateName' | 'topic' | 'source'>[],
  entries: readonly { docId: string; question: string; text: string }[],
): ImportedAgency[] {
  const byState = new Map<string, ImportedAgency[]>();
  for (const doc of documents) {
    if (doc.source !== 'imported') continue;
    const own = entries.filter((e) => e.docId === doc.id);
    const list = byState.get(doc.stateCode) ?? [];
    for (const label of agencyNamesOf({ state: { code: doc.stateCode, name: doc.stateName }, entries: own })) {
      if (list.length >= MAX_PER_STATE || list.some((a) => a.label === label) || inLexicon(label, doc.stateCode)) continue;
      list.push({
        id: `agency:${doc.stateCode}-imported-${list.length + 1}`,
        stateCode: doc.stateCode,
        label,
        topic: doc.topic === 'court-information-sharing' ? 'courts' : 'dmv',
      });
    }
    byState.set(doc.stateCode, list);
  }
  return [...byState.keys()].sort().flatMap((code) => byState.get(code)!);
}

function inLexicon(name: string, stateCode: string): boolean {
  return matchTerms(name, { lang: 'en', contextStates: [stateCode] }).some(
    (m) => m.start === 0 && m.end === name.length && termById(m.termId)?.kind === 'agency' && termById(m.termId)?.stateCode === stateCode,
  );
}
