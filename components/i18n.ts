/**
 * Every UI string goes through the browser's i18n (public/_locales/<lang>/messages.json), so the
 * interface follows the browser's language. Keys are typed from the English catalogue.
 */
import { browser } from 'wxt/browser';
import type english from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, substitutions?: string | number | (string | number)[]): string {
  const subs = substitutions === undefined ? undefined : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  // Unit tests run without the i18n API: the key itself is still a readable stand-in.
  const getMessage = browser.i18n?.getMessage as ((key: string, subs?: string[]) => string) | undefined;
  return getMessage?.call(browser.i18n, key, subs) || key;
}
