/**
 * The project's review of an answer, as the surfaces show it: the answer's verdict is its worst
 * claim's, claims are listed worst first, and a badge may say "Checked" only when every claim is
 * supported. Pure, so the rules are tested without a browser.
 */
import type { AnswerReview, ClaimReview, ClaimVerdict } from '@/data/checked-types';

/** Worst first: a wrong claim is what a reader must not miss; "supported" only when nothing else is there. */
export const VERDICT_SEVERITY: readonly ClaimVerdict[] = ['wrong', 'outdated', 'unsupported', 'general', 'supported'];

export interface ReviewView {
  verdict: ClaimVerdict;
  claims: ClaimReview[];
  procedureWarning?: AnswerReview['procedureWarning'];
  checked: string;
  /** How many claims have each verdict, for the one-line summary. */
  counts: Partial<Record<ClaimVerdict, number>>;
}

const rank = (v: ClaimVerdict) => VERDICT_SEVERITY.indexOf(v);

/** The worst verdict of a set of claims; an answer with no claim listed is not "supported". */
export function worstVerdict(claims: readonly Pick<ClaimReview, 'verdict'>[]): ClaimVerdict {
  if (!claims.length) return 'unsupported';
  return claims.reduce<ClaimVerdict>((worst, c) => (rank(c.verdict) < rank(worst) ? c.verdict : worst), 'supported');
}

export function toReviewView(review: AnswerReview): ReviewView {
  const claims = [...review.claims].sort((a, b) => rank(a.verdict) - rank(b.verdict));
  const counts: ReviewView['counts'] = {};
  for (const c of claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  return { verdict: worstVerdict(claims), claims, procedureWarning: review.procedureWarning, checked: review.checked, counts };
}

/** How well supported an answer is, for comparing: higher is better (supported 4 … wrong 0). */
export function verdictRank(verdict: ClaimVerdict | undefined): number {
  // Not reviewed (an imported document) sits between "unsupported" and "general": we know nothing.
  return verdict ? rank(verdict) : 2.5;
}
