/**
 * Export the settings as a JSON file and import them back. A corrupt or foreign file is refused
 * with a visible message and changes nothing (utils/settings-file.ts importSettings decides).
 */
import { useRef, useState } from 'preact/hooks';
import { SETTINGS_VERSION, type Settings } from '@/utils/settings';
import { exportSettings, importSettings } from '@/utils/settings-file';
import { t, type MessageKey } from '@/components/i18n';

/** A settings export is a few hundred bytes; anything far larger is not one. */
const MAX_SETTINGS_FILE_BYTES = 256 * 1024;

interface Props {
  settings: Settings;
  onImport: (next: Settings) => void;
}

type Message = { kind: 'ok' | 'error'; text: string };

export function OptionsSettingsFile({ settings, onImport }: Props) {
  const [message, setMessage] = useState<Message | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  function download() {
    // A Blob URL on an <a download>: a local file save, no network involved.
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'data-sharing-lens-settings.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ kind: 'ok', text: t('optSettingsExported') });
  }

  async function load(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_SETTINGS_FILE_BYTES) {
      setMessage({ kind: 'error', text: t('optSettingsRefused', [file.name, t('optSettingsForeign')]) });
      return;
    }
    const text = await file.text();
    try {
      onImport(importSettings(text));
      setMessage({ kind: 'ok', text: t('optSettingsImported', file.name) });
    } catch {
      setMessage({ kind: 'error', text: t('optSettingsRefused', [file.name, t(refusal(text))]) });
    } finally {
      if (picker.current) picker.current.value = '';
    }
  }

  return (
    <section class="options-section" aria-labelledby="settings-file-title" data-section="settings-file">
      <h2 id="settings-file-title">{t('optSettingsFileTitle')}</h2>
      <div class="button-row">
        <button type="button" data-action="export-settings" onClick={download}>
          {t('optExportSettings')}
        </button>
        <label class="file-button">
          <input
            ref={picker}
            type="file"
            accept=".json,application/json"
            data-settings-file
            onChange={(e) => void load((e.target as HTMLInputElement).files?.[0])}
          />
          <span>{t('optImportSettings')}</span>
        </label>
      </div>
      <p class={message?.kind === 'error' ? 'error' : 'status'} role={message?.kind === 'error' ? 'alert' : 'status'} data-settings-message>
        {message?.text ?? ''}
      </p>
    </section>
  );
}

/** Why importSettings refused a file, as a message key (its own messages are English only). */
function refusal(text: string): MessageKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'optSettingsNotJson';
  }
  const version = (parsed as { settings?: { version?: unknown } } | null)?.settings?.version;
  return typeof version === 'number' && version > SETTINGS_VERSION ? 'optSettingsNewer' : 'optSettingsForeign';
}
