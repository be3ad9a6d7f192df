import { FURTHER_READING } from '@/data/fact-checks';
import type { TrustSummary } from '@/utils/state-summary';
import { t } from './i18n';
import { verdictName } from './TrustNotes';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "How sure is this?": disputed claims, contradictions, weak answers, and better references. */
export function HowSure({ trust, headingId, onShowQuestion }: { trust: TrustSummary; headingId: string; onShowQuestion(q: number): void }) {
  return (
    <section class="how-sure" aria-labelledby={headingId} data-how-sure>
      <h3 id={headingId}>{t('howSureTitle')}</h3>
      <p>{t('howSureIntro')}</p>
      {trust.disputed.length ? (
        <>
          <h4>{t('howSureDisputed')}</h4>
          <ul>
            {trust.disputed.map((d) => (
              <li key={`${d.answer.id}-${d.summary}`} data-disputed={d.answer.number}>
                <span class={`badge verdict-${d.verdict}`}>{verdictName(d.verdict)}</span>{' '}
                <button type="button" class="link" onClick={() => onShowQuestion(d.answer.number)}>
                  Q{d.answer.number}
                </button>{' '}
                {d.summary}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('howSureNoDisputed')}</p>
      )}
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
      {trust.lastVerified ? <p>{t('howSureLastVerified', trust.lastVerified)}</p> : null}
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
