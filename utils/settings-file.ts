/**
 * The settings file a user exports and imports (options page). Its envelope is a valibot schema,
 * and the file's type is inferred from it. Kept apart from utils/settings.ts, which the content
 * script runs at every page start: the schema library stays out of that bundle. What is inside
 * `settings` is then brought to the current shape by normalizeSettings, field by field, as a
 * stored value is.
 */
import * as v from 'valibot';
import { normalizeSettings, SettingsError, SETTINGS_VERSION, type Settings } from './settings';

export const SETTINGS_FILE_KIND = 'data-sharing-lens/settings';

const SettingsFileSchema = v.object({
  kind: v.literal(SETTINGS_FILE_KIND),
  settings: v.looseObject({ version: v.unknown() }),
});
export type SettingsFile = v.InferOutput<typeof SettingsFileSchema>;

const VersionSchema = v.pipe(v.number(), v.maxValue(SETTINGS_VERSION));

/** The JSON a user exports: marked with its kind so a foreign file is recognised as such. */
export function exportSettings(settings: Settings): string {
  const file: SettingsFile = { kind: SETTINGS_FILE_KIND, settings: { ...settings } };
  return JSON.stringify(file, null, 2);
}

/** Parses an exported settings file; throws SettingsError with a reason for corrupt or foreign files. */
export function importSettings(text: string): Settings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SettingsError('This file is not valid JSON.');
  }
  const file = v.safeParse(SettingsFileSchema, parsed);
  if (!file.success) throw new SettingsError('This is not a Data Sharing Lens settings file.');
  if (!v.is(VersionSchema, file.output.settings.version))
    throw new SettingsError('These settings come from a newer version of the extension.');
  return normalizeSettings(file.output.settings).settings;
}
