/**
 * The options page: settings (saved at once, reaching open tabs through storage.local), the
 * settings file, importing documents and the list of imported documents.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ImportDocuments } from './ImportDocuments';
import { ImportedDocuments } from './ImportedDocuments';
import { OptionsSettings } from './OptionsSettings';
import { OptionsSettingsFile } from './OptionsSettingsFile';
import { t } from '@/components/i18n';
import { sendMessage } from '@/utils/browser/messaging';
import { indexChangedItem, settingsItem } from '@/utils/browser/storage-items';
import { normalizeSettings, type Settings } from '@/utils/settings';
import { LensDatabase } from '@/utils/storage/database';
import { deleteImportedDocument, listDocuments, type DocumentListing } from '@/utils/storage/import';

export function Options() {
  const db = useMemo(() => new LensDatabase(), []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState(false);
  const [listing, setListing] = useState<DocumentListing | null>(null);
  const [indexError, setIndexError] = useState(false);

  const refreshDocuments = useCallback(async () => setListing(await listDocuments(db)), [db]);

  useEffect(() => {
    void settingsItem.get().then((r) => {
      setSettings(r.settings);
      setRepaired(r.repaired);
    });
    // The popup's switches (or another options tab) change settings too: follow them.
    const unwatch = [settingsItem.watch((r) => setSettings(r.settings)), indexChangedItem.watch(() => void refreshDocuments())];
    // getIndexStats waits until the background has seeded, so conflicts with bundled documents
    // are found even on the first start.
    void sendMessage('getIndexStats')
      .catch(() => undefined)
      .then(refreshDocuments)
      .catch(() => setIndexError(true));
    return () => unwatch.forEach((stop) => stop());
  }, [refreshDocuments]);

  function save(next: Settings) {
    const normalized = normalizeSettings(next).settings;
    setSettings(normalized);
    setRepaired(false);
    void settingsItem.set(normalized);
  }

  async function documentsChanged() {
    await refreshDocuments();
    // Tells the background to reload its index and republish the covered states (open tabs
    // highlight a newly imported state at once).
    await indexChangedItem.set(Date.now());
  }

  return (
    <main class="options" data-options>
      <header>
        <h1>{t('optTitle')}</h1>
        <p class="muted">{t('optIntro')}</p>
      </header>
      {repaired ? (
        <p class="notice" role="alert" data-settings-repaired>
          {t('settingsRepaired')}
        </p>
      ) : null}
      {settings ? (
        <>
          <OptionsSettings settings={settings} onChange={save} />
          <OptionsSettingsFile settings={settings} onImport={save} />
        </>
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
      {indexError ? (
        <p class="error" role="alert">
          {t('indexUnavailable')}
        </p>
      ) : null}
      <ImportDocuments db={db} existing={listing?.documents ?? null} onStored={documentsChanged} />
      <ImportedDocuments
        listing={listing}
        onDelete={async (id) => {
          await deleteImportedDocument(db, id);
          await documentsChanged();
        }}
      />
      <section class="options-section privacy" aria-labelledby="privacy-title" data-section="privacy">
        <h2 id="privacy-title">{t('optPrivacyTitle')}</h2>
        <p>{t('optPrivacySummary')}</p>
        {/* PRIVACY.md ships in the source, not in the extension, and the repository has no known address yet. */}
        <p class="hint" data-privacy-policy>
          {t('optPrivacyPolicy')}
        </p>
      </section>
    </main>
  );
}
