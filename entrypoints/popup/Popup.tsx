import Fuse from 'fuse.js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnswerCard } from '@/components/AnswerCard';
import { GlossaryCard, glossarySentences, glossaryTitle } from '@/components/GlossaryCard';
import { SiteToggle } from './SiteToggle';
import { StatusCard } from '@/components/StatusCard';
import { labelName, verdictName } from '@/components/TrustNotes';
import { t, tn } from '@/components/i18n';
import { glossaryFor } from '@/data/glossary-index';
import { STARTING_QUESTIONS } from '@/data/starting-questions';
import { courtsStatusFor, statusFor } from '@/data/state-status';
import { STATES, stateByCode, type StateInfo } from '@/data/states';
import { TOPIC_LABELS, type Topic } from '@/utils/document-types';
import { sendMessage } from '@/utils/browser/messaging';
import type { IndexStats } from '@/utils/protocol';
import { normalizeQuery, searchAll, type SearchResults } from '@/utils/search';
import { matchExcerpt } from '@/utils/search-excerpt';
import { LensDatabase } from '@/utils/storage/database';
import { loadSearch, type LoadedSearch, type SearchItem } from '@/utils/storage/search-index';
import { pendingQueryItem } from '@/utils/browser/storage-items';
import { extensionUrl, firefoxSidebar } from '@/utils/browser/surfaces';
import { NoResults } from './NoResults';

/** Set when this page was opened in a tab on behalf of another tab (see background/open-surfaces.ts). */
const forTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;

const RESULT_LIMIT = 40;
const NO_RESULTS: SearchResults<SearchItem> = { results: [], complete: 0, partial: false, unknown: [] };

let stateMatcher: Fuse<StateInfo> | undefined;
/** States whose English or Spanish name is close to the query or one of its words ("Tejas" → Texas). */
function statesLike(query: string, max = 3): StateInfo[] {
  stateMatcher ??= new Fuse(STATES, { keys: ['name', 'spanish'], threshold: 0.35, ignoreLocation: true, ignoreDiacritics: true });
  const q = normalizeQuery(query);
  const probes = [q, ...q.split(' ').filter((w) => w.length >= 4)];
  const found = new Map<string, StateInfo>();
  for (const probe of probes) for (const hit of stateMatcher.search(probe, { limit: max })) found.set(hit.item.code, hit.item);
  return [...found.values()].slice(0, max);
}

export function Popup() {
  const [loaded, setLoaded] = useState<LoadedSearch | null>(null);
  const [stats, setStats] = useState<IndexStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [stateCode, setStateCode] = useState('');
  const [topic, setTopic] = useState<Topic | ''>('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    void (async () => {
      try {
        const pending = await pendingQueryItem.get();
        if (pending !== undefined) {
          setQuery(pending);
          void pendingQueryItem.remove();
        }
        setStats(await sendMessage('getIndexStats')); // also waits until the background has seeded
        setLoaded(await loadSearch(new LensDatabase()));
      } catch (e) {
        setError(String(e));
      }
    })();
    input.current?.focus();
  }, []);

  const filtered = Boolean(stateCode || topic);
  const found = useMemo(
    () => (loaded && query.trim() ? searchAll(loaded.engine, loaded.byId, query, { stateCode: stateCode || undefined, topic: topic || undefined }, RESULT_LIMIT) : NO_RESULTS),
    [loaded, query, stateCode, topic],
  );
  const results = found.results;
  const states = useMemo(() => [...new Map(loaded?.documents.map((d) => [d.stateCode, d.stateName])).entries()], [loaded]);
  const empty = Boolean(loaded && query.trim() && !results.length);
  const suggestions = useMemo(() => {
    if (!loaded || !empty) return null;
    const byCode = new Map<string, string>(statesLike(query).map((s) => [s.code, s.name]));
    for (const [code, name] of states) byCode.set(code, name);
    return {
      spellings: loaded.engine.suggest(query),
      states: [...byCode].slice(0, 6),
      // Filters can hide every result: say how many there are without them.
      unfiltered: filtered ? searchAll(loaded.engine, loaded.byId, query, {}, RESULT_LIMIT).results.length : 0,
    };
  }, [loaded, empty, query, filtered, states]);

  function resetFilters() {
    setStateCode('');
    setTopic('');
  }

  function runSearch(q: string, options: { clearState?: boolean } = {}) {
    if (options.clearState) setStateCode('');
    setQuery(q);
    setExpanded(null);
    input.current?.focus();
  }

  function resultLine(): string {
    if (!query.trim() || !loaded) return '';
    if (!results.length) return t('noResults');
    const count = tn('resultCount', results.length);
    if (!found.partial) return count;
    const complete = results.filter((r) => !r.missing.length).length;
    return `${count} ${complete ? tn('resultsPartialSome', complete) : t('resultsPartialNone')}`;
  }

  function moveFocus(delta: number) {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button.result-toggle') ?? [])];
    if (!buttons.length) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = at < 0 ? (delta > 0 ? 0 : buttons.length - 1) : at + delta;
    if (next < 0) input.current?.focus();
    else buttons[Math.min(next, buttons.length - 1)].focus();
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveFocus(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Escape' && (query || filtered || document.activeElement !== input.current)) {
      // A state picked from a chip is a filter too: Escape starts over, not from a narrowed list.
      e.preventDefault();
      setQuery('');
      resetFilters();
      setExpanded(null);
      input.current?.focus();
    }
  }

  return (
    <div class="popup" onKeyDown={onKeyDown}>
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <p class="stats" data-stats>
          {stats
            ? [
                tn('statsDocuments', stats.documents),
                tn('answerCount', stats.entries),
                t('statsDataVersion', stats.dataVersion),
              ].join(' · ')
            : t('loading')}
        </p>
      </header>
      <SiteToggle tabId={forTab} />
      <search class="search" role="search">
        <label for="query">{t('searchLabel')}</label>
        <input
          id="query"
          ref={input}
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="result-count"
          onInput={(e) => {
            setQuery((e.target as HTMLInputElement).value);
            setExpanded(null);
          }}
        />
        <div class="filters">
          <label>
            {t('filterState')}
            <select value={stateCode} onChange={(e) => setStateCode((e.target as HTMLSelectElement).value)} data-filter="state">
              <option value="">{t('allStates')}</option>
              {states.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filterTopic')}
            <select value={topic} onChange={(e) => setTopic((e.target as HTMLSelectElement).value as Topic | '')} data-filter="topic">
              <option value="">{t('allTopics')}</option>
              {(Object.keys(TOPIC_LABELS) as Topic[]).map((k) => (
                <option key={k} value={k}>
                  {TOPIC_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {filtered ? (
          <p class="active-filters" data-active-filters>
            {t('activeFilters', [[stateCode ? (stateByCode(stateCode)?.name ?? stateCode) : '', topic ? TOPIC_LABELS[topic] : ''].filter(Boolean).join(' · ')])}{' '}
            <button type="button" class="link" data-reset-filters onClick={resetFilters}>
              {t('resetFilters')}
            </button>
          </p>
        ) : null}
      </search>
      {error ? <p role="alert">{t('indexUnavailable')}</p> : null}
      <p id="result-count" class="result-count" role="status" aria-live="polite" data-query={query.trim() && loaded ? query : undefined} data-partial={found.partial || undefined}>
        {resultLine()}
      </p>
      {query.trim() ? (
        <>
          {results.length ? (
            <ol class="results" ref={list} aria-label={t('searchResults')}>
              {results.map(({ answer: item, missing }) => {
                const missingNote = missing.length ? (
                  <p class="result-missing muted" data-missing={missing.join(' ')}>
                    {t('resultMissing', missing.join(', '))}
                  </p>
                ) : null;
                const open = expanded === item.id;
                if (item.kind !== 'answer') {
                  const status = item.kind === 'status' ? statusFor(item.stateCode) : undefined;
                  const courts = item.kind === 'status' ? courtsStatusFor(item.stateCode) : undefined;
                  const entry = item.kind === 'glossary' ? glossaryFor(item.termId) : undefined;
                  return (
                    <li key={item.id} class={`result result-${item.kind}`} data-result-id={item.id} data-state={item.kind === 'status' ? item.stateCode : undefined}>
                      <button type="button" class="result-toggle" aria-expanded={open} onClick={() => setExpanded(open ? null : item.id)}>
                        <span class="result-question">
                          {item.kind === 'status' ? t('statusTitle', item.stateName) : entry ? glossaryTitle(entry) : item.id}
                        </span>
                        <span class="result-attribution">{item.kind === 'status' ? t('statusKicker') : t('glossaryKicker')}</span>
                      </button>
                      {open && item.kind === 'status' ? <StatusCard stateName={item.stateName} status={status} courts={courts} headingLevel={2} /> : null}
                      {open && entry ? <GlossaryCard entry={entry} headingLevel={2} /> : null}
                      {!open ? (
                        <p class="result-excerpt">{item.kind === 'status' ? status?.headline ?? courts?.headline : entry ? glossarySentences(entry)[0] : ''}</p>
                      ) : null}
                      {missingNote}
                    </li>
                  );
                }
                const answer = item.answer;
                const parts = matchExcerpt(answer.text, query);
                return (
                  <li key={answer.id} class="result" data-result-id={answer.id} data-state={answer.stateCode}>
                    <button type="button" class="result-toggle" aria-expanded={open} onClick={() => setExpanded(open ? null : answer.id)}>
                      <span class="result-question">{answer.question}</span>
                      <span class="result-attribution">
                        {answer.stateName} · {answer.topicLabel} · Q{answer.number}
                      </span>
                    </button>
                    {open ? (
                      <AnswerCard answer={answer} level={2} expanded />
                    ) : (
                      <p class="result-excerpt">
                        {parts.before}
                        {parts.match ? <mark>{parts.match}</mark> : null}
                        {parts.after}
                      </p>
                    )}
                    {missingNote}
                    {!open && (answer.review || answer.labels.length) ? (
                      <p class="result-labels">
                        {answer.review ? (
                          <span class={`badge verdict-${answer.review.verdict}`} data-verdict={answer.review.verdict}>
                            {verdictName(answer.review.verdict)}
                          </span>
                        ) : null}
                        {answer.labels.map((l) => (
                          <span key={l.kind} class="badge label-badge">
                            {labelName(l.kind)}
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          ) : null}
          {suggestions ? <NoResults {...suggestions} onSearch={runSearch} onResetFilters={resetFilters} /> : null}
        </>
      ) : (
        <section class="start" aria-labelledby="start-title">
          <h2 id="start-title">{t('startTitle')}</h2>
          <p>{t('startStates')}</p>
          <ul class="chips">
            {states.map(([code, name]) => (
              <li key={code}>
                <button type="button" class="chip" data-state-chip={code} onClick={() => { setStateCode(code); setQuery(name); }}>
                  {name}
                </button>
              </li>
            ))}
          </ul>
          <h2 id="documents-title">{t('documentsTitle')}</h2>
          <ul class="documents" aria-labelledby="documents-title">
            {loaded?.documents.map((d) => (
              <li key={d.id} data-doc-id={d.id}>
                <span class="doc-title">{d.title}</span> <span class="muted">— {tn('answerCount', d.entryCount)}{d.source === 'imported' ? ` · ${t('importedDocument')}` : ''}</span>
              </li>
            ))}
          </ul>
          <p>{t('startQuestions')}</p>
          <ul class="chips">
            {STARTING_QUESTIONS.map((q) => (
              <li key={q}>
                <button type="button" class="chip" onClick={() => setQuery(q)}>
                  {q}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer class="popup-footer">
        <button type="button" class="link" onClick={() => void openSidePanel()}>
          {t('openSidePanel')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </div>
  );
}

async function openSidePanel(): Promise<void> {
  try {
    const sidebar = firefoxSidebar();
    if (import.meta.env.FIREFOX && sidebar) await sidebar.open();
    else {
      const win = await browser.windows.getCurrent();
      await browser.sidePanel.open({ windowId: win.id! });
    }
    window.close();
  } catch {
    await browser.tabs.create({ url: extensionUrl('/sidepanel.html') });
  }
}
