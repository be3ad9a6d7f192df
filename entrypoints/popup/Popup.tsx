import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnswerCard } from '@/components/AnswerCard';
import { GlossaryCard, glossarySentences, glossaryTitle } from '@/components/GlossaryCard';
import { SiteToggle } from './SiteToggle';
import { StatusCard } from '@/components/StatusCard';
import { labelName, verdictName } from '@/components/TrustNotes';
import { t } from '@/components/i18n';
import { glossaryFor } from '@/data/glossary-index';
import { STARTING_QUESTIONS } from '@/data/starting-questions';
import { courtsStatusFor, statusFor } from '@/data/state-status';
import { TOPIC_LABELS, type Topic } from '@/utils/document-types';
import { sendMessage } from '@/utils/browser/messaging';
import type { IndexStats } from '@/utils/protocol';
import { searchAnswers } from '@/utils/search';
import { matchExcerpt } from '@/utils/search-excerpt';
import { LensDatabase } from '@/utils/storage/database';
import { loadSearch, type LoadedSearch } from '@/utils/storage/search-index';
import { pendingQueryItem } from '@/utils/browser/storage-items';
import { extensionUrl, firefoxSidebar } from '@/utils/browser/surfaces';

/** Set when this page was opened in a tab on behalf of another tab (see background/open-surfaces.ts). */
const forTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;


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

  const results = useMemo(
    () => (loaded && query.trim() ? searchAnswers(loaded.engine, loaded.byId, query, { stateCode: stateCode || undefined, topic: topic || undefined }, 40) : []),
    [loaded, query, stateCode, topic],
  );
  const states = useMemo(() => [...new Map(loaded?.documents.map((d) => [d.stateCode, d.stateName])).entries()], [loaded]);

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
    } else if (e.key === 'Escape' && (query || document.activeElement !== input.current)) {
      e.preventDefault();
      setQuery('');
      setExpanded(null);
      input.current?.focus();
    }
  }

  return (
    <div class="popup" onKeyDown={onKeyDown}>
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <p class="stats" data-stats>
          {stats ? t('indexStats', [stats.documents, stats.entries, stats.dataVersion]) : t('loading')}
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
      </search>
      {error ? <p role="alert">{t('indexUnavailable')}</p> : null}
      <p id="result-count" class="result-count" role="status" aria-live="polite">
        {query.trim() && loaded ? t('resultCount', results.length) : ''}
      </p>
      {query.trim() ? (
        <ol class="results" ref={list} aria-label={t('searchResults')}>
          {results.map(({ answer: item }) => {
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
      ) : (
        <section class="start" aria-labelledby="start-title">
          <h2 id="start-title">{t('startTitle')}</h2>
          <p>{t('startStates')}</p>
          <ul class="chips">
            {states.map(([code, name]) => (
              <li key={code}>
                <button type="button" class="chip" onClick={() => { setStateCode(code); setQuery(name); }}>
                  {name}
                </button>
              </li>
            ))}
          </ul>
          <h2 id="documents-title">{t('documentsTitle')}</h2>
          <ul class="documents" aria-labelledby="documents-title">
            {loaded?.documents.map((d) => (
              <li key={d.id} data-doc-id={d.id}>
                <span class="doc-title">{d.title}</span> <span class="muted">— {t('answerCount', d.entryCount)}{d.source === 'imported' ? ` · ${t('importedDocument')}` : ''}</span>
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
