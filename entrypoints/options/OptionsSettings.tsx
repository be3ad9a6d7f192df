/**
 * The settings form of the options page. Every control saves at once (the caller writes
 * storage.local, which open tabs watch), so there is no "Save" button to forget.
 */
import { DELAY_RANGE, type Settings } from '@/utils/settings';
import { t, type MessageKey } from '@/components/i18n';
import { OptionsSites } from './OptionsSites';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

const HIGHLIGHT_KINDS: { key: keyof Settings['highlight']; label: MessageKey; hint: MessageKey }[] = [
  { key: 'coveredStates', label: 'optHighlightCovered', hint: 'optHighlightCoveredHint' },
  { key: 'otherStates', label: 'optHighlightOther', hint: 'optHighlightOtherHint' },
  { key: 'agencies', label: 'optHighlightAgencies', hint: 'optHighlightAgenciesHint' },
  { key: 'federalTerms', label: 'optHighlightFederal', hint: 'optHighlightFederalHint' },
];

const TRIGGERS: { value: Settings['trigger']['mode']; label: MessageKey }[] = [
  { value: 'hover', label: 'optTriggerHover' },
  { value: 'hover-modifier', label: 'optTriggerModifier' },
  { value: 'click', label: 'optTriggerClick' },
];

const MODIFIERS: { value: Settings['trigger']['modifier']; label: MessageKey }[] = [
  { value: 'Alt', label: 'optKeyAlt' },
  { value: 'Shift', label: 'optKeyShift' },
  { value: 'Control', label: 'optKeyControl' },
];

const THEMES: { value: Settings['theme']; label: MessageKey }[] = [
  { value: 'system', label: 'optThemeSystem' },
  { value: 'light', label: 'optThemeLight' },
  { value: 'dark', label: 'optThemeDark' },
];

const SIZES: { value: Settings['textSize']; label: MessageKey }[] = [
  { value: 'small', label: 'optSizeSmall' },
  { value: 'medium', label: 'optSizeMedium' },
  { value: 'large', label: 'optSizeLarge' },
];

export function OptionsSettings({ settings, onChange }: Props) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  const setTrigger = (patch: Partial<Settings['trigger']>) => set('trigger', { ...settings.trigger, ...patch });
  const off = !settings.enabled;

  return (
    <section class="options-section" aria-labelledby="settings-title" data-section="settings">
      <h2 id="settings-title">{t('optSettingsTitle')}</h2>
      <p class="muted">{t('optSettingsIntro')}</p>

      <label class="switch big">
        <input type="checkbox" role="switch" checked={settings.enabled} data-setting="enabled" onChange={(e) => set('enabled', checked(e))} />
        <span>{t('highlightEverywhere')}</span>
      </label>

      <OptionsSites settings={settings} onChange={onChange} />

      <fieldset disabled={off}>
        <legend>{t('optHighlightLegend')}</legend>
        {HIGHLIGHT_KINDS.map(({ key, label, hint }) => (
          <label class="choice" key={key}>
            <input
              type="checkbox"
              checked={settings.highlight[key]}
              data-setting={`highlight.${key}`}
              onChange={(e) => set('highlight', { ...settings.highlight, [key]: checked(e) })}
            />
            <span>
              {t(label)} <span class="hint">{t(hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset disabled={off}>
        <legend>{t('optTriggerLegend')}</legend>
        <Radios name="trigger" options={TRIGGERS} value={settings.trigger.mode} onPick={(mode) => setTrigger({ mode })} />
        <div class="sub-controls">
          <label>
            {t('optDelay')}{' '}
            <input
              type="number"
              min={DELAY_RANGE.min}
              max={DELAY_RANGE.max}
              step={50}
              value={settings.trigger.delayMs}
              disabled={settings.trigger.mode === 'click'}
              aria-describedby="delay-hint"
              data-setting="delayMs"
              onChange={(e) => {
                const n = Number((e.target as HTMLInputElement).value);
                if (Number.isFinite(n)) setTrigger({ delayMs: n });
              }}
            />
          </label>
          <span id="delay-hint" class="hint">
            {t('optDelayHint', [DELAY_RANGE.min, DELAY_RANGE.max])}
          </span>
          <label>
            {t('optModifier')}{' '}
            <select
              value={settings.trigger.modifier}
              disabled={settings.trigger.mode !== 'hover-modifier'}
              data-setting="modifier"
              onChange={(e) => setTrigger({ modifier: (e.target as HTMLSelectElement).value as Settings['trigger']['modifier'] })}
            >
              {MODIFIERS.map((m) => (
                <option key={m.value} value={m.value}>
                  {t(m.label)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p class="hint">{t('optTriggerKeyboard')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('optThemeLegend')}</legend>
        <Radios name="theme" options={THEMES} value={settings.theme} onPick={(theme) => set('theme', theme)} />
      </fieldset>

      <fieldset>
        <legend>{t('optSizeLegend')}</legend>
        <Radios name="textSize" options={SIZES} value={settings.textSize} onPick={(size) => set('textSize', size)} />
      </fieldset>
    </section>
  );
}

function Radios<T extends string>(props: { name: string; options: { value: T; label: MessageKey }[]; value: T; onPick: (value: T) => void }) {
  return (
    <>
      {props.options.map((o) => (
        <label class="choice" key={o.value}>
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            data-setting={`${props.name}=${o.value}`}
            onChange={() => props.onPick(o.value)}
          />
          <span>{t(o.label)}</span>
        </label>
      ))}
    </>
  );
}

const checked = (e: Event) => (e.target as HTMLInputElement).checked;
