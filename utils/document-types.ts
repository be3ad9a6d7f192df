/**
 * The shapes of a policy Q&A document, from parsed text to what the index stores.
 * Plain data only: these cross the message protocol and live in IndexedDB.
 */

export type Topic = 'dmv-data-sharing' | 'court-information-sharing';

export const TOPIC_LABELS: Record<Topic, string> = {
  'dmv-data-sharing': 'DMV data sharing',
  'court-information-sharing': 'State court information sharing',
};

/** The question's theme (a heuristic over the question text, see utils/facets.ts). */
export type Theme =
  | 'current-policy'
  | 'what-is-shared'
  | 'legal-basis'
  | 'process'
  | 'safeguards'
  | 'impact'
  | 'controversy'
  | 'comparison'
  | 'individual-action'
  | 'future';

export const THEME_LABELS: Record<Theme, string> = {
  'current-policy': 'Current policy',
  'what-is-shared': 'What is shared',
  'legal-basis': 'Legal basis',
  process: 'Process and requests',
  safeguards: 'Safeguards and oversight',
  impact: 'Impact on people',
  controversy: 'Controversy and views',
  comparison: 'Comparison with other states',
  'individual-action': 'What individuals can do',
  future: 'Future',
};

export interface ListItem {
  /** The item's own number in the answer ("1." → 1). */
  number: number;
  /** The text before the first colon, when the item reads "Label: text". */
  label?: string;
  /** The item without its number, and without "Label:" when it has a label. */
  text: string;
}

export type AnswerBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: ListItem[] };

export interface ParsedEntry {
  /** 1..20, the question number in the document. */
  number: number;
  question: string;
  blocks: AnswerBlock[];
  /** The answer as plain text, blocks joined by blank lines. */
  text: string;
  /** Line in the source text where the question stands (1-based), for error messages and links. */
  line: number;
}

export interface ParsedDocument {
  /** Stable id derived from state and topic, e.g. "nm-dmv-data-sharing". */
  id: string;
  title: string;
  category: string;
  state: { code: string; name: string };
  topic: Topic;
  origin?: string;
  entries: ParsedEntry[];
}

/** A law, bill, statute, programme or year an answer cites. */
export interface Citation {
  kind: 'bill' | 'statute' | 'act' | 'year';
  /** Normalised form used to group citations across entries ("AB 60", "29-A M.R.S. § 1708", "2003"). */
  key: string;
}

export interface EntryFacets {
  theme: Theme;
  /** Whether the answer talks about its own state or about "states" in general. */
  scope: 'state' | 'general';
  /** Dating hedges found in the answer, as written ("As of my last update"). */
  hedges: string[];
  citations: Citation[];
}

export type LabelKind = 'hedged' | 'general' | 'contradicted';

export interface EntryLabel {
  kind: LabelKind;
  /** One sentence the UI shows beside the label. */
  explanation: string;
  /** For "contradicted": the question numbers (same document) it conflicts with. */
  related?: number[];
}

export type DocumentSource = 'bundled' | 'imported';

export interface StoredDocument {
  id: string;
  title: string;
  category: string;
  stateCode: string;
  stateName: string;
  topic: Topic;
  origin?: string;
  source: DocumentSource;
  entryCount: number;
  /** Epoch ms when stored. */
  addedAt: number;
}

export interface StoredEntry extends ParsedEntry, EntryFacets {
  /** `${docId}#${number}` */
  id: string;
  docId: string;
  docTitle: string;
  stateCode: string;
  stateName: string;
  topic: Topic;
  source: DocumentSource;
  labels: EntryLabel[];
}
