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
  /** Replaces the plain excerpt (the matched part of the text); an answer short enough to show whole is shown whole instead. */
  preview?: preact.ComponentChildren;
  /** Characters of the collapsed excerpt: the popover keeps it short, so it covers less of the article. */
  excerptLength?: number;
}

/** An address as people read it: no scheme, no "www.", no trailing slash. */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

/**
 * Whether the collapsed card would hide part of the answer: the excerpt cuts the text, or the
 * answer has a numbered list, which the excerpt shows only as run-on text.
 */
export function answerIsCut(answer: Pick<AnswerView, 'text' | 'blocks'>, excerptLength?: number): boolean {
  return excerpt(answer.text, excerptLength) !== answer.text || answer.blocks.some((b) => b.kind === 'list');
}

/** One answer, attributed: question, excerpt that expands, trust notes, where it comes from. */
export function AnswerCard({ answer, level = 3, expanded: initiallyExpanded = false, onShowRelated, preview, excerptLength }: AnswerCardProps) {
  const cut = answerIsCut(answer, excerptLength);
  const [open, setExpanded] = useState(initiallyExpanded);
  // A short answer is shown whole from the start: a toggle there would promise more than there is.
  const expanded = open || !cut;
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
        <p class="excerpt">{preview ?? excerpt(answer.text, excerptLength)}</p>
      )}
      {cut ? (
        <button type="button" class="link expand" aria-expanded={expanded} aria-controls={expanded ? bodyId : undefined} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('showLess') : t('showFullAnswer')}
        </button>
      ) : null}
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
