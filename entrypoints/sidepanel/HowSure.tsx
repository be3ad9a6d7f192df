import type { ClaimVerdict, Source } from '@/data/checked-types';
import { FURTHER_READING } from '@/data/further-reading';
import { VERDICT_SEVERITY } from '@/utils/review';
import type { TrustSummary } from '@/utils/state-summary';
import { t, type MessageKey } from '@/components/i18n';
import { checkedOn, SourceLinks, verdictName } from '@/components/TrustNotes';

const pct = (x: number) => `${Math.round(x * 100)}%`;

const COUNT_KEYS: Record<ClaimVerdict, MessageKey> = {
  wrong: 'howSureCount_wrong',
  outdated: 'howSureCount_outdated',
  unsupported: 'howSureCount_unsupported',
  general: 'howSureCount_general',
  supported: 'howSureCount_supported',
};

export interface HowSureProps {
  trust: TrustSummary;
  headingId: string;
  onShowQuestion(q: number): void;
  /** The sources of the state's checked status, listed with the review. */
  statusSources?: readonly Source[];
  /** The latest check date of the review and the status together. */
  lastChecked?: string;
}

/** "How sure is this?": answers counted by verdict, the problems, contradictions, sources, date. */
export function HowSure({ trust, headingId, onShowQuestion, statusSources = [], lastChecked }: HowSureProps) {
  return (
    <section class="how-sure" aria-labelledby={headingId} data-how-sure>
      <h3 id={headingId}>{t('howSureTitle')}</h3>
      <p>{t('howSureIntro')}</p>
      {trust.reviewed ? (
        <ul class="verdict-counts" data-verdict-counts>
          {VERDICT_SEVERITY.filter((v) => trust.byVerdict[v]).map((v) => (
            <li key={v} data-verdict-count={v}>
              <span class={`badge verdict-${v}`}>{verdictName(v)}</span> {t(COUNT_KEYS[v], [trust.byVerdict[v], trust.total])}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('howSureNotReviewed')}</p>
      )}
      {trust.problems.length ? (
        <>
          <h4>{t('howSureProblems')}</h4>
          <ul>
            {trust.problems.map((d) => (
              <li key={d.answer.id} data-problem={d.answer.number}>
                <span class={`badge verdict-${d.verdict}`}>{verdictName(d.verdict)}</span>{' '}
                <button type="button" class="link" onClick={() => onShowQuestion(d.answer.number)}>
                  Q{d.answer.number}
                </button>{' '}
                {d.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {trust.contradictions.length ? (
        <>
          <h4>{t('howSureContradictions')}</h4>
          <ul>
            {trust.contradictions.map((c) => (
              <li key={`${c.a}-${c.b}`} data-contradiction={`${c.a}-${c.b}`}>
                {t('howSureContradictionPair', [c.a, c.b])}{' '}
                <button type="button" class="link" onClick={() => onShowQuestion(c.a)}>
                  {t('seeQuestion', c.a)}
                </button>{' '}
                <button type="button" class="link" onClick={() => onShowQuestion(c.b)}>
                  {t('seeQuestion', c.b)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('howSureNoContradictions')}</p>
      )}
      <p data-shares>{t('howSureShares', [pct(trust.generalShare), pct(trust.hedgedShare), trust.total])}</p>
      {statusSources.length ? (
        <>
          <h4>{t('howSureStatusSources')}</h4>
          <SourceLinks sources={statusSources} />
        </>
      ) : null}
      {lastChecked ?? trust.lastChecked ? <p data-last-checked>{checkedOn((lastChecked ?? trust.lastChecked)!)}</p> : null}
      <h4>{t('furtherReading')}</h4>
      <ul class="further-reading">
        {FURTHER_READING.map((r) => (
          <li key={r.url}>
            <a href={r.url} target="_blank" rel="noopener noreferrer">
              {r.title}
            </a>{' '}
            — {r.publisher}
            {r.date ? `, ${r.date}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
