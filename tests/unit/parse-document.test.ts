import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DocumentParseError,
  MAX_DOCUMENT_BYTES,
  parseDocument,
  parseDocumentOrThrow,
} from '@/utils/parse-document';
import type { ParsedDocument } from '@/utils/document-types';

const read = (name: string) => readFileSync(new URL(`../../data/documents/${name}`, import.meta.url), 'utf8');

const BUNDLED = [
  {
    file: 'new-mexico-dmv.txt',
    id: 'nm-dmv-data-sharing',
    first: 'How does the New Mexico DMV currently share data with ICE?',
    last: 'What steps are being taken to address concerns or criticisms related to the sharing of DMV data with ICE in New Mexico?',
  },
  {
    file: 'california-dmv.txt',
    id: 'ca-dmv-data-sharing',
    first: 'What is the current status of the DMV’s data sharing with ICE in California?',
    last: 'What are the potential future developments regarding DMV data sharing with ICE in California?',
  },
  {
    file: 'maine-dmv.txt',
    id: 'me-dmv-data-sharing',
    first: 'What is the current policy of the Maine DMV regarding sharing driver’s license and vehicle registration information with ICE?',
    last: 'How does Maine compare to other states in terms of the scope and practices of sharing DMV data with ICE?',
  },
  {
    file: 'new-mexico-courts.txt',
    id: 'nm-court-information-sharing',
    first: 'What types of state court information are typically shared with ICE in New Mexico?',
    last: 'What efforts are being made to enhance transparency and accountability in the process of sharing state court information with ICE in New Mexico?',
  },
  {
    file: 'minnesota-dmv.txt',
    id: 'mn-dmv-data-sharing',
    first: 'What is the current policy in Minnesota regarding the sharing of DMV data with ICE?',
    last: 'What steps can individuals take to protect their privacy and data when interacting with the Minnesota DMV in light of potential sharing with ICE?',
  },
];

function parsed(file: string): ParsedDocument {
  const result = parseDocument(read(file));
  if (!result.ok) throw new Error(`${file}: line ${result.error.line}: ${result.error.reason}`);
  return result.document;
}

function expectError(text: string, line: number, reason: RegExp) {
  const result = parseDocument(text);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.line).toBe(line);
  expect(result.error.reason).toMatch(reason);
}

/** 1-based line number of the first line equal to or starting with `start`. */
function lineOf(text: string, start: string): number {
  const index = text.split('\n').findIndex((l) => l.startsWith(start));
  if (index < 0) throw new Error(`no line starts with ${start}`);
  return index + 1;
}

describe('parseDocument on the bundled documents', () => {
  it.each(BUNDLED)('$file parses to 20 questions numbered 1–20', ({ file, id, first, last }) => {
    const doc = parsed(file);
    expect(doc.id).toBe(id);
    expect(doc.category).toBe('Federal Government');
    expect(doc.entries.map((e) => e.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(doc.entries[0].question).toBe(first);
    expect(doc.entries[19].question).toBe(last);
    for (const entry of doc.entries) {
      expect(entry.blocks.length).toBeGreaterThan(0);
      expect(entry.text.length).toBeGreaterThan(0);
      expect(read(file).split('\n')[entry.line - 1]).toBe(`${entry.number}. ${entry.question}`);
    }
  });

  it('reads state, topic and title from the title line', () => {
    const courts = parsed('new-mexico-courts.txt');
    expect(courts.title).toBe('State Court Information Sharing With ICE in New Mexico');
    expect(courts.state).toEqual({ code: 'NM', name: 'New Mexico' });
    expect(courts.topic).toBe('court-information-sharing');
    expect(parsed('maine-dmv.txt').topic).toBe('dmv-data-sharing');
  });

  it('keeps a list that starts right after the question in California Q1', () => {
    const q1 = parsed('california-dmv.txt').entries[0];
    expect(q1.blocks[0]).toMatchObject({ kind: 'list', items: [{ number: 1 }] });
    expect(q1.blocks[1]).toMatchObject({ kind: 'paragraph' });
    expect(q1.text).toContain('AB 60');
  });

  it('keeps labelled list items (California Q3) and the unlabelled run in Maine Q4', () => {
    const q3 = parsed('california-dmv.txt').entries[2];
    const list = q3.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((i) => i.label)).toEqual([
      'Automated Systems',
      'Memorandums of Understanding (MOUs)',
      'Cooperation with ICE',
    ]);

    const maine = parsed('maine-dmv.txt');
    const q4 = maine.entries[3];
    expect(q4.blocks).toHaveLength(1);
    const items = q4.blocks[0].kind === 'list' ? q4.blocks[0].items : [];
    expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(items.every((i) => i.label === undefined)).toBe(true);
    // Q5 follows Q4's item "4." and must still be read as question 5, not as item 5.
    expect(maine.entries[4].question).toMatch(/^What are the potential privacy concerns/);
  });

  it('keeps curly apostrophes, quotes and § as written', () => {
    expect(parsed('maine-dmv.txt').entries[1].text).toContain('29-A M.R.S. § 1708');
    expect(parsed('new-mexico-dmv.txt').entries[7].text).toContain('“Driver’s License Issuance and Immigration Status Act”');
    expect(parsed('california-dmv.txt').entries[0].question).toContain('DMV’s');
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const doc = parseDocumentOrThrow(`\uFEFF${read('maine-dmv.txt').replace(/\n/g, '\r\n')}`);
    expect(doc.entries).toHaveLength(20);
    expect(doc.entries[0].text).not.toContain('\r');
  });

  it('keeps the origin it is given', () => {
    const doc = parseDocumentOrThrow(read('minnesota-dmv.txt'), { origin: 'https://example.org/mn' });
    expect(doc.origin).toBe('https://example.org/mn');
  });
});

describe('parseDocument tie-break between questions and list items', () => {
  const doc = (body: string) => `Categories Test\n\nState DMV Data Sharing With ICE in Oregon\n\n${body}`;

  it('keeps a list of questions inside an answer as a list', () => {
    const result = parseDocumentOrThrow(
      doc('1. What is asked?\n\nPeople ask:\n\n1. Who sees it?\n\n2. Who keeps it?\n\n2. What next?\n\nMore.\n'),
    );
    expect(result.entries.map((e) => e.question)).toEqual(['What is asked?', 'What next?']);
    const list = result.entries[0].blocks[1];
    expect(list.kind === 'list' && list.items.map((i) => i.text)).toEqual(['Who sees it?', 'Who keeps it?']);
  });

  it('reads a question that continues the numbering of a list as a question', () => {
    const result = parseDocumentOrThrow(doc('1. First?\n\n1. a\n2. b\n\n2. Second?\n\nAnswer.\n'));
    expect(result.entries.map((e) => e.number)).toEqual([1, 2]);
  });

  it('accepts variants of the topic wording', () => {
    const text = doc('1. Q?\n\nA.\n').replace('DMV Data Sharing', 'dmv information-sharing');
    expect(parseDocumentOrThrow(text).topic).toBe('dmv-data-sharing');
    expect(parseDocumentOrThrow(doc('1. Q?\n\nA.\n').replace('DMV Data', 'Courts Data')).topic).toBe(
      'court-information-sharing',
    );
  });
});

describe('parseDocument rejects malformed input with a line and a reason', () => {
  const maine = read('maine-dmv.txt');
  const california = read('california-dmv.txt');

  it('empty', () => {
    expectError('', 1, /empty/);
    expectError(' \n\n\t\n', 1, /empty/);
  });

  it('binary', () => {
    const withNul = maine.replace('Are Maine residents informed', 'Are Maine\u0000 residents informed');
    expectError(withNul, lineOf(maine, '4. Are Maine residents informed'), /binary/);
    const noise = Array.from({ length: 400 }, (_, i) => String.fromCharCode(1 + (i % 7))).join('');
    expectError(`Categories X\n\n${noise}`, 3, /binary/);
  });

  it('huge, before any parsing', () => {
    const huge = maine + 'x'.repeat(MAX_DOCUMENT_BYTES);
    expectError(huge, 1, /larger than 512 KiB/);
    // Multi-byte characters count as their UTF-8 size.
    expectError('§'.repeat(MAX_DOCUMENT_BYTES / 2 + 1), 1, /larger than/);
  });

  it('no Categories line', () => {
    expectError(maine.replace('Categories Federal Government', 'Federal Government'), 1, /Categories/);
    expectError(maine.replace('Categories Federal Government', 'Categories'), 1, /no category/);
  });

  it('no title line', () => {
    const noTitle = maine.replace('State DMV Data Sharing With ICE in Maine\n', '');
    expectError(noTitle, lineOf(noTitle, '1. '), /no title line/);
    expectError(maine.replace('With ICE in Maine', 'and Maine'), 3, /no title line/);
    expectError('Categories Federal Government\n\n', 3, /no title line/);
  });

  it('unknown state', () => {
    expectError(maine.replace('With ICE in Maine', 'With ICE in Narnia'), 3, /unknown state “Narnia”/);
  });

  it('unknown topic', () => {
    expectError(maine.replace('State DMV Data Sharing', 'State Police Data Sharing'), 3, /unknown topic “Police Data Sharing”/);
  });

  it('numbering gap', () => {
    const gap = california.replace('5. What are the privacy implications', '6. What are the privacy implications');
    expectError(gap, lineOf(california, '5. What are the privacy implications'), /expected question 5, found 6/);
  });

  it('numbering gap when the missing question followed a list', () => {
    // Without Maine's Q5 line, its list runs on from Q4's and Q6 continues it ("5." then "6.").
    const gap = maine.replace('5. What are the potential privacy concerns associated with sharing DMV data with ICE in Maine?\n', '');
    expectError(gap, lineOf(gap, '6. Is there a procedure'), /expected question 5, found 6/);
  });

  it('repeated question', () => {
    const repeat = california.replace('3. How is the information collected', '2. How is the information collected');
    expectError(repeat, lineOf(california, '3. How is the information collected'), /question 2 appears again: expected question 3/);
  });

  it('question without answer, before the next question or at the end', () => {
    const lines = california.split('\n');
    const q4 = lineOf(california, '4. Are there any laws');
    const withoutAnswer = [...lines.slice(0, q4), ...lines.slice(q4 + 2)].join('\n');
    expectError(withoutAnswer, q4, /question 4 has no answer/);

    const q20 = lineOf(california, '20. ');
    expectError(lines.slice(0, q20).join('\n'), q20, /question 20 has no answer/);
  });

  it('text where question 1 should be', () => {
    expectError(maine.replace('1. What is the current policy', 'What is the current policy'), 5, /expected question 1/);
  });

  it('throws DocumentParseError from parseDocumentOrThrow', () => {
    expect(() => parseDocumentOrThrow('')).toThrow(DocumentParseError);
    const thrown = (() => {
      try {
        parseDocumentOrThrow(maine.replace('With ICE in Maine', 'With ICE in Narnia'));
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(DocumentParseError);
    expect(thrown).toMatchObject({ line: 3, reason: expect.stringMatching(/Narnia/) });
  });

  it('stays fast on a single very long line', () => {
    const started = performance.now();
    const longTitle = `State ${' '.repeat(200_000)}With ${'ICE '.repeat(50_000)}`;
    expectError(`Categories X\n\n${longTitle}`, 3, /no title line/);
    const longAnswer = parseDocument(`Categories X\n\nState DMV Data Sharing With ICE in Maine\n\n1. Q?\n\n${'a: '.repeat(150_000)}`);
    expect(longAnswer.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
