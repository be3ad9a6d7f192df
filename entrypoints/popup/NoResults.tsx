import { t, tn } from '@/components/i18n';
import { STARTING_QUESTIONS } from '@/data/starting-questions';

export interface NoResultsProps {
  /** The query with its unknown words replaced by the nearest words the index has. */
  spellings: string[];
  /** [code, name]: states close to what was typed, then the states with documents. */
  states: [string, string][];
  /** How many results the query has without the filters (0 when none are set). */
  unfiltered: number;
  onSearch(query: string, options?: { clearState?: boolean }): void;
  onResetFilters(): void;
}

/** What to try when a search finds nothing: each suggestion is a button that runs it. */
export function NoResults({ spellings, states, unfiltered, onSearch, onResetFilters }: NoResultsProps) {
  const chips = (kind: string, items: [string, string][], options?: { clearState?: boolean }) => (
    <ul class="chips">
      {items.map(([key, label]) => (
        <li key={key}>
          <button type="button" class="chip" data-suggestion={kind} data-state={kind === 'state' ? key : undefined} onClick={() => onSearch(label, options)}>
            {label}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <section class="no-results" data-no-results aria-labelledby="no-results-title">
      <h2 id="no-results-title">{t('noResultsTitle')}</h2>
      {unfiltered ? (
        <p>
          <button type="button" class="link" data-suggestion="unfiltered" onClick={onResetFilters}>
            {tn('noResultsUnfiltered', unfiltered)}
          </button>
        </p>
      ) : null}
      {spellings.length ? (
        <>
          <p>{t('suggestSpelling')}</p>
          {chips('spelling', spellings.map((s) => [s, s]))}
        </>
      ) : null}
      <p>{t('suggestStates')}</p>
      {/* A state's name finds its status and documents in every state, so its filter goes. */}
      {chips('state', states, { clearState: true })}
      <p>{t('startQuestions')}</p>
      {chips('question', STARTING_QUESTIONS.map((q) => [q, q]))}
    </section>
  );
}
