import { describe, expect, it, vi } from 'vitest';
import {
  acceptedFiles,
  contentHash,
  importedId,
  importItems,
  MAX_IMPORT_FILES,
  planImport,
  rejectedFiles,
  undecided,
  type ExistingDocument,
} from '@/utils/import-documents';
import { bundledText, fixture, hundredDocuments, OREGON } from './import-fixtures';

const noPause = { pause: async () => undefined };
const NM_BUNDLED: ExistingDocument = { id: 'nm-dmv-data-sharing', title: 'State DMV Data Sharing With ICE in New Mexico', stateCode: 'NM', topic: 'dmv-data-sharing', source: 'bundled' };

describe('planning an import', () => {
  it('accepts a valid document, indexed with the same facets and labels as bundled ones', async () => {
    const plan = await planImport([{ name: 'oregon-dmv.txt', text: OREGON }], [], noPause);
    const [file] = acceptedFiles(plan);
    expect(rejectedFiles(plan)).toEqual([]);
    expect(file.document).toMatchObject({ stateCode: 'OR', stateName: 'Oregon', topic: 'dmv-data-sharing', source: 'imported', entryCount: 20 });
    expect(file.document.id).toBe(importedId('OR', 'dmv-data-sharing', contentHash(OREGON)));
    expect(file.document.id).toMatch(/^or-dmv-data-sharing-imported-[0-9a-f]{8}$/);
    expect(file.entries).toHaveLength(20);
    expect(file.entries[0]).toMatchObject({ id: `${file.document.id}#1`, docId: file.document.id, source: 'imported', stateCode: 'OR' });
    for (const entry of file.entries) {
      expect(entry.theme).toBeTruthy();
      expect(Array.isArray(entry.labels)).toBe(true);
    }
    expect(file.entries.find((e) => e.number === 2)?.citations.map((c) => c.key)).toContain('2019');
    expect(file.conflict).toBeUndefined();
  });

  it('rejects a malformed document with its line and reason, and a non-document at line 1', async () => {
    const plan = await planImport(
      [
        { name: 'gap.txt', text: fixture('malformed-missing-question.txt') },
        { name: 'list.txt', text: fixture('not-a-document.txt') },
        { name: 'empty.txt', text: '' },
      ],
      [],
      noPause,
    );
    expect(acceptedFiles(plan)).toEqual([]);
    expect(rejectedFiles(plan)).toEqual([
      { status: 'rejected', name: 'gap.txt', rejection: { kind: 'invalid', line: 13, reason: 'expected question 3, found 4' } },
      { status: 'rejected', name: 'list.txt', rejection: { kind: 'invalid', line: 1, reason: expect.stringMatching(/Categories/) } },
      { status: 'rejected', name: 'empty.txt', rejection: { kind: 'invalid', line: 1, reason: 'the document is empty' } },
    ]);
  });

  it('keeps the files in the order given, accepted and rejected together', async () => {
    const plan = await planImport([{ name: 'a.txt', text: 'nonsense' }, { name: 'b.txt', text: OREGON }], [], noPause);
    expect(plan.files.map((f) => `${f.name}:${f.status}`)).toEqual(['a.txt:rejected', 'b.txt:accepted']);
  });

  it('rejects the same text twice in a batch, even with other line endings', async () => {
    const plan = await planImport(
      [
        { name: 'first.txt', text: OREGON },
        { name: 'copy.txt', text: `\uFEFF${OREGON.replace(/\n/g, '\r\n')}` },
      ],
      [],
      noPause,
    );
    expect(acceptedFiles(plan).map((f) => f.name)).toEqual(['first.txt']);
    expect(rejectedFiles(plan)[0]).toMatchObject({ name: 'copy.txt', rejection: { kind: 'duplicate', of: 'first.txt' } });
  });

  it('rejects a second document for the same state and topic in one batch', async () => {
    const other = OREGON.replace('This is a short test document', 'This is another short test document');
    const plan = await planImport([{ name: 'one.txt', text: OREGON }, { name: 'two.txt', text: other }], [], noPause);
    expect(rejectedFiles(plan)[0]).toMatchObject({ name: 'two.txt', rejection: { kind: 'same-subject', of: 'one.txt' } });
  });

  it('finds a conflict with a bundled document of the same state and topic, which needs a decision', async () => {
    const plan = await planImport([{ name: 'nm.txt', text: bundledText('new-mexico-dmv.txt') }, { name: 'or.txt', text: OREGON }], [NM_BUNDLED], noPause);
    const [nm, or] = acceptedFiles(plan);
    expect(nm.conflict).toEqual(NM_BUNDLED);
    expect(nm.document.id).not.toBe(NM_BUNDLED.id);
    expect(or.conflict).toBeUndefined();
    expect(undecided(plan, {})).toEqual(['nm.txt']);
    expect(() => importItems(plan, {})).toThrow(/no decision for nm\.txt/);
    expect(importItems(plan, { [nm.document.id]: 'replace' }).map((i) => i.replaces)).toEqual(['nm-dmv-data-sharing', undefined]);
    expect(importItems(plan, { [nm.document.id]: 'keep-both' }).map((i) => i.replaces)).toEqual([undefined, undefined]);
  });

  it('rejects a text that is already imported', async () => {
    const id = importedId('OR', 'dmv-data-sharing', contentHash(OREGON));
    const existing: ExistingDocument = { id, title: 'State DMV Data Sharing With ICE in Oregon', stateCode: 'OR', topic: 'dmv-data-sharing', source: 'imported' };
    const plan = await planImport([{ name: 'again.txt', text: OREGON }], [existing], noPause);
    expect(rejectedFiles(plan)[0].rejection).toEqual({ kind: 'already-imported', title: existing.title });
  });

  it('keeps untrusted markup as plain text', async () => {
    const plan = await planImport([{ name: 'markup.txt', text: fixture('untrusted-markup.txt') }], [], noPause);
    const [file] = acceptedFiles(plan);
    expect(file.entries[0].question).toBe('Does Nevada share <img src=x onerror="window.__lensPwned = 2"> DMV records?');
    expect(file.entries[0].text).toContain('<a href="javascript:window.__lensPwned = 4">');
    expect(file.document.origin).toBeUndefined();
  });

  it('checks 100 documents with progress, yielding to the page between slices', async () => {
    const inputs = hundredDocuments();
    const progress: number[] = [];
    const pause = vi.fn(async () => undefined);
    let clock = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 5));
    const plan = await planImport(inputs, [], { pause, onProgress: (done, total) => progress.push(done / total) });
    expect(acceptedFiles(plan)).toHaveLength(100);
    expect(new Set(acceptedFiles(plan).map((f) => f.document.id)).size).toBe(100);
    expect(progress).toHaveLength(100);
    expect(progress.at(-1)).toBe(1);
    expect(pause.mock.calls.length).toBeGreaterThan(10);
  });

  it(`refuses more than ${MAX_IMPORT_FILES} files in one batch, naming the extra ones`, async () => {
    const inputs = Array.from({ length: MAX_IMPORT_FILES + 2 }, (_, i) => ({ name: `${i}.txt`, text: 'x' }));
    const plan = await planImport(inputs, [], noPause);
    expect(plan.files.slice(-2).map((f) => f.status === 'rejected' && f.rejection.kind)).toEqual(['too-many', 'too-many']);
    expect(plan.files[0]).toMatchObject({ rejection: { kind: 'invalid' } });
  });
});
