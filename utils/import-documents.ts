/**
 * Planning an import of user documents: every file is parsed, indexed and checked against the
 * batch and the index BEFORE anything is stored, so the preview can show exactly what will be
 * stored and what was refused (with a line and a reason). Pure: takes plain data, returns plain
 * data; storing the plan is utils/storage/import.ts.
 *
 * Rules:
 * - A file the parser refuses is rejected with the parser's line and reason.
 * - The same text twice in one batch: the later file is rejected as a duplicate.
 * - Two different texts for the same state and topic in one batch: the later one is rejected, so
 *   the user decides about one document at a time rather than between three.
 * - The same text as a document already imported is rejected (importing it again adds nothing).
 * - A document for a state and topic the index already has is accepted with a conflict that
 *   needs a decision: replace the existing document, or keep both.
 */
import type { DocumentSource, StoredDocument, StoredEntry, Topic } from './document-types';
import { indexDocument } from './index-document';
import { parseDocument } from './parse-document';

/** One batch at most; more files than this are refused with a reason, not silently dropped. */
export const MAX_IMPORT_FILES = 200;
/** Checking yields to the page after this much work, so 100 files never freeze the options page. */
const SLICE_MS = 12;

export interface ImportInput {
  name: string;
  text: string;
}

/** What the plan needs to know about a document already in the index. */
export interface ExistingDocument {
  id: string;
  title: string;
  stateCode: string;
  topic: Topic;
  source: DocumentSource;
}

export type Rejection =
  | { kind: 'invalid'; line: number; reason: string }
  | { kind: 'duplicate'; of: string }
  | { kind: 'same-subject'; of: string }
  | { kind: 'already-imported'; title: string }
  | { kind: 'too-many'; max: number };

export interface AcceptedFile {
  status: 'accepted';
  name: string;
  document: StoredDocument;
  entries: StoredEntry[];
  /** The document of the same state and topic already in the index, when there is one. */
  conflict?: ExistingDocument;
}

export interface RejectedFile {
  status: 'rejected';
  name: string;
  rejection: Rejection;
}

export type CheckedFile = AcceptedFile | RejectedFile;

export interface ImportPlan {
  /** In the order the files were given. */
  files: CheckedFile[];
}

export type Decision = 'replace' | 'keep-both';

/** What utils/storage/import.ts stores: the indexed document and, for "replace", what it replaces. */
export interface ImportItem {
  document: StoredDocument;
  entries: StoredEntry[];
  replaces?: string;
}

/** FNV-1a over the normalised text, as 8 hex digits: the stable part of an imported id. */
export function contentHash(text: string): string {
  const normalised = normaliseText(text);
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) {
    hash ^= normalised.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
}

/**
 * Imported ids carry "-imported-" and a hash, so they never collide with a bundled id
 * ("nm-dmv-data-sharing") and the same text always gets the same id.
 */
export function importedId(stateCode: string, topic: Topic, hash: string): string {
  return `${stateCode.toLowerCase()}-${topic}-imported-${hash}`;
}

export interface PlanOptions {
  now?: number;
  /** Called after each file with how many are done. */
  onProgress?: (done: number, total: number) => void;
  /** Lets the page breathe between slices; tests pass a no-op. */
  pause?: () => Promise<void>;
}

const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function planImport(
  inputs: readonly ImportInput[],
  existing: readonly ExistingDocument[],
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const { now = Date.now(), onProgress, pause = breathe } = options;
  const bySubject = new Map(existing.map((d) => [`${d.stateCode}|${d.topic}`, d]));
  const batchTexts = new Map<string, string>();
  const batchSubjects = new Map<string, string>();
  const files: CheckedFile[] = [];
  let sliceStart = Date.now();

  for (const [i, input] of inputs.entries()) {
    files.push(checkFile(input, i));
    onProgress?.(i + 1, inputs.length);
    if (Date.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = Date.now();
    }
  }
  return { files };

  function checkFile(input: ImportInput, position: number): CheckedFile {
    const reject = (rejection: Rejection): RejectedFile => ({ status: 'rejected', name: input.name, rejection });
    if (position >= MAX_IMPORT_FILES) return reject({ kind: 'too-many', max: MAX_IMPORT_FILES });
    const parsed = parseDocument(input.text);
    if (!parsed.ok) return reject({ kind: 'invalid', ...parsed.error });

    const text = normaliseText(input.text);
    const sameText = batchTexts.get(text);
    if (sameText !== undefined) return reject({ kind: 'duplicate', of: sameText });
    const doc = parsed.document;
    const subject = `${doc.state.code}|${doc.topic}`;
    const sameSubject = batchSubjects.get(subject);
    if (sameSubject !== undefined) return reject({ kind: 'same-subject', of: sameSubject });

    // The id holds state, topic and text hash: an equal id is the same subject, and (but for a
    // 1-in-4-billion hash collision) the same text. Within a batch the subject check above already
    // keeps ids apart; a collision with a stored id would fail the whole import, not overwrite.
    const id = importedId(doc.state.code, doc.topic, contentHash(text));
    const already = existing.find((d) => d.id === id);
    if (already) return reject({ kind: 'already-imported', title: already.title });

    batchTexts.set(text, input.name);
    batchSubjects.set(subject, input.name);

    const indexed = indexDocument({ ...doc, id }, 'imported', now);
    const conflict = bySubject.get(subject);
    return { status: 'accepted', name: input.name, ...indexed, ...(conflict ? { conflict } : {}) };
  }
}

export const acceptedFiles = (plan: ImportPlan) => plan.files.filter((f): f is AcceptedFile => f.status === 'accepted');
export const rejectedFiles = (plan: ImportPlan) => plan.files.filter((f): f is RejectedFile => f.status === 'rejected');

/** Names of accepted files whose conflict has no decision yet: the import waits for them. */
export function undecided(plan: ImportPlan, decisions: Readonly<Record<string, Decision>>): string[] {
  return acceptedFiles(plan)
    .filter((f) => f.conflict && !decisions[f.document.id])
    .map((f) => f.name);
}

/** The items to store, given a decision for every conflict (keyed by the new document's id). */
export function importItems(plan: ImportPlan, decisions: Readonly<Record<string, Decision>>): ImportItem[] {
  const missing = undecided(plan, decisions);
  if (missing.length) throw new Error(`no decision for ${missing.join(', ')}`);
  return acceptedFiles(plan).map((f) => ({
    document: f.document,
    entries: f.entries,
    ...(f.conflict && decisions[f.document.id] === 'replace' ? { replaces: f.conflict.id } : {}),
  }));
}
