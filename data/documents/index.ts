/**
 * The documents the extension bundles, copied unchanged from the seed set, with the page each
 * was taken from (found by matching the text; see README "Data").
 */
import newMexicoDmv from './new-mexico-dmv.txt?raw';
import californiaDmv from './california-dmv.txt?raw';
import maineDmv from './maine-dmv.txt?raw';
import newMexicoCourts from './new-mexico-courts.txt?raw';
import minnesotaDmv from './minnesota-dmv.txt?raw';

export interface BundledDocument {
  file: string;
  text: string;
  origin: string;
}

const SITE = 'https://www.uscisguide.com';

export const BUNDLED_DOCUMENTS: readonly BundledDocument[] = [
  { file: 'new-mexico-dmv.txt', text: newMexicoDmv, origin: `${SITE}/federal-government/state-dmv-data-sharing-with-ice-in-new-mexico/` },
  { file: 'california-dmv.txt', text: californiaDmv, origin: `${SITE}/federal-government/state-dmv-data-sharing-with-ice-in-california/` },
  { file: 'maine-dmv.txt', text: maineDmv, origin: `${SITE}/federal-government/state-dmv-data-sharing-with-ice-in-maine/` },
  { file: 'new-mexico-courts.txt', text: newMexicoCourts, origin: `${SITE}/?p=77527` },
  { file: 'minnesota-dmv.txt', text: minnesotaDmv, origin: `${SITE}/uncategorized/state-dmv-data-sharing-with-ice-in-minnesota/` },
];
