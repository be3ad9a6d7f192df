/**
 * The documents the user imported, each with a delete button, and the bundled documents they
 * replaced (which come back when the import is deleted; see utils/storage/import.ts).
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DocumentListing } from '@/utils/storage/import';
import { t, tn } from '@/components/i18n';
import { topicLabel } from './ImportPreview';

interface Props {
  listing: DocumentListing | null;
  onDelete: (id: string) => Promise<void>;
}

export function ImportedDocuments({ listing, onDelete }: Props) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const imported = listing?.documents.filter((d) => d.source === 'imported') ?? [];
  const bundledCount = listing?.documents.filter((d) => d.source === 'bundled').length ?? 0;
  const dates = new Intl.DateTimeFormat(browser.i18n?.getUILanguage?.() || undefined, { dateStyle: 'medium' });

  async function remove(id: string, title: string) {
    setDeleting(id);
    try {
      await onDelete(id);
      setMessage({ kind: 'ok', text: t('importedDeleted', title) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('importedDeleteFailed', [title, error instanceof Error ? error.message : String(error)]) });
    } finally {
      setDeleting(null);
    }
  }

  return (
    <section class="options-section" aria-labelledby="imported-title" data-section="imported">
      <h2 id="imported-title">{t('importedTitle')}</h2>
      {listing === null ? (
        <p class="muted">{t('loading')}</p>
      ) : imported.length ? (
        <ul class="imported-list" aria-labelledby="imported-title">
          {imported.map((d) => {
            const replaces = listing.hidden.filter((h) => listing.replaced[h.id] === d.id).map((h) => h.title);
            return (
              <li key={d.id} data-imported-id={d.id} data-state={d.stateCode}>
                <div>
                  <span class="doc-title">{d.title}</span>
                  <span class="muted">
                    {' '}
                    — {d.stateName} · {topicLabel(d.topic)} · {tn('answerCount', d.entryCount)} · {t('importedAddedOn', dates.format(d.addedAt))}
                  </span>
                  {replaces.map((title) => (
                    <span class="hint replaces" key={title}>
                      {t('importedReplaces', title)}
                    </span>
                  ))}
                </div>
                <button
                  type="button"
                  class="small danger"
                  disabled={deleting !== null}
                  aria-label={t('importedDeleteLabel', d.title)}
                  data-action="delete-document"
                  onClick={() => void remove(d.id, d.title)}
                >
                  {t('importedDelete')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted" data-no-imports>
          {t('importedNone')}
        </p>
      )}
      {listing ? <p class="hint">{t('importedBundledCount', bundledCount)}</p> : null}
      <p class={message?.kind === 'error' ? 'error' : 'status'} role={message?.kind === 'error' ? 'alert' : 'status'} data-delete-message>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
