/**
 * Ranking: which answers a reader most likely wants for a term in this article.
 * Pure and run by the background. Each score part adds a reason, which the popover shows the
 * reader ("Why here: …") and the tests check, so the ranking is explained rather than tuned blind.
 */
import type { ClaimVerdict } from '@/data/checked-types';
import { topicOfWords } from '@/data/topic-words';
import type { EntryLabel, Theme, Topic } from './document-types';
import { verdictRank } from './review';

export interface RankTerm {
  kind: 'state' | 'agency' | 'topic';
  stateCode?: string;
  /** What an agency or topic term is about ('courts', 'dmv', 'license', 'federal', 'law'). */
  topic?: string;
}

export interface RankContext {
  /** State code → mentions on the page. */
  states: Record<string, number>;
  /** States named in the term's own paragraph. */
  nearStates?: string[];
  /** Lower-case words near the term. */
  topicWords: string[];
}

export interface Rankable {
  id: string;
  docId: string;
  stateCode: string;
  topic: Topic;
  number: number;
  theme: Theme;
  scope: 'state' | 'general';
  labels: EntryLabel[];
  /** The project's review verdict (and its claims by verdict); absent for documents nobody reviewed (imports). */
  review?: { verdict: ClaimVerdict; counts?: Partial<Record<ClaimVerdict, number>> };
}

/** Why an answer ranks where it does: a code the interface words (why_<code>), and a count for some. */
export type RankReason =
  | { code: 'own-state' | 'paragraph-state' | 'topic-courts' | 'topic-dmv' | 'current-policy' | 'legal-basis' | 'general' | 'hedged' | 'contradicted' }
  | { code: 'article-state'; count: number }
  | { code: `verdict-${ClaimVerdict}` };

export interface Ranked<T> {
  item: T;
  score: number;
  reasons: RankReason[];
}

/** Current policy and legal basis first; commentary and speculation last. */
export const THEME_WEIGHT: Record<Theme, number> = {
  'current-policy': 30,
  'legal-basis': 26,
  'what-is-shared': 22,
  process: 16,
  safeguards: 13,
  'individual-action': 10,
  impact: 8,
  comparison: 5,
  controversy: 4,
  future: 3,
};

export const WEIGHTS = {
  ownState: 100,
  /** For terms without a state: the most-mentioned covered state gets this much, others pro rata. */
  articleState: 60,
  /** For terms without a state: a state named in the term's own paragraph outweighs page counts. */
  nearState: 80,
  topicMatch: 35,
  /** Without any topic signal, DMV documents answer most questions readers bring. */
  defaultTopic: 4,
  general: -15,
  hedged: -8,
  contradicted: -4,
} as const;

/**
 * The review's verdict: supported answers before unsupported and wrong ones of the same theme,
 * and a wrong answer also yields to a supported one of a neighbouring theme (theme weights differ
 * by 1–6 points). The spread (15) stays below the gap between a state the paragraph names and
 * one the page mentions, so reliability orders answers within the right state, never across.
 * Not reviewed (imports) counts as 0.
 */
export const VERDICT_WEIGHT: Record<ClaimVerdict, number> = {
  supported: 5,
  general: -3,
  unsupported: -3,
  outdated: -5,
  wrong: -10,
};

/** The themes of answers that say what the state does or what its law is: the ones that may lead. */
const LEAD_THEMES: Theme[] = ['current-policy', 'legal-basis', 'what-is-shared', 'comparison'];
const THEME_ORDER: Theme[] = [...LEAD_THEMES, 'process', 'safeguards', 'impact', 'individual-action', 'controversy', 'future'];

/**
 * The answer a document leads with, in the side panel (its headline) and in the popover (its first
 * answer): the best-supported answer on what the state does now. Among the answers that speak of
 * the state's policy or law (not "general" ones), the review decides first: its verdict (worst
 * claim), then, where no claim is wrong or out of date, how many claims it confirmed: an answer
 * whose two claims on the state's policy are confirmed says more that is true than one whose one
 * confirmed claim is incidental, whichever theme its question was sorted under (Maine Q20, a
 * comparison, against Q18). Where every answer has a wrong claim, more confirmed claims do not
 * make one safe, and the one on the reader's question (current policy) leads with its badge.
 * Then theme, fewer labels, document order.
 */
export function leadOf<T extends Rankable>(list: readonly T[]): T | undefined {
  const policy = list.filter((a) => LEAD_THEMES.includes(a.theme) && a.scope === 'state' && !a.labels.some((l) => l.kind === 'general'));
  const rank = (a: T) => verdictRank(a.review?.verdict);
  const confirmed = (a: T) => (rank(a) >= verdictRank('unsupported') ? (a.review?.counts?.supported ?? 0) : 0);
  const labels = (a: T) => a.labels.filter((l) => l.kind === 'contradicted' || l.kind === 'hedged').length;
  return [...(policy.length ? policy : list)].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      confirmed(b) - confirmed(a) ||
      THEME_ORDER.indexOf(a.theme) - THEME_ORDER.indexOf(b.theme) ||
      labels(a) - labels(b) ||
      a.number - b.number,
  )[0];
}

/** Which document topic the term or the words around it point to, if any. */
export function topicSignal(term: RankTerm, words: readonly string[]): Topic | undefined {
  if (term.topic === 'courts') return 'court-information-sharing';
  if (term.topic === 'dmv' || term.topic === 'license') return 'dmv-data-sharing';
  return topicOfWords(words);
}

/**
 * Ranks entries for a term. Entries of states the term is not about (and, for a term without a
 * state, of states the article does not mention) are left out unless nothing else is there.
 */
export function rankAnswers<T extends Rankable>(term: RankTerm, context: RankContext, entries: readonly T[], limit = 5): Ranked<T>[] {
  const signal = topicSignal(term, context.topicWords);
  let candidates: readonly T[];
  let stateWeight: (code: string) => [number, RankReason | undefined];

  if (term.stateCode) {
    const own = term.stateCode;
    candidates = entries.filter((e) => e.stateCode === own);
    stateWeight = () => [WEIGHTS.ownState, { code: 'own-state' }];
  } else {
    const covered = new Set(entries.map((e) => e.stateCode));
    const mentioned = Object.entries(context.states).filter(([code, n]) => n > 0 && covered.has(code));
    const near = new Set((context.nearStates ?? []).filter((code) => covered.has(code)));
    const max = Math.max(0, ...mentioned.map(([, n]) => n));
    const counts = new Map(mentioned);
    candidates = mentioned.length || near.size ? entries.filter((e) => counts.has(e.stateCode) || near.has(e.stateCode)) : entries;
    stateWeight = (code) => {
      const n = counts.get(code) ?? 0;
      if (near.has(code)) return [WEIGHTS.nearState + (n ? (WEIGHTS.articleState * n) / max / 4 : 0), { code: 'paragraph-state' }];
      return n ? [(WEIGHTS.articleState * n) / max, { code: 'article-state', count: n }] : [0, undefined];
    };
  }

  const ranked = candidates.map((item) => {
    const reasons: RankReason[] = [];
    let score = 0;
    const [sw, sReason] = stateWeight(item.stateCode);
    score += sw;
    if (sReason) reasons.push(sReason);
    if (signal && item.topic === signal) {
      score += WEIGHTS.topicMatch;
      reasons.push({ code: signal === 'court-information-sharing' ? 'topic-courts' : 'topic-dmv' });
    } else if (!signal && item.topic === 'dmv-data-sharing') {
      score += WEIGHTS.defaultTopic;
    }
    score += THEME_WEIGHT[item.theme];
    if (item.theme === 'current-policy' || item.theme === 'legal-basis') reasons.push({ code: item.theme });
    if (item.review) {
      score += VERDICT_WEIGHT[item.review.verdict];
      reasons.push({ code: `verdict-${item.review.verdict}` });
    }
    for (const label of item.labels) {
      if (label.kind === 'general') {
        score += WEIGHTS.general;
        reasons.push({ code: 'general' });
      } else if (label.kind === 'hedged') {
        score += WEIGHTS.hedged;
        reasons.push({ code: 'hedged' });
      } else if (label.kind === 'contradicted') {
        score += WEIGHTS.contradicted;
        reasons.push({ code: 'contradicted' });
      }
    }
    return { item, score, reasons };
  });

  // Ties keep document order (question number) so the list reads naturally.
  ranked.sort((a, b) => b.score - a.score || a.item.docId.localeCompare(b.item.docId) || a.item.number - b.item.number);
  // A state's own term opens on the document the score chose, led by the answer its side-panel
  // summary leads with (leadOf): the popover and the side panel never disagree on what to read first.
  if (term.stateCode && ranked.length) {
    const docId = ranked[0].item.docId;
    const lead = leadOf(ranked.filter((r) => r.item.docId === docId).map((r) => r.item));
    const at = ranked.findIndex((r) => r.item === lead);
    if (at > 0) ranked.unshift(...ranked.splice(at, 1));
  }
  return ranked.slice(0, limit);
}
