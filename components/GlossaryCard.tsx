import type { GlossaryEntry } from '@/data/checked-types';
import { t, type MessageKey } from './i18n';
import { checkedOn, SourceLinks } from './TrustNotes';

/** The glossary's language follows the interface's (the catalogue says which it is). */
const lang = (): 'en' | 'es' => (t('glossaryLang') === 'es' ? 'es' : 'en');

export const glossaryTitle = (entry: GlossaryEntry) => entry.title[lang()];
export const glossarySentences = (entry: GlossaryEntry) => entry.sentences.map((s) => s[lang()]);

/**
 * A federal term explained by the project: two or three plain sentences, each with its sources,
 * the law it rests on, and the check date. Shown before any state's answers.
 */
export function GlossaryCard({ entry, headingLevel = 3, compact }: { entry: GlossaryEntry; headingLevel?: 2 | 3; compact?: boolean }) {
  const H = `h${headingLevel}` as 'h3';
  const l = lang();
  const sources = [...new Map(entry.sentences.flatMap((s) => s.sources).map((s) => [s.url, s])).values()];
  const id = `glossary-${entry.termId.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <section class="status-card glossary-card" data-glossary={entry.termId} aria-labelledby={id}>
      <p class="kicker">{t('glossaryKicker')}</p>
      <H id={id} class="status-title">
        {entry.title[l]}
      </H>
      {entry.sentences.map((s) => (
        <p class="glossary-sentence" key={s.en}>
          {s[l]}
        </p>
      ))}
      {entry.basis.length ? (
        <p class="glossary-basis">
          <span class="laws-title">{t('glossaryBasis')}</span>{' '}
          {entry.basis.map((b, i) => (
            <span key={b.citation}>
              {i ? '; ' : ''}
              {b.name} ({b.citation})
            </span>
          ))}
        </p>
      ) : null}
      <details class="status-more">
        <summary>{t('glossarySources', sources.length)}</summary>
        <SourceLinks sources={sources} />
      </details>
      <p class="meta" data-checked>
        {checkedOn(entry.checked)}
        {compact ? '' : ` · ${t('confidenceIs', t(`confidence_${entry.confidence}` as MessageKey))}`}
      </p>
    </section>
  );
}
