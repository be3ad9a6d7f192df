/**
 * What the side panel says about one state, computed from its answers: the headline answer,
 * the key facts each document cites, and how far to trust it. Pure, so it is tested without a
 * browser.
 */
import type { ClaimVerdict } from '@/data/checked-types';
import { termById } from '@/data/lexicon';
import type { AnswerView } from './answer-view';
import type { Theme } from './document-types';
import { matchTerms } from './match-terms';
import { leadOf } from './rank-answers';
import { VERDICT_SEVERITY } from './review';

export interface KeyFact {
  kind: 'bill' | 'statute' | 'act' | 'year' | 'agency';
  label: string;
  questions: number[];
}

export interface DocumentSummary {
  docId: string;
  title: string;
  topicLabel: string;
  origin?: string;
  headline?: AnswerView;
  keyFacts: KeyFact[];
  byTheme: { theme: Theme; answers: AnswerView[] }[];
  trust: TrustSummary;
}

export interface TrustSummary {
  /** Answers by their review verdict (an answer's verdict is its worst claim's). */
  byVerdict: Record<ClaimVerdict, number>;
  /** Answers with a review; imported documents have none. */
  reviewed: number;
  /** Answers whose worst claim is wrong, out of date or unsourced, worst first, with that claim's reason. */
  problems: { answer: AnswerView; reason: string; verdict: ClaimVerdict }[];
  contradictions: { a: number; b: number }[];
  generalShare: number;
  hedgedShare: number;
  total: number;
  lastChecked?: string;
}

const THEME_ORDER: Theme[] = ['current-policy', 'legal-basis', 'what-is-shared', 'process', 'safeguards', 'impact', 'individual-action', 'comparison', 'controversy', 'future'];
const KIND_ORDER: KeyFact['kind'][] = ['bill', 'statute', 'act', 'agency', 'year'];

export function keyFactsOf(answers: readonly AnswerView[]): KeyFact[] {
  const facts = new Map<string, KeyFact>();
  const add = (kind: KeyFact['kind'], label: string, q: number) => {
    const key = `${kind}:${label}`;
    const fact = facts.get(key) ?? { kind, label, questions: [] };
    if (!fact.questions.includes(q)) fact.questions.push(q);
    facts.set(key, fact);
  };
  for (const a of answers) {
    for (const c of a.citations) add(c.kind, c.key, a.number);
    for (const m of matchTerms(`${a.question}\n${a.text}`, { lang: 'en', contextStates: [a.stateCode] })) {
      const term = termById(m.termId);
      if (term?.kind === 'agency' && term.stateCode === a.stateCode) add('agency', term.label, a.number);
    }
  }
  return [...facts.values()]
    .map((f) => ({ ...f, questions: f.questions.sort((x, y) => x - y) }))
    .sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || y.questions.length - x.questions.length || x.label.localeCompare(y.label));
}

export function trustOf(answers: readonly AnswerView[]): TrustSummary {
  const contradictions: { a: number; b: number }[] = [];
  for (const answer of answers) {
    for (const label of answer.labels) {
      if (label.kind !== 'contradicted') continue;
      for (const other of label.related ?? []) {
        if (answer.number < other) contradictions.push({ a: answer.number, b: other });
      }
    }
  }
  const byVerdict = Object.fromEntries(VERDICT_SEVERITY.map((v) => [v, 0])) as Record<ClaimVerdict, number>;
  for (const a of answers) if (a.review) byVerdict[a.review.verdict]++;
  const problems = answers
    .filter((a) => a.review && ['wrong', 'outdated', 'unsupported'].includes(a.review.verdict))
    .map((answer) => ({ answer, verdict: answer.review!.verdict, reason: answer.review!.claims[0]?.reason ?? '' }))
    .sort((x, y) => VERDICT_SEVERITY.indexOf(x.verdict) - VERDICT_SEVERITY.indexOf(y.verdict) || x.answer.number - y.answer.number);
  const count = (kind: string) => answers.filter((a) => a.labels.some((l) => l.kind === kind)).length;
  const dates = answers.flatMap((a) => (a.review ? [a.review.checked] : [])).sort();
  return {
    byVerdict,
    reviewed: answers.filter((a) => a.review).length,
    problems,
    contradictions,
    generalShare: answers.length ? count('general') / answers.length : 0,
    hedgedShare: answers.length ? count('hedged') / answers.length : 0,
    total: answers.length,
    lastChecked: dates[dates.length - 1],
  };
}

/** One summary per document of the state, DMV first. */
export function summarizeState(stateCode: string, answers: readonly AnswerView[]): DocumentSummary[] {
  const byDoc = new Map<string, AnswerView[]>();
  for (const a of answers) if (a.stateCode === stateCode) byDoc.set(a.docId, [...(byDoc.get(a.docId) ?? []), a]);
  return [...byDoc.values()]
    .map((list) => {
      list.sort((a, b) => a.number - b.number);
      const first = list[0];
      // The same answer the popover leads with for this state.
      const headline = leadOf(list);
      return {
        docId: first.docId,
        title: first.docTitle,
        topicLabel: first.topicLabel,
        origin: first.origin,
        headline,
        keyFacts: keyFactsOf(list),
        byTheme: THEME_ORDER.map((theme) => ({ theme, answers: list.filter((a) => a.theme === theme) })).filter((g) => g.answers.length),
        trust: trustOf(list),
      };
    })
    .sort((a, b) => (a.docId.includes('dmv') ? -1 : 0) - (b.docId.includes('dmv') ? -1 : 0) || a.title.localeCompare(b.title));
}

/** For a state without documents: what the index says in general (state-agnostic answers). */
export function generalAnswers(answers: readonly AnswerView[], limit = 4): AnswerView[] {
  return answers
    .filter((a) => a.scope === 'general' && !a.labels.some((l) => l.kind === 'hedged'))
    .sort((a, b) => THEME_ORDER.indexOf(a.theme) - THEME_ORDER.indexOf(b.theme))
    .slice(0, limit);
}
