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
 *   - asserts it: "if", "whether", "would", "could", "should", "might" and advocacy ("push for")
 *     make the whole sentence hypothetical, while "when" and "may" only take out what they govern;
 *   - says either "restricts" or "permits", firmly or with a qualification:
 *       restricts, firmly: "has laws in place that prevent", "has enacted laws preventing", "prohibits
 *         … from sharing", "does not share", "the sharing of … with ICE is prohibited";
 *       restricts, qualified: "laws that restrict/limit", "restrictions on the sharing of …", "does
 *         not automatically share";
 *       permits, firmly: "has not established specific laws", "there are no laws that restrict",
 *         "shares data with ICE", "providing ICE with access", "must report … to ICE", "the sharing
 *         of … with ICE in Maine has had an impact on …";
 *       permits, qualified: "the information shared between the DMV and ICE includes", "may be
 *         shared with ICE".
 * An answer with sentences of both kinds takes no stance; one with firm and qualified sentences of
 * the same kind is firm. Opposite stances contradict, both ways, unless both are qualified: a limit
 * on sharing and a list of what is still shared can both be true, a ban and that list cannot.
 * tests/unit/labels-vs-review.test.ts measures all this against the project's review of the bundled
 * answers; run it after any change here.
 */
import type { EntryFacets, EntryLabel, ParsedDocument, ParsedEntry } from './document-types';
import { STATES } from '../data/states';

export type Stance = 'restricts' | 'permits';

/** A stance, and whether the answer takes it without qualification (see the header). */
export interface StanceReading {
  stance: Stance;
  firm: boolean;
}

type LabelDoc = Pick<ParsedDocument, 'state' | 'topic' | 'title'>;

const SHARE_VERB = String.raw`(?:shar(?:e|es|ing)|disclos(?:e|es|ing|ure)|provid(?:e|es|ing)|dissemination|releas(?:e|es|ing)|giv(?:e|es|ing))`;
/** A ban, and a limit: "prevent" leaves nothing through, "restrict" may. */
const BAN_VERB = String.raw`(?:prevent|prohibit|bar|block|forbid)`;
const LIMIT_VERB = String.raw`(?:restrict|limit)`;
const RESTRICT_VERB = String.raw`(?:${BAN_VERB}|${LIMIT_VERB})`;
const BAN_ING = String.raw`(?:preventing|prohibiting|barring|blocking|forbidding)`;
const LIMIT_ING = String.raw`(?:restricting|limiting)`;
const LAW_NOUN = String.raw`(?:laws?|legislation|statutes?|policies|policy|measures|restrictions|regulations)`;
const SHARING_NOUN = String.raw`(?:sharing|disclosure|release|dissemination)`;
const ICE = String.raw`(?:ICE|Immigration and Customs Enforcement|federal immigration)`;
const STATE_NAME = `(?:${STATES.map((s) => s.name).join('|')})`;
/** Sentence openers that leave the subject in place: "Overall, the sharing of …". */
const OPENER = String.raw`(?:(?:Overall|Ultimately|Additionally|Furthermore|Moreover|However|In conclusion|In summary|In essence|In short|As a result),? )?`;

/**
 * "Maine has laws in place that specifically prevent …", "there are laws in place that restrict …",
 * "has enacted laws preventing …", "there are laws in place preventing …", "passed a law that
 * restricts …". The lookbehind keeps "has not passed laws preventing" out (a permit, matched first).
 */
const lawThat = (verb: string, ing: string) =>
  new RegExp(
    String.raw`(?<!\b(?:not|never|no) )\b(?:has|have|there are|passed|enacted|adopted|signed|implemented)(?: (?!not\b|no\b|never\b)\w+){0,3} ${LAW_NOUN}(?: in place)?(?: (?:that|which|to) (?:specifically |explicitly )?${verb}| ${ing}\b)`,
    'i',
  );
/** "the sharing of DMV data with ICE is prohibited (in Maine)" */
const sharingIs = (what: string) =>
  new RegExp(String.raw`\b${SHARING_NOUN} of [^.;:]{1,80}? with ${ICE}\b[^.;:]{0,30}? is (?:(?:strictly|expressly|generally) )?${what}`, 'i');

const RESTRICT_FIRM: RegExp[] = [
  lawThat(BAN_VERB, BAN_ING),
  // "prohibits the DMV from sharing", "is prohibited from disclosing"
  new RegExp(String.raw`\b(?:prohibits|prohibited|bars|barred|forbids|prevents)\b[^.]{0,80}?\b${SHARE_VERB}\b`, 'i'),
  // "does not share", "currently does not share"
  new RegExp(String.raw`\b(?:does|do) not (?:currently )?${SHARE_VERB}\b`, 'i'),
  sharingIs(String.raw`(?:prohibited|barred|banned|forbidden|not (?:allowed|permitted))\b`),
];

const RESTRICT_QUALIFIED: RegExp[] = [
  lawThat(LIMIT_VERB, LIMIT_ING),
  // "restricts the dissemination of …", "limits the sharing of …"
  new RegExp(String.raw`\b(?:restricts|limits)\b[^.]{0,80}?\b${SHARE_VERB}\b`, 'i'),
  // Not automatically, so on request: a limit, not a refusal.
  new RegExp(String.raw`\b(?:does|do) not (?:automatically|routinely) ${SHARE_VERB}\b`, 'i'),
  // The nominal form: "there are restrictions on the sharing of court information with ICE".
  new RegExp(
    String.raw`\b(?:there (?:are|is)|has|have|imposes|places)(?: (?!no\b|not\b|never\b|few\b)\w+){0,2} (?:restrictions|limits|limitations|prohibitions?|bans?) on (?:the )?${SHARING_NOUN} of\b`,
    'i',
  ),
  sharingIs(String.raw`(?:restricted|limited|subject to (?:\w+ ){0,4}restrictions)\b`),
];

/**
 * "The sharing of … with ICE in Maine" as the subject of a claim about what it does ("has had a
 * significant impact on", "aligns with the enforcement strategies", "is part of"): effects only follow
 * from a practice that exists, so the answer says the state shares. Concerns, debate and controversy
 * ("has raised concerns", "has sparked debate") are left out on purpose: they attach as well to a
 * practice that is feared or proposed, and the reviews do not read them as a stance. So are modal
 * predicates ("can have", "must comply"), which say nothing about what happens.
 */
const SHARING_HAS_EFFECTS = new RegExp(
  String.raw`^${OPENER}the sharing of [^.,;:]{1,80}? with ${ICE}(?: \(ICE\)| authorities| agencies| officials)? in ${STATE_NAME} (?:\w+ly )?(?:has (?:had )?(?:a |an )?(?:\w+ ){0,2}(?:impact|effect|influence)s?\b|has (?:created|led to|resulted in|contributed to|enabled|allowed)\b|(?:aligns|intersects|contributes|enables|allows|facilitates|supports)\b|is (?:(?:seen|viewed|used) as\b|(?:a |an |just |also )?(?:\w+ ){0,4}?(?:part|component|element|tool)\b))`,
  'i',
);

const PERMIT_FIRM: RegExp[] = [
  // "Maine has not established specific laws or policies to address this issue"
  new RegExp(String.raw`\b(?:has|have) not (?:yet )?(?:established|enacted|passed|adopted|implemented|put in place) (?:any )?(?:specific |explicit )?${LAW_NOUN}\b`, 'i'),
  // "there are no laws that restrict", "there are no laws preventing" (the verb is a prefix of its -ing
  // form), and "there have not been specific legislative initiatives in Maine aimed at restricting":
  // a state that has not even tried to restrict has no restriction.
  new RegExp(
    String.raw`\bthere (?:(?:are|is) no|(?:have|has) (?:not been|been no)(?: any)?) (?:specific |explicit )?(?:legislative initiatives|${LAW_NOUN})(?: in ${STATE_NAME})?(?: in place)?(?: that| to| aimed at)? ${RESTRICT_VERB}`,
    'i',
  ),
  // The nominal form of the same: "there are no restrictions on the sharing of DMV data with ICE".
  new RegExp(String.raw`\bthere (?:are|is) no (?:specific |explicit |legal )?(?:restrictions|limits|limitations|prohibitions?) on (?:the )?${SHARING_NOUN} of\b`, 'i'),
  /\b(?:shares|is sharing|does share|continues to share|routinely shares)\b(?: [\w’'-]+){0,4}? (?:data|information|records) with (?:ICE|Immigration and Customs Enforcement|federal immigration)/i,
  /\bprovid(?:es|ing) ICE with (?:direct )?access\b/i,
  // "… must report such information to ICE": a duty to share is the opposite of a restriction.
  new RegExp(String.raw`\b(?:must|shall|(?:is|are) required to) (?:report|share|provide|disclose)\b[^.;:]{0,80}?\bto ${ICE}`, 'i'),
  SHARING_HAS_EFFECTS,
];

const PERMIT_QUALIFIED: RegExp[] = [
  // "The information (that is) shared between the California DMV and ICE primarily includes …": what
  // is shared, so something is, which a limit allows and a ban does not. "… is limited to …" and
  // "includes only …" are not read.
  new RegExp(
    String.raw`\b(?:information|data|records) (?:that (?:is|are) )?(?:\w+ly )?shared (?:between|with)\b[^.;:]{0,80}?\b${ICE}\b[^.;:]{0,40}? (?:\w+ly )?(?:includes?|pertains? to|consists? of)\b(?! only\b)`,
    'i',
  ),
];

/**
 * "may be shared with ICE", "may share information with federal agencies like ICE", "the DMV may
 * provide ICE with addresses": sharing is possible, which is what a ban denies, so it reads as a
 * qualified "permits". Not when anything in the sentence makes it conditional or limited ("when ICE
 * issues a detainer", "only with a court order", "unless", "if required by law"): that is the
 * exception a restriction leaves, not its absence. "may not share" is not read at all: its deontic
 * ("is not allowed to") and epistemic ("perhaps does not") readings are opposite stances, and the
 * sentence does not tell them apart.
 */
const MAY_SHARE = new RegExp(
  String.raw`\bmay (?:also )?(?:be (?:shared|provided|disclosed|released|given|passed on|made available) (?:with|to)|(?:share|provide|disclose|release|give|pass on)\b[^.,;:]{0,60}?\b(?:with|to)) (?:(?:federal |other )?(?:agencies|authorities) (?:like|such as|including) )?${ICE}\b|\bmay provide ICE with\b`,
);
const CONDITIONED = /\b(?:only|unless|except|if|when|whenever|provided that|court orders?|warrants?|subpoenas?|required by|consent|certain (?:circumstances|conditions|cases)|limited|not)\b/i;

const ABOUT_IMMIGRATION = /\bICE\b|immigration/i;
const ABOUT_SHARING = /\bICE\b|immigration|\bshar(?:e|ing)\b|this issue/i;
/** Words that make a whole sentence hypothetical, conditional or advocacy. */
const HYPOTHETICAL =
  /\b(?:if|whether|would|could|should|might|were to|propos\w*|aims? to|calls? for|calling for|push(?:es|ing)? for|advocat\w*|lobby\w*)\b/i;
/**
 * "when" opens a clause that is a condition or a time, not a claim: "When DMV data is shared with ICE,
 * people fear…" does not say the state shares, but "Maine prohibits sharing with ICE when no warrant
 * is shown" still says it restricts. So only the clause goes, up to its comma (or the sentence's end).
 */
const WHEN_CLAUSE = /\bwhen(?:ever)?\b[^,;:]*/gi;
/**
 * The modal "may" hedges what it governs, to the end of its clause ("practices may vary"), not the
 * rest of the sentence; MAY_SHARE reads the one "may" that is a stance. Lower case only: the month
 * ("In May 2019, Maine enacted …") is capitalised, and a sentence-initial modal ("May the DMV
 * share…?") is a question, which asserts nothing anyway.
 */
const MAY_CLAUSE = /\bmay\b[^,;:]*/g;
const STATE_NAMES = new RegExp(`\\b${STATE_NAME}\\b`, 'g');

/** The answer's stance on whether its state restricts sharing with ICE, if it clearly takes one. */
export function stanceOf(text: string, stateName: string): Stance | undefined {
  return stanceReading(text, stateName)?.stance;
}

/** The stance, and whether any sentence takes it firmly. */
export function stanceReading(text: string, stateName: string): StanceReading | undefined {
  // Stance → whether some sentence takes it firmly.
  const found = new Map<Stance, boolean>();
  const note = (stance: Stance, firm: boolean) => found.set(stance, firm || (found.get(stance) ?? false));
  for (const sentence of sentencesOf(text)) {
    if (HYPOTHETICAL.test(sentence)) continue;
    const unconditional = blank(sentence, WHEN_CLAUSE);
    const asserted = blank(unconditional, MAY_CLAUSE);
    const says = (patterns: RegExp[]) => matchesForOwnState(sentence, asserted, patterns, stateName);
    // Permits first: "has not established laws to restrict" also reads as a restriction.
    if (ABOUT_SHARING.test(sentence)) {
      if (says(PERMIT_FIRM)) {
        note('permits', true);
        continue;
      }
      if (says(PERMIT_QUALIFIED) || maySharesForOwnState(sentence, unconditional, stateName)) {
        note('permits', false);
        continue;
      }
    }
    if (ABOUT_IMMIGRATION.test(sentence)) {
      if (says(RESTRICT_FIRM)) note('restricts', true);
      else if (says(RESTRICT_QUALIFIED)) note('restricts', false);
    }
  }
  if (found.size !== 1) return undefined;
  const [[stance, firm]] = found;
  return { stance, firm };
}

/** "may be shared with ICE" said of the state, with nothing in the sentence that conditions it. */
function maySharesForOwnState(sentence: string, unconditional: string, stateName: string): boolean {
  const match = MAY_SHARE.exec(unconditional);
  return match !== null && !CONDITIONED.test(sentence) && ownStateAt(sentence, match.index, stateName);
}

/** Replaces what the pattern matches with spaces, so that positions stay those of the sentence. */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => ' '.repeat(m.length));
}

/**
 * Patterns are matched on `asserted` (the sentence with its conditional and hedged parts blanked),
 * states are looked up in the whole `sentence`: a state named in a "when" clause still says whose
 * practice the rest describes.
 */
function matchesForOwnState(sentence: string, asserted: string, patterns: RegExp[], stateName: string): boolean {
  return patterns.some((pattern) => {
    const match = pattern.exec(asserted);
    return match !== null && ownStateAt(sentence, match.index, stateName);
  });
}

function ownStateAt(sentence: string, at: number, stateName: string): boolean {
  const mentions = [...sentence.matchAll(STATE_NAMES)].map((m) => ({ at: m.index, own: m[0] === stateName }));
  const before = mentions.filter((m) => m.at < at);
  if (before.length > 0) return before[before.length - 1].own;
  // Nothing named before the match: the sentence must be about its own state and no other.
  const saysTheState = /\bthe state\b/i.test(sentence);
  return !mentions.some((m) => !m.own) && (mentions.length > 0 || saysTheState);
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

  const readings = entries.map((e) => ({ number: e.number, reading: stanceReading(e.text, stateName) }));
  for (const { number, reading } of readings) {
    if (!reading) continue;
    const { stance } = reading;
    const related = readings
      .filter(({ reading: other }) => other && other.stance !== stance && (other.firm || reading.firm))
      .map((o) => o.number);
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
