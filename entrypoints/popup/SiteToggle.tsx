import { useEffect, useState } from 'preact/hooks';
import { currentSite, withSite } from '@/utils/browser/site-switch';
import { settingsItem } from '@/utils/browser/storage-items';
import { isActiveOn, type Settings } from '@/utils/settings';
import { t } from '@/components/i18n';

/** "Highlight on <site>" and the global switch; a change reaches open tabs through storage at once. */
export function SiteToggle({ tabId }: { tabId?: number }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState(false);
  const [site, setSite] = useState<string | null>(null);

  useEffect(() => {
    void settingsItem.get().then((r) => {
      setSettings(r.settings);
      setRepaired(r.repaired);
    });
    void currentSite(tabId).then(setSite);
    return settingsItem.watch((r) => setSettings(r.settings));
  }, [tabId]);

  if (!settings) return null;
  const save = (next: Settings) => {
    setSettings(next);
    setRepaired(false);
    void settingsItem.set(next);
  };
  const siteOn = site ? isActiveOn({ ...settings, enabled: true }, site) : false;

  return (
    <section class="site-control" aria-label={t('siteControls')}>
      {repaired ? (
        <p class="notice" role="status">
          {t('settingsRepaired')}
        </p>
      ) : null}
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.enabled} data-toggle="global" onChange={(e) => save({ ...settings, enabled: (e.target as HTMLInputElement).checked })} />
        <span>{t('highlightEverywhere')}</span>
      </label>
      {site ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            disabled={!settings.enabled}
            data-toggle="site"
            onChange={(e) => save(withSite(settings, site, (e.target as HTMLInputElement).checked))}
          />
          <span>{t('highlightOnSite', site)}</span>
        </label>
      ) : null}
    </section>
  );
}
