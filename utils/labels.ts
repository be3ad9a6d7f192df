/**
 * Warning labels on answers: "hedged" (a dating hedge), "general" (talks about states in general),
 * "contradicted" (another answer of the same document takes the opposite stance).
 *
 * Contradictions are found by a stance heuristic with precision first: a false "contradicted" label
 * discredits a correct answer, a missed one only withholds a warning. An answer takes a stance only
 * through a sentence that
 *   - names its own state (or says "the state") with no other state named closer before the match,
 *     so "states like California, which have implemented legislation to limit…" is not Maine's stance;
 *   - is about sharing with ICE or immigration authorities (or sharing in general, for "no law");
 *   - is not hypothetical, conditional or advocacy ("would", "if", "may", "push for" …);
 *   - says either "restricts" ("has laws in place that prevent", "prohibits … from sharing",
 *     "does not share") or "permits" ("has not established specific laws", "there are no laws
 *     that restrict", "shares data with ICE", "providing ICE with access").
 * An answer with sentences of both kinds takes no stance. Opposite stances contradict, both ways.
 */
import type { EntryFacets, EntryLabel, ParsedDocument, ParsedEntry } from './document-types';
import { STATES } from '../data/states';

export type Stance = 'restricts' | 'permits';

type LabelDoc = Pick<ParsedDocument, 'state' | 'topic' | 'title'>;

const SHARE_VERB = String.raw`(?:shar(?:e|es|ing)|disclos(?:e|es|ing|ure)|provid(?:e|es|ing)|dissemination|releas(?:e|es|ing)|giv(?:e|es|ing))`;
const RESTRICT_VERB = String.raw`(?:prevent|prohibit|restrict|limit|bar|block|forbid)`;
const LAW_NOUN = String.raw`(?:laws?|legislation|statutes?|policies|policy|measures|restrictions|regulations)`;

const RESTRICT_PATTERNS: RegExp[] = [
  // "Maine has laws in place that specifically prevent …", "there are laws in place that restrict …"
  new RegExp(String.raw`\b(?:has|have|there are)(?: (?!not\b|no\b|never\b)\w+){0,3} ${LAW_NOUN}(?: in place)? (?:that|which|to) (?:specifically |explicitly )?${RESTRICT_VERB}`, 'i'),
  // "prohibits the DMV from sharing", "restricts the dissemination of …"
  new RegExp(String.raw`\b(?:prohibits|prohibited|bars|barred|forbids|prevents|restricts|limits)\b[^.]{0,80}?\b${SHARE_VERB}\b`, 'i'),
  // "does not share", "currently does not share", "do not automatically share"
  new RegExp(String.raw`\b(?:does|do) not (?:automatically |currently |routinely )?${SHARE_VERB}\b`, 'i'),
];

const PERMIT_PATTERNS: RegExp[] = [
  // "Maine has not established specific laws or policies to address this issue"
  new RegExp(String.raw`\b(?:has|have) not (?:yet )?(?:established|enacted|passed|adopted|implemented|put in place) (?:any )?(?:specific |explicit )?${LAW_NOUN}\b`, 'i'),
  new RegExp(String.raw`\bthere (?:are|is) no (?:specific |explicit )?${LAW_NOUN}(?: in place)?(?: that| to)? ${RESTRICT_VERB}`, 'i'),
  /\b(?:shares|is sharing|does share|continues to share|routinely shares)\b(?: [\w’'-]+){0,4}? (?:data|information|records) with (?:ICE|Immigration and Customs Enforcement|federal immigration)/i,
  /\bprovid(?:es|ing) ICE with (?:direct )?access\b/i,
];

const ABOUT_IMMIGRATION = /\bICE\b|immigration/i;
const ABOUT_SHARING = /\bICE\b|immigration|\bshar(?:e|ing)\b|this issue/i;
const HYPOTHETICAL =
  /\b(?:if|when|whether|would|could|should|might|may|were to|propos\w*|aims? to|calls? for|calling for|push(?:es|ing)? for|advocat\w*|lobby\w*)\b/i;
const STATE_NAMES = new RegExp(`\\b(?:${STATES.map((s) => s.name).join('|')})\\b`, 'g');

/** The answer's stance on whether its state restricts sharing with ICE, if it clearly takes one. */
export function stanceOf(text: string, stateName: string): Stance | undefined {
  let restricts = false;
  let permits = false;
  for (const sentence of sentencesOf(text)) {
    if (HYPOTHETICAL.test(sentence)) continue;
    // "has not established laws to restrict" is a permit sentence that also reads as a restriction.
    if (ABOUT_SHARING.test(sentence) && matchesForOwnState(sentence, PERMIT_PATTERNS, stateName)) permits = true;
    else if (ABOUT_IMMIGRATION.test(sentence) && matchesForOwnState(sentence, RESTRICT_PATTERNS, stateName)) restricts = true;
  }
  return restricts === permits ? undefined : restricts ? 'restricts' : 'permits';
}

function matchesForOwnState(sentence: string, patterns: RegExp[], stateName: string): boolean {
  const mentions = [...sentence.matchAll(STATE_NAMES)].map((m) => ({ at: m.index, own: m[0] === stateName }));
  const others = mentions.some((m) => !m.own);
  const saysTheState = /\bthe state\b/i.test(sentence);
  return patterns.some((pattern) => {
    const match = pattern.exec(sentence);
    if (!match) return false;
    const before = mentions.filter((m) => m.at < match.index);
    if (before.length > 0) return before[before.length - 1].own;
    // Nothing named before the match: the sentence must be about its own state and no other.
    return !others && (mentions.length > 0 || saysTheState);
  });
}

function sentencesOf(text: string): string[] {
  return text.split(/\n+|(?<=[.!?])\s+(?=[A-Z“"(])/);
}

/** Labels per question number; every entry gets an array, possibly empty. */
export function computeLabels(
  entries: ReadonlyArray<ParsedEntry & EntryFacets>,
  doc: LabelDoc,
): Map<number, EntryLabel[]> {
  const labels = new Map<number, EntryLabel[]>(entries.map((e) => [e.number, []]));
  const stateName = doc.state.name;

  for (const entry of entries) {
    const own = labels.get(entry.number)!;
    if (entry.hedges.length > 0) own.push(hedgedLabel(entry.hedges));
    if (entry.scope === 'general') {
      own.push({ kind: 'general', explanation: `Speaks about states in general, not specifically about ${stateName}.` });
    }
  }

  const stances = entries.map((e) => ({ number: e.number, stance: stanceOf(e.text, stateName) }));
  for (const { number, stance } of stances) {
    if (!stance) continue;
    const related = stances.filter((o) => o.stance && o.stance !== stance).map((o) => o.number);
    if (related.length === 0) continue;
    related.sort((a, b) => a - b);
    labels.get(number)!.push({
      kind: 'contradicted',
      explanation: contradictionText(stance, related, stateName),
      related,
    });
  }
  return labels;
}

function hedgedLabel(hedges: string[]): EntryLabel {
  const quoted = hedges.map((h) => `“${h}”`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  const what = hedges.length === 1 ? 'a dating hedge' : 'dating hedges';
  return {
    kind: 'hedged',
    explanation: `Contains ${list}, ${what} typical of machine-generated text: the answer may be out of date.`,
  };
}

function contradictionText(stance: Stance, related: number[], stateName: string): string {
  const others = related.length === 1 ? `question ${related[0]}` : `questions ${joinNumbers(related)}`;
  return stance === 'restricts'
    ? `Says ${stateName} restricts sharing with ICE, but the answer to ${others} says it has no such law or shares data.`
    : `Says ${stateName} has no law restricting sharing with ICE (or shares data), but the answer to ${others} says it restricts sharing.`;
}

function joinNumbers(numbers: number[]): string {
  return numbers.length === 1 ? String(numbers[0]) : `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
