import type { ClaimVerdict, Source } from '@/data/checked-types';
import { CHECK_METHOD } from '@/data/checked-types';
import type { AnswerView } from '@/utils/answer-view';
import type { LabelKind } from '@/utils/document-types';
import { t, type MessageKey } from './i18n';

const LABEL_KEYS: Record<LabelKind, MessageKey> = {
  hedged: 'labelHedged',
  general: 'labelGeneral',
  contradicted: 'labelContradicted',
};
/** An answer's badge: "Checked" only when every claim is supported. */
const VERDICT_KEYS: Record<ClaimVerdict, MessageKey> = {
  supported: 'verdict_supported',
  wrong: 'verdict_wrong',
  outdated: 'verdict_outdated',
  unsupported: 'verdict_unsupported',
  general: 'verdict_general',
};
/** One claim's verdict, inside the note. */
const CLAIM_KEYS: Record<ClaimVerdict, MessageKey> = {
  supported: 'claim_supported',
  wrong: 'claim_wrong',
  outdated: 'claim_outdated',
  unsupported: 'claim_unsupported',
  general: 'claim_general',
};

/** The badge text of a label ("Hedged") and of a review verdict ("Wrong claim"), everywhere. */
export const labelName = (kind: LabelKind) => t(LABEL_KEYS[kind]);
export const verdictName = (verdict: ClaimVerdict) => t(VERDICT_KEYS[verdict]);
export const claimVerdictName = (verdict: ClaimVerdict) => t(CLAIM_KEYS[verdict]);
/** "Checked against stored copies of public pages on 2026-11-30": said the same way wherever a date is shown. */
export const checkedOn = (date: string) => t('checkedOn', [CHECK_METHOD, date]);

export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  if (!sources.length) return null;
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * How far to trust an answer: the project's review (badge with the worst claim's reason, one click
 * from every claim with its sources), a prominent warning where the answer advises a procedure that
 * does not exist, and the automatic labels. Never hidden behind a setting.
 */
export function TrustNotes({ answer, onShowRelated }: { answer: AnswerView; onShowRelated?: (question: number) => void }) {
  const review = answer.review;
  const worst = review?.claims[0];
  return (
    <div class="trust">
      {review?.procedureWarning ? (
        <div class="procedure-warning" role="note" data-procedure-warning>
          <p>
            <strong>{t('procedureWarningTitle')}</strong> {review.procedureWarning.text}
          </p>
          <SourceLinks sources={review.procedureWarning.sources} />
        </div>
      ) : null}
      {review && worst ? (
        <details class={`review verdict-${review.verdict}`} data-verdict={review.verdict}>
          <summary>
            <span class="badge">{verdictName(review.verdict)}</span> <span class="reason">{worst.reason}</span>
          </summary>
          <div class="note">
            <ul class="claims">
              {review.claims.map((c) => (
                <li key={c.quote} class={`claim verdict-${c.verdict}`} data-claim-verdict={c.verdict}>
                  <span class="badge">{claimVerdictName(c.verdict)}</span> <q class="quote">{c.quote}</q>
                  <span class="claim-reason"> {c.reason}</span>
                  <SourceLinks sources={c.sources} />
                  <span class="meta">{t('confidenceIs', t(`confidence_${c.confidence}` as MessageKey))}</span>
                </li>
              ))}
            </ul>
            <p class="meta">{checkedOn(review.checked)}</p>
          </div>
        </details>
      ) : null}
      {!review && answer.source === 'imported' ? (
        <p class="label label-unreviewed" data-label="unreviewed">
          <span class="badge">{t('notReviewed')}</span> {t('notReviewedExplanation')}
        </p>
      ) : null}
      {answer.labels.map((label) => (
        <p class={`label label-${label.kind}`} key={label.kind} data-label={label.kind}>
          <span class="badge">{labelName(label.kind)}</span> {label.explanation}
          {label.related?.length && onShowRelated
            ? label.related.map((q) => (
                <button type="button" class="link" key={q} onClick={() => onShowRelated(q)}>
                  {t('seeQuestion', q)}
                </button>
              ))
            : label.related?.length
              ? ` (${label.related.map((q) => `Q${q}`).join(', ')})`
              : null}
        </p>
      ))}
    </div>
  );
}
