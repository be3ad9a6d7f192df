import { describe, expect, it } from 'vitest';
import { TOPIC_WORDS, topicOfWord, topicOfWords } from '@/data/topic-words';
import { parseDocument } from '@/utils/parse-document';
import { topicSignal } from '@/utils/rank-answers';

const doc = (title: string) => `Categories Federal Government\n\n${title}\n\n1. Does it share?\n\nNo.\n`;

describe('one topic vocabulary', () => {
  it('gives every word one topic', () => {
    const all = Object.values(TOPIC_WORDS).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(topicOfWord('courthouse')).toBe('court-information-sharing');
    expect(topicOfWord('licencia')).toBe('dmv-data-sharing');
    expect(topicOfWord('warrant')).toBeUndefined();
  });

  it('lets the ranking read the article’s topic from the words the page sends', () => {
    expect(topicOfWords(['court', 'judge', 'license'])).toBe('court-information-sharing');
    expect(topicOfWords(['dmv', "driver's", 'court'])).toBe('dmv-data-sharing');
    expect(topicOfWords(['court', 'dmv'])).toBeUndefined();
    expect(topicSignal({ kind: 'state', stateCode: 'NM' }, ['judges', 'courthouse'])).toBe('court-information-sharing');
  });

  it('lets the parser read a title’s topic with the same words', () => {
    const topicOf = (title: string) => {
      const r = parseDocument(doc(title));
      return r.ok ? r.document.topic : r.error.reason;
    };
    expect(topicOf('State DMV Data Sharing With ICE in New Mexico')).toBe('dmv-data-sharing');
    expect(topicOf('State Court Information Sharing With ICE in New Mexico')).toBe('court-information-sharing');
    expect(topicOf('State Motor Vehicle Records Sharing With ICE in Oregon')).toBe('dmv-data-sharing');
    expect(topicOf('State Judiciary Data Sharing With ICE in Oregon')).toBe('court-information-sharing');
    expect(topicOf('State Court and DMV Data Sharing With ICE in Oregon')).toMatch(/unknown topic/);
  });
});
