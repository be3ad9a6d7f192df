import { useState } from 'preact/hooks';
import { attribution, excerpt, type AnswerView } from '@/utils/answer-view';
import { AnswerBody } from './AnswerBody';
import { TrustNotes } from './TrustNotes';
import { t } from './i18n';

export interface AnswerCardProps {
  answer: AnswerView;
  /** Heading level for the question, so each surface keeps a sound outline. */
  level?: 2 | 3 | 4;
  expanded?: boolean;
  onShowRelated?: (question: number) => void;
  /** Replaces the plain excerpt (the popup shows the matched part of the text). */
  preview?: preact.ComponentChildren;
}

/** An address as people read it: no scheme, no "www.", no trailing slash. */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

/** One answer, attributed: question, excerpt that expands, trust notes, where it comes from. */
export function AnswerCard({ answer, level = 3, expanded: initiallyExpanded = false, onShowRelated, preview }: AnswerCardProps) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const Heading = `h${level}` as 'h3';
  const bodyId = `answer-${answer.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <article class="answer" data-answer-id={answer.id} aria-label={answer.question}>
      <Heading class="question">{answer.question}</Heading>
      <p class="attribution" data-attribution>
        {attribution(answer)}
      </p>
      <TrustNotes answer={answer} onShowRelated={onShowRelated} />
      {expanded ? (
        <div id={bodyId}>
          <AnswerBody blocks={answer.blocks} />
        </div>
      ) : (
        <p class="excerpt">{preview ?? excerpt(answer.text)}</p>
      )}
      <button type="button" class="link expand" aria-expanded={expanded} aria-controls={expanded ? bodyId : undefined} onClick={() => setExpanded(!expanded)}>
        {expanded ? t('showLess') : t('showFullAnswer')}
      </button>
      <p class="source">
        {t('fromDocument')} <cite>{answer.docTitle}</cite>
        {answer.source === 'imported' ? ` (${t('importedDocument')})` : null}
        {answer.origin ? (
          <>
            {' · '}
            {t('originPage')}:{' '}
            <a href={answer.origin} target="_blank" rel="noopener noreferrer" class="origin-url">
              {displayUrl(answer.origin)}
            </a>
          </>
        ) : null}
      </p>
    </article>
  );
}
