/**
 * "Look up ‘<selection>’" in the context menu of selected text: opens the search with it.
 * Chrome keeps menu items across restarts of the service worker and Firefox's MV2 background
 * page re-runs on each browser start, so the item is (re)created on install and on startup,
 * after removing any left over (a duplicate id is an error in both browsers).
 */
import { browser } from 'wxt/browser';
import { openSearch } from './open-surfaces';
import { i18n } from '#i18n';

export const LOOKUP_MENU_ID = 'lookup-selection';
/** A selection longer than this is cut: the search wants a term or a question, not a page. */
export const MAX_LOOKUP_CHARS = 200;

export function registerLookupMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  const create = () =>
    void menus
      .removeAll()
      .then(() =>
        menus.create({
          id: LOOKUP_MENU_ID,
          // %s is the browsers' own placeholder for the selected text.
          title: i18n.t('contextMenuLookUp'),
          contexts: ['selection'],
        }),
      )
      .catch((error: unknown) => console.error('Data Sharing Lens: could not add the context menu', error));
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup.addListener(create);
  menus.onClicked.addListener((info) => {
    if (info.menuItemId !== LOOKUP_MENU_ID) return;
    const query = lookupQuery(info.selectionText);
    if (query) void openSearch(query);
  });
}

/** The selection as a search query: whitespace collapsed, cut at a word boundary. */
export function lookupQuery(selection: string | undefined): string {
  const text = (selection ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_LOOKUP_CHARS) return text;
  const cut = text.slice(0, MAX_LOOKUP_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > MAX_LOOKUP_CHARS / 2 ? cut.slice(0, space) : cut;
}
