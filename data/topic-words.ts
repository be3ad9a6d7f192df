/**
 * The one topic vocabulary: which words point to which kind of document. The content script
 * sends only words from this list (never the page's sentences), the ranking counts them to pick
 * the document, and the parser reads a title's topic with them. A word that no part reads is not
 * here, so nothing is sent for nothing.
 */
import type { Topic } from '@/utils/document-types';

export const TOPIC_WORDS: Record<Topic, readonly string[]> = {
  'court-information-sharing': [
    'court', 'courts', 'courthouse', 'courthouses', 'judge', 'judges', 'judicial', 'judiciary', 'aoc',
    'tribunal', 'tribunales', 'corte', 'cortes',
  ],
  'dmv-data-sharing': [
    'dmv', 'dmvs', 'mvd', 'bmv', 'dvs', 'license', 'licenses', 'licence', 'licences', "driver's", 'drivers', 'driver',
    'vehicle', 'vehicles', 'motor', 'licencia', 'licencias',
  ],
};

const TOPIC_OF = new Map<string, Topic>(
  (Object.entries(TOPIC_WORDS) as [Topic, readonly string[]][]).flatMap(([topic, words]) => words.map((w) => [w, topic] as const)),
);

/** The topic a word points to ("courthouse" → courts), if any. */
export function topicOfWord(word: string): Topic | undefined {
  return TOPIC_OF.get(word);
}

/** Which topic the words point to more often; none on a tie or without any. */
export function topicOfWords(words: readonly string[]): Topic | undefined {
  let court = 0;
  let dmv = 0;
  for (const w of words) {
    const topic = TOPIC_OF.get(w);
    if (topic === 'court-information-sharing') court++;
    else if (topic === 'dmv-data-sharing') dmv++;
  }
  if (court > dmv) return 'court-information-sharing';
  if (dmv > court) return 'dmv-data-sharing';
  return undefined;
}
