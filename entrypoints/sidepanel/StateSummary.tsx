import { useMemo, useState } from 'preact/hooks';
import type { AnswerView } from '@/utils/answer-view';
import type { Source } from '@/data/checked-types';
import { courtsStatusFor, statusFor } from '@/data/state-status';
import { latestDate, statusSources } from '@/utils/checked-status';
import { THEME_LABELS } from '@/utils/document-types';
import { generalAnswers, summarizeState, type DocumentSummary } from '@/utils/state-summary';
import { AnswerCard } from '@/components/AnswerCard';
import { HowSure } from './HowSure';
import { StatusCard } from '@/components/StatusCard';
import { t } from '@/components/i18n';

export interface StateSummaryProps {
  stateCode: string;
  stateName: string;
  answers: AnswerView[];
}

/** The side panel's summary of one state: each of its documents, clearly separated. */
export function StateSummary({ stateCode, stateName, answers }: StateSummaryProps) {
  const docs = useMemo(() => summarizeState(stateCode, answers), [stateCode, answers]);
  const status = statusFor(stateCode);
  const courts = courtsStatusFor(stateCode);
  const card = status || courts ? <StatusCard stateName={stateName} status={status} courts={courts} /> : null;
  const sources = statusSources(status, courts);
  const statusChecked = latestDate(status?.checked, courts?.checked);
  if (!docs.length) {
    return (
      <section class="state-summary" data-state-summary={stateCode}>
        <h2>{stateName}</h2>
        {card}
        <p class="notice" data-no-documents>
          {t('noDocumentsForState', stateName)}
        </p>
        <h3>{t('generalTitle')}</h3>
        <p>{t('generalIntro')}</p>
        {generalAnswers(answers).map((a) => (
          <AnswerCard key={a.id} answer={a} level={4} />
        ))}
      </section>
    );
  }
  return (
    <section class="state-summary" data-state-summary={stateCode}>
      <h2>{stateName}</h2>
      {card}
      <h2 class="doc-says">{t('documentsSay')}</h2>
      <p class="doc-disclaimer" data-doc-disclaimer>
        {t('documentDisclaimer')}
      </p>
      <p class="muted">{docs.length > 1 ? t('stateHasDocuments', [stateName, docs.length]) : null}</p>
      {docs.map((doc) => (
        <DocumentSection key={doc.docId} doc={doc} statusSources={sources} statusChecked={statusChecked} />
      ))}
    </section>
  );
}

function DocumentSection({ doc, statusSources, statusChecked }: { doc: DocumentSummary; statusSources: Source[]; statusChecked?: string }) {
  const [filter, setFilter] = useState('');
  const [openQuestion, setOpenQuestion] = useState<number | null>(null);
  const f = filter.trim().toLowerCase();
  const idBase = doc.docId.replace(/[^a-z0-9-]/gi, '-');
  const showQuestion = (q: number) => {
    setFilter('');
    setOpenQuestion(q);
    requestAnimationFrame(() => document.getElementById(`${idBase}-q${q}`)?.scrollIntoView({ block: 'start' }));
  };
  return (
    <article class="document" data-doc-id={doc.docId} aria-labelledby={`${idBase}-title`}>
      <h2 id={`${idBase}-title`} class="document-title">
        {doc.topicLabel}
        <span class="document-subtitle">{doc.title}</span>
      </h2>
      {doc.headline ? (
        <section aria-labelledby={`${idBase}-headline`}>
          <h3 id={`${idBase}-headline`}>{t('headlineAnswer')}</h3>
          <AnswerCard answer={doc.headline} level={4} expanded onShowRelated={showQuestion} />
        </section>
      ) : null}
      <section aria-labelledby={`${idBase}-facts`} data-key-facts>
        <h3 id={`${idBase}-facts`}>{t('keyFacts')}</h3>
        {doc.keyFacts.length ? (
          <ul class="key-facts">
            {doc.keyFacts.map((fact) => (
              <li key={`${fact.kind}-${fact.label}`}>
                <span class="fact-label">{fact.label}</span>{' '}
                <span class="muted">
                  {t(`fact_${fact.kind}` as 'fact_bill')} ·{' '}
                  {fact.questions.map((q, i) => (
                    <>
                      {i ? ', ' : ''}
                      <button type="button" class="link" onClick={() => showQuestion(q)}>
                        Q{q}
                      </button>
                    </>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noKeyFacts')}</p>
        )}
      </section>
      <HowSure
        trust={doc.trust}
        headingId={`${idBase}-trust`}
        onShowQuestion={showQuestion}
        statusSources={statusSources}
        lastChecked={latestDate(doc.trust.lastChecked, statusChecked)}
      />
      <section aria-labelledby={`${idBase}-all`}>
        <h3 id={`${idBase}-all`}>{t('allQuestions')}</h3>
        <label class="filter">
          {t('filterQuestions')}
          <input type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
        </label>
        {doc.byTheme.map(({ theme, answers }) => {
          const shown = f ? answers.filter((a) => `${a.question}\n${a.text}`.toLowerCase().includes(f)) : answers;
          if (!shown.length) return null;
          const hasOpen = shown.some((a) => a.number === openQuestion);
          return (
            <details key={theme} open={Boolean(f) || hasOpen} class="theme-group" data-theme={theme}>
              <summary>
                {THEME_LABELS[theme]} <span class="muted">({shown.length})</span>
              </summary>
              {shown.map((a) => (
                <div id={`${idBase}-q${a.number}`} key={a.id}>
                  <AnswerCard key={`${a.id}-${a.number === openQuestion}`} answer={a} level={4} expanded={a.number === openQuestion} onShowRelated={showQuestion} />
                </div>
              ))}
            </details>
          );
        })}
      </section>
      {doc.origin ? (
        <p class="muted">
          {t('originPage')}:{' '}
          <a href={doc.origin} target="_blank" rel="noopener noreferrer">
            {doc.origin}
          </a>
        </p>
      ) : null}
    </article>
  );
}
