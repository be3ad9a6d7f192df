import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GlossaryCard, glossaryTitle } from '@/components/GlossaryCard';
import { StateSummary } from './StateSummary';
import { UsTileMap } from './UsTileMap';
import { t } from '@/components/i18n';
import { GLOSSARY } from '@/data/glossary';
import { glossaryFor } from '@/data/glossary-index';
import { statusFor } from '@/data/state-status';
import { findState, STATES, stateByCode } from '@/data/states';
import { sendMessage } from '@/utils/browser/messaging';
import { pageInfoItem, watchAnyPageInfo } from '@/utils/browser/storage-items';
import { loadAnswerViews, type LoadedIndex } from '@/utils/storage/answers';
import { LensDatabase } from '@/utils/storage/database';
import { StatusTable } from './StatusTable';

async function activeTabStates(): Promise<Record<string, number>> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return {};
  return (await pageInfoItem(tab.id).get())?.states ?? {};
}

export function SidePanel() {
  const [index, setIndex] = useState<LoadedIndex | null>(null);
  const [pageStates, setPageStates] = useState<Record<string, number>>({});
  const deepLink = useMemo(() => findState(new URLSearchParams(location.search).get('state') ?? '')?.code, []);
  const [picked, setPicked] = useState<string | undefined>(deepLink);
  const [termId, setTermId] = useState(() => new URLSearchParams(location.search).get('term') ?? '');
  const glossaryEntry = glossaryFor(termId);

  useEffect(() => {
    void (async () => {
      await sendMessage('getIndexStats'); // waits until the background has seeded
      setIndex(await loadAnswerViews(new LensDatabase()));
    })();
    const refresh = () => void activeTabStates().then(setPageStates);
    refresh();
    // Follow the user: another tab, another page, new mentions on the same page.
    browser.tabs.onActivated.addListener(refresh);
    const unwatch = watchAnyPageInfo(refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      unwatch();
    };
  }, []);

  const covered = useMemo(() => new Set(index?.documents.map((d) => d.stateCode)), [index]);
  const mentioned = Object.entries(pageStates).sort((a, b) => b[1] - a[1]);
  const selected = picked ?? mentioned.find(([code]) => covered.has(code))?.[0] ?? mentioned[0]?.[0];
  const state = selected ? stateByCode(selected) : undefined;

  return (
    <div class="sidepanel">
      <header>
        <h1>{t('extName')}</h1>
      </header>
      <nav aria-label={t('chooseState')}>
        <section class="on-page" aria-labelledby="on-page-title">
          <h2 id="on-page-title">{t('statesOnPage')}</h2>
          {mentioned.length ? (
            <ul class="chips">
              {mentioned.map(([code, n]) => (
                <li key={code}>
                  <button type="button" class="chip" aria-pressed={selected === code} data-page-state={code} onClick={() => setPicked(code)}>
                    {stateByCode(code)?.name ?? code} <span class="muted">×{n}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('noStatesOnPage')}</p>
          )}
        </section>
        <label class="picker">
          {t('anyState')}
          <select value={selected ?? ''} onChange={(e) => setPicked((e.target as HTMLSelectElement).value || undefined)} data-picker>
            <option value="">{t('chooseStateOption')}</option>
            {STATES.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
                {covered.has(s.code) ? ` — ${t('mapHasDocuments')}` : ''}
              </option>
            ))}
          </select>
        </label>
        <UsTileMap
          covered={covered}
          lawVerdict={(code) => statusFor(code)?.dmvLimits.verdict ?? 'unknown'}
          onPage={new Set(Object.keys(pageStates))}
          selected={selected}
          onSelect={setPicked}
        />
        <label class="picker">
          {t('glossaryPicker')}
          <select value={termId} onChange={(e) => setTermId((e.target as HTMLSelectElement).value)} data-glossary-picker>
            <option value="">{t('glossaryPickerNone')}</option>
            {GLOSSARY.map((g) => (
              <option key={g.termId} value={g.termId}>
                {glossaryTitle(g)}
              </option>
            ))}
          </select>
        </label>
        <details class="compare" data-compare>
          <summary>{t('statusTable')}</summary>
          <StatusTable onSelect={setPicked} selected={selected} />
        </details>
      </nav>
      <main>
        {glossaryEntry ? <GlossaryCard entry={glossaryEntry} headingLevel={2} /> : null}
        {!index ? <p role="status">{t('loading')}</p> : null}
        {index && state ? <StateSummary key={state.code} stateCode={state.code} stateName={state.name} answers={index.answers} /> : null}
        {index && !state ? <p>{t('pickAState')}</p> : null}
      </main>
    </div>
  );
}
