/** Documents for the import tests: the fixtures on disk and generated batches. */
import { readFileSync } from 'node:fs';
import { STATES } from '@/data/states';

export const fixture = (name: string) => readFileSync(`tests/fixtures/documents/${name}`, 'utf8');
export const bundledText = (file: string) => readFileSync(`data/documents/${file}`, 'utf8');

export const OREGON = fixture('oregon-dmv.txt');

/** The Oregon fixture rewritten for another state and topic (a different text, so a new hash). */
export function documentFor(stateName: string, topic: 'dmv' | 'court' = 'dmv'): string {
  const title = topic === 'dmv' ? `State DMV Data Sharing With ICE in ${stateName}` : `State Court Information Sharing With ICE in ${stateName}`;
  return OREGON.replace('State DMV Data Sharing With ICE in Oregon', title).replaceAll('Oregon', stateName);
}

/** 100 documents: two topics for each of 50 states. */
export function hundredDocuments(): { name: string; text: string }[] {
  return STATES.slice(0, 50).flatMap((s) => [
    { name: `${s.code}-dmv.txt`, text: documentFor(s.name, 'dmv') },
    { name: `${s.code}-court.txt`, text: documentFor(s.name, 'court') },
  ]);
}
