/**
 * Starting points the popup offers before anything is typed: questions readers bring, each of
 * which finds answers in the bundled documents (tests/unit/search.test.ts checks that).
 */
export const STARTING_QUESTIONS: readonly string[] = [
  'share data with ICE',
  'court order',
  'REAL ID',
  'AB 60',
  'Social Security number',
  'what can I do',
];
