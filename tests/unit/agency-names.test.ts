import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencyNamesOf } from '@/utils/agency-names';
import { parseDocumentOrThrow } from '@/utils/parse-document';

const load = (path: string) => parseDocumentOrThrow(readFileSync(path, 'utf8'));

/** Invented for these tests; the agencies are Colorado's, the facts are not checked. */
const COLORADO = `Categories Federal Government

State DMV Data Sharing With ICE in Colorado

1. Which agency issues driver’s licenses in Colorado?

The Division of Motor Vehicles, part of the Colorado Department of Revenue, issues licenses. Colorado’s Department of Labor and Employment keeps wage records, which it does not share.

2. Does the Colorado Department of Revenue Share Records With ICE?

The Division of Motor Vehicles shares records only under a court order. The U.S. Department of Homeland Security must show a judicial warrant. The Department of Homeland Security asked in 2019 and again in 2021; both times the Department of Homeland Security was told to get one.

3. How does Colorado compare with other states?

Georgia’s Department of Driver Services shares more, and the Arizona Department of Transportation shares less. Requests go to the Department of Revenue and Division of Motor Vehicles in Denver; the Office of Information Technology runs the database.
`;

describe('agencyNamesOf', () => {
  it('finds the names a document uses twice or with its state, in the order it uses them', () => {
    expect(agencyNamesOf(parseDocumentOrThrow(COLORADO))).toEqual([
      'Division of Motor Vehicles', // twice, never with the state
      'Colorado Department of Revenue', // once with the state; the bare "Department of Revenue" is the same agency
      'Department of Labor and Employment', // the state's by its possessive
    ]);
  });

  it('leaves out other states’, federal and once-mentioned names, and title-cased questions', () => {
    const names = agencyNamesOf(parseDocumentOrThrow(COLORADO)).join(' | ');
    for (const left of ['Driver Services', 'Transportation', 'Homeland Security', 'Information Technology', 'Share']) {
      expect(names).not.toContain(left);
    }
  });

  it('reads the Oregon fixture: the state’s Department of Justice, named once with the state', () => {
    expect(agencyNamesOf(load('tests/fixtures/documents/oregon-dmv.txt'))).toEqual(['Oregon Department of Justice']);
  });

  it('keeps a qualifier before the head and stops a name at "and" in "between … and …"', () => {
    // "… between the New Mexico Administrative Office of the Courts and Immigration and Customs Enforcement (ICE)"
    expect(agencyNamesOf(load('data/documents/new-mexico-courts.txt'))).toEqual([
      'New Mexico Administrative Office of the Courts',
    ]);
    expect(agencyNamesOf(load('data/documents/minnesota-dmv.txt'))).toEqual(['Minnesota Department of Public Safety']);
  });
});
