/**
 * Every UI string goes through @wxt-dev/i18n (data/locales/<lang>.json, written to _locales at
 * build), so the interface follows the browser's language, keys are typed from the English
 * catalogue, and counts take their plural form ("1 answer", "2 answers").
 */
import { i18n, type GeneratedI18nStructure } from '#i18n';

export type MessageKey = keyof GeneratedI18nStructure;

type Substitutions = string | number | (string | number)[];
// The typed overloads want literal substitution counts per key; the surfaces pass them through.
const translate = i18n.t as unknown as (key: string, ...args: unknown[]) => string;

const list = (substitutions?: Substitutions) =>
  substitutions === undefined ? undefined : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);

/** A message; the key itself stands in where there is no i18n API (unit tests without a stub). */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  try {
    return translate(key, list(substitutions)) || key;
  } catch {
    return key;
  }
}

/** A count in words that agree with it: "1 answer", "2 answers" (`$1` is the count unless given). */
export function tn(key: MessageKey, count: number, substitutions?: Substitutions): string {
  try {
    return translate(key, count, list(substitutions)) || key;
  } catch {
    return key;
  }
}
