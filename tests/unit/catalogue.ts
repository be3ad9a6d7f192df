/**
 * The UI strings as the browser serves them (the _locales messages WXT writes at build), for unit
 * tests that render a surface with a stand-in browser.i18n.getMessage.
 */
import { generateChromeMessages, parseMessagesObject, type MessagesObject } from '@wxt-dev/i18n/build';
import english from '@/data/locales/en.json';
import spanish from '@/data/locales/es.json';

export type Catalogue = Record<string, { message: string }>;

export const ENGLISH: Catalogue = generateChromeMessages(parseMessagesObject(english as MessagesObject));
export const SPANISH: Catalogue = generateChromeMessages(parseMessagesObject(spanish as MessagesObject));

/** browser.i18n.getMessage over a catalogue: "$1"… replaced, '' for a missing key (as the browser). */
export const getMessageFrom = (catalogue: Catalogue) => (key: string, subs?: string | string[]) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return catalogue[key]?.message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '') ?? '';
};
