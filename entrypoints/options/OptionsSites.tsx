/**
 * The per-site list: on everywhere except the listed sites, or only on the listed sites. Each mode
 * keeps its own list, so switching modes and back loses nothing.
 */
import { useState } from 'preact/hooks';
import { siteOf, type Settings } from '@/utils/settings';
import { withSite } from '@/utils/browser/site-switch';
import { t } from '@/components/i18n';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

export function OptionsSites({ settings, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const onlyListed = settings.siteMode === 'only-listed';
  const list = onlyListed ? settings.enabledSites : settings.disabledSites;

  function add(e: Event) {
    e.preventDefault();
    const site = siteOf(draft);
    if (!site) {
      setProblem(t('optSiteInvalid', draft.trim() || '—'));
      return;
    }
    setProblem(null);
    setDraft('');
    // "Listed" means off in one mode and on in the other.
    onChange(withSite(settings, site, onlyListed));
  }

  return (
    <fieldset disabled={!settings.enabled} data-section="sites">
      <legend>{t('optSitesLegend')}</legend>
      <label class="choice">
        <input
          type="radio"
          name="siteMode"
          checked={!onlyListed}
          data-setting="siteMode=everywhere-except"
          onChange={() => onChange({ ...settings, siteMode: 'everywhere-except' })}
        />
        <span>{t('optSiteModeExcept')}</span>
      </label>
      <label class="choice">
        <input
          type="radio"
          name="siteMode"
          checked={onlyListed}
          data-setting="siteMode=only-listed"
          onChange={() => onChange({ ...settings, siteMode: 'only-listed' })}
        />
        <span>{t('optSiteModeOnly')}</span>
      </label>

      <h3 id="site-list-title" class="list-title">
        {t(onlyListed ? 'optSitesOn' : 'optSitesOff')}
      </h3>
      {list.length ? (
        <ul class="site-list" aria-labelledby="site-list-title" data-site-list>
          {list.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>
              <button type="button" class="small" aria-label={t('optSiteRemoveLabel', site)} onClick={() => onChange(withSite(settings, site, !onlyListed))}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t(onlyListed ? 'optSitesNoneOn' : 'optSitesNoneOff')}</p>
      )}
      <form class="inline-form" onSubmit={add}>
        <label>
          {t('optSiteAdd')}{' '}
          <input
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            data-site-input
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'site-problem' : undefined}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('optAdd')}</button>
      </form>
      {problem ? (
        <p id="site-problem" class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
