import { describe, expect, it } from 'vitest';
import { TERM_FORMS } from '@/data/lexicon';
import { expandForm, spellings } from '@/utils/term-pattern';
import { matchTerms } from '@/utils/match-terms';
import { englishMatcher, spanishMatcher } from '@/data/generated/term-matcher';
import { pageLanguage, shouldScanLanguage } from '@/utils/page-language';
import { find, hits, ids } from './match-helpers';

describe('page language', () => {
  it('reads the primary subtag of the lang attribute', () => {
    expect(pageLanguage('en-US')).toBe('en');
    expect(pageLanguage('EN')).toBe('en');
    expect(pageLanguage('es-MX')).toBe('es');
    expect(pageLanguage('es_419')).toBe('es');
    expect(pageLanguage('de')).toBe('other');
    expect(pageLanguage('fr-FR')).toBe('other');
  });
  it('treats a missing or empty attribute as undeclared', () => {
    expect(pageLanguage('')).toBe('none');
    expect(pageLanguage('  ')).toBe('none');
    expect(pageLanguage(null)).toBe('none');
    expect(pageLanguage(undefined)).toBe('none');
  });
  it('scans English, Spanish and undeclared pages only: German "ICE" is a train', () => {
    expect(shouldScanLanguage(pageLanguage('de'))).toBe(false);
    expect(shouldScanLanguage('other')).toBe(false);
    expect(shouldScanLanguage('en')).toBe(true);
    expect(shouldScanLanguage('es')).toBe(true);
    expect(shouldScanLanguage('none')).toBe(true);
  });
  it('reads an undeclared page as English', () => {
    expect(ids('HAYWARD, Calif. (AP) — ICE agents', 'none')).toEqual(['state:CA', 'topic:ICE']);
  });
});

describe('ICE: the agency, case-sensitive, whole word', () => {
  it('finds ICE and its possessives', () => {
    expect(hits('Officers from ICE detained him; ICE’s statement and ICE\'s reply followed.')).toEqual([
      'ICE → topic:ICE',
      'ICE’s → topic:ICE',
      "ICE's → topic:ICE",
    ]);
  });
  it('ignores ice in other words and cases', () => {
    expect(ids('Put ice on it. Ice skating in Iceland, with spice. SPICE GIRLS. ICED tea. OFFICE.')).toEqual([]);
  });
  it('skips ICE inside an all-caps headline', () => {
    expect(ids('BREAK THE ICE')).toEqual([]);
    expect(ids('ICE CREAM SOCIAL ON FRIDAY')).toEqual([]);
    expect(ids('ICE ICE BABY')).toEqual([]);
  });
  it('keeps ICE next to other agency acronyms', () => {
    expect(ids('DHS and ICE said')).toEqual(['topic:DHS', 'topic:ICE']);
    expect(ids('ICE ERO officers arrived')).toEqual(['topic:ICE', 'topic:ERO']);
  });
  it('skips the German train and the exchange', () => {
    expect(ids('Im ICE von Frankfurt nach Berlin zahlen Passagiere mehr.')).toEqual([]);
    expect(ids('Deutsche Bahn runs ICE trains to Munich.')).toEqual([]);
    expect(ids('ICE-Strecke Köln–Frankfurt')).toEqual([]);
    expect(ids('Intercontinental Exchange (ICE) shares rose.')).toEqual([]);
  });
  it('matches the full name as one term, longest first', () => {
    expect(hits('U.S. Immigration and Customs Enforcement (ICE) said')).toEqual([
      'U.S. Immigration and Customs Enforcement → topic:ICE',
      'ICE → topic:ICE',
    ]);
  });
  it('ignores a domain name', () => {
    expect(ids('See www.ICE.gov for details.')).toEqual([]);
  });
  // "ICE-" heading a compound: the agency when the rest says what ICE did or is like, or is
  // another agency; a coined word otherwise.
  const compounds: Array<[string, string[]]> = [
    ['ICE-led raids in three cities', ['topic:ICE']],
    ['an ICE-run detention center', ['topic:ICE']],
    ['ICE-detained parents and ICE-related arrests', ['topic:ICE', 'topic:ICE']],
    ['ICE-style tactics by local police', ['topic:ICE']],
    ['ICE-ERO officers arrived', ['topic:ICE', 'topic:ERO']],
    ['on sale: the ICE-T shirt in three colours', []],
    ['ICE-cold deals this week only', []],
    ['ICE-COLD DEALS', []],
    ['an ICE-blue finish and an ICE-box', []],
  ];
  it.each(compounds)('reads the compound %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('postal codes: only in an address, dateline or party label', () => {
  it('finds a code after "Place, " or in a party label', () => {
    expect(hits('Albuquerque, NM')).toEqual(['NM → state:NM']);
    expect(hits('Send it to 1 Main St., Sacramento, CA 95814.')).toEqual(['CA → state:CA']);
    expect(hits('Sen. Alex Padilla (D-CA) and Rep. Tom Emmer, R-MN, voted no.')).toEqual([
      'CA → state:CA',
      'MN → state:MN',
    ]);
    expect(hits('Charleston, SC')).toEqual(['SC → state:SC']);
    expect(hits('Fort Wayne, IN 46802')).toEqual(['IN → state:IN']);
  });
  it('ignores codes that are words, units, credentials or currencies', () => {
    expect(ids('Tell me, ME TOO. Log IN or OK? Are you guys OK? HI there. Show your ID.')).toEqual([]);
    expect(ids('Brenda Goodman, MA')).toEqual([]);
    expect(ids('Hansa D. Bhargava, MD')).toEqual([]);
    expect(ids('says Katie Allen, MD, PhD. She is the director')).toEqual([]);
    expect(ids('a pressure of 392 PA')).toEqual([]);
    expect(ids('The deal is worth CA$1.2 million.')).toEqual([]);
    expect(ids('a rough year at the movies for DC Comics')).toEqual([]);
    expect(ids('Twitter asks, OK! Magazine')).toEqual([]);
    expect(ids('Berlin, DE')).toEqual([]);
  });
  it('lets a code that starts a longer term be that term', () => {
    expect(hits('Sacramento, CA DMV office')).toEqual(['CA DMV → agency:CA-DMV']);
  });
});

describe('AP abbreviations', () => {
  it('finds datelines, captions and party labels', () => {
    expect(hits('ALBUQUERQUE, N.M. (AP) — The state')).toEqual(['N.M. → state:NM']);
    expect(hits('SIOUX FALLS, S.D. – People across the nation')).toEqual(['S.D. → state:SD']);
    expect(hits('House Speaker Paul D. Ryan (R-Wis.) and Rep. Devin Nunes (R-Calif.)')).toEqual([
      'Wis. → state:WI',
      'Calif. → state:CA',
    ]);
    expect(hits('Dekalb, Ill. —')).toEqual(['Ill. → state:IL']);
    expect(hits('a St. Paul, Minn., man')).toEqual(['Minn. → state:MN']);
    expect(hits('Kansas City, Mo., police said')).toEqual(['Mo. → state:MO']);
  });
  it('finds distinctive abbreviations anywhere, with possessives', () => {
    expect(hits("Is some of Calif.'s $9.3 billion in unclaimed assets yours?")).toEqual(["Calif.'s → state:CA"]);
    expect(hits('Jury Finds Dylann Roof Guilty In S.C. Church Shooting')).toEqual(['S.C. → state:SC']);
  });
  it('ignores word-like abbreviations outside a dateline', () => {
    expect(ids('Kostenlos, Mo. bis Fr. von 8 bis 18 Uhr')).toEqual([]);
    expect(ids('Servicezeiten: Mo.–Fr.')).toEqual([]);
    expect(ids('a pressure of 392 Pa. at the surface')).toEqual([]);
    expect(ids('They attended Mass. Afterwards they ate.')).toEqual([]);
    expect(ids('Md. Rahman, a shopkeeper, said')).toEqual([]);
  });
  it('does not read an abbreviation inside a longer one', () => {
    expect(ids('under 18 U.S.C. §§ 2721–2725')).toEqual([]);
    expect(ids('a judge in the S.D.N.Y. ruled')).toEqual([]);
  });
});

describe('federal and legal topics', () => {
  const cases: Array<[string, string]> = [
    ['a 287(g) agreement', 'topic:287g'],
    ['the 287g program', 'topic:287g'],
    ['an immigration detainer', 'topic:detainer'],
    ['an ICE hold', 'topic:detainer'],
    ['Form I-247A', 'topic:detainer'],
    ['an administrative warrant', 'topic:warrant'],
    ['judicial warrants', 'topic:warrant'],
    ['Secure Communities', 'topic:secure-communities'],
    ['through Nlets', 'topic:Nlets'],
    ['in NCIC', 'topic:NCIC'],
    ['the REAL ID Act', 'topic:REAL-ID'],
    ['a Real ID card', 'topic:REAL-ID'],
    ['the DPPA', 'topic:DPPA'],
    ['the Driver’s Privacy Protection Act', 'topic:DPPA'],
    ['AAMVA', 'topic:AAMVA'],
    ['facial recognition searches', 'topic:facial-recognition'],
    ['license-plate readers', 'topic:ALPR'],
    ['ALPR data', 'topic:ALPR'],
    ['data brokers', 'topic:data-brokers'],
    ['a sanctuary state', 'topic:sanctuary'],
    ['Becoming Sanctuary City Under Trump', 'topic:sanctuary'],
    ['a court order', 'topic:court-order'],
    ['a subpoena', 'topic:subpoena'],
    ["a driver's license", 'topic:drivers-license'],
    ['drivers license', 'topic:drivers-license'],
    ['DRIVER’S LICENSE', 'topic:drivers-license'],
    ['your DMV riding test', 'topic:DMV'],
    ['USCIS', 'topic:USCIS'],
    ['CBP and the Border Patrol', 'topic:CBP'],
    ['Homeland Security Investigations', 'topic:HSI'],
    ['Homeland Security Secretary', 'topic:DHS'],
  ];
  it.each(cases)('%s → %s', (text, id) => {
    const found = ids(text);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set([id]));
  });
  it('prefers the longest term: a programme over the phrase inside it', () => {
    expect(hits("Minnesota's Driver's Licenses for All law")).toEqual([
      "Minnesota's → state:MN",
      "Driver's Licenses for All → agency:MN-licenses-for-all",
    ]);
  });
  it('finds a phrase in a lowercase-only text node', () => {
    expect(ids(' driver’s license was ')).toEqual(['topic:drivers-license']);
  });
});

describe('Spanish forms: only on pages declared Spanish', () => {
  const text =
    'El Servicio de Inmigración y Control de Aduanas (ICE) y la migra; el Departamento de Seguridad Nacional ' +
    'y la Patrulla Fronteriza; una orden de retención migratoria; el Departamento de Vehículos Motorizados; ' +
    'licencia de conducir, licencia de manejar, licencia de manejo; una orden judicial; un estado santuario; ' +
    'los indocumentados en Nuevo México, Nueva York y Nueva Jersey, no en México.';
  it('finds them with lang es', () => {
    expect(ids(text, 'es')).toEqual([
      'topic:ICE',
      'topic:ICE',
      'topic:ICE',
      'topic:DHS',
      'topic:CBP',
      'topic:detainer',
      'topic:DMV',
      'topic:drivers-license',
      'topic:drivers-license',
      'topic:drivers-license',
      'topic:court-order',
      'topic:sanctuary',
      'topic:undocumented',
      'state:NM',
      'state:NY',
      'state:NJ',
    ]);
  });
  it('ignores them on English and undeclared pages', () => {
    expect(ids(text, 'en')).toEqual(['topic:ICE']);
    expect(ids(text, 'none')).toEqual(['topic:ICE']);
  });
  it('finds spellings that start with an accented letter', () => {
    expect(hits('dos órdenes judiciales', 'es')).toEqual(['órdenes judiciales → topic:court-order']);
  });
  it('accepts unaccented spellings', () => {
    expect(ids('en Nuevo Mexico, el Servicio de Inmigracion y Control de Aduanas', 'es')).toEqual([
      'state:NM',
      'topic:ICE',
    ]);
  });
  it('still finds English names on a Spanish page', () => {
    expect(ids('La DMV de California y la MVD de Nuevo México', 'es')).toEqual([
      'agency:CA-DMV',
      'agency:NM-MVD',
      'state:NM',
    ]);
  });
});

describe('the pattern, which every text node meets', () => {
  it('finds every spelling whole and where it starts, those that start with a digit too', () => {
    for (const [lang, matcher] of [['en', englishMatcher()], ['es', spanishMatcher()]] as const) {
      const regex = new RegExp(matcher.source, 'g');
      for (const f of TERM_FORMS) {
        if (f.lang !== 'en' && f.lang !== lang) continue;
        for (const spelling of expandForm(f.text)) {
          for (const s of spellings(spelling, f.lang)) {
            for (const text of [s, `(see ${s}.)`]) {
              regex.lastIndex = 0;
              const m = regex.exec(text);
              const found = m?.[1] ?? m?.[4];
              expect(found, `${lang}: ${text}`).toBe(s);
              const start = m![4] === undefined ? m!.index : m!.index - m![4].search(/[A-Za-z]/);
              expect(start, `${lang}: ${text}`).toBe(text.indexOf(s));
            }
          }
        }
      }
    }
  });
  it('finds nothing in the whitespace and numbers between tags', () => {
    for (const text of ['\n      \n   ', ' | ', '12:45 · 3', '287', '(g)', ', 2026']) {
      expect(matchTerms(text, { lang: 'en' }), JSON.stringify(text)).toEqual([]);
    }
  });
});

describe('matchTerms output', () => {
  it('returns ordered, non-overlapping matches over a realistic paragraph', () => {
    const text =
      'SANTA FE, N.M. (AP) — New Mexico’s Motor Vehicle Division will stop answering ICE requests ' +
      'without a judicial warrant, the Taxation and Revenue Department said Tuesday. Advocates for ' +
      'undocumented New Mexicans, who can get a Driving Authorization Card, said the MVD had shared ' +
      'driver’s license data through Nlets.';
    expect(hits(text)).toEqual([
      'N.M. → state:NM',
      'New Mexico’s → state:NM',
      'Motor Vehicle Division → agency:NM-MVD',
      'ICE → topic:ICE',
      'judicial warrant → topic:warrant',
      'Taxation and Revenue Department → agency:NM-TRD',
      'New Mexicans → state:NM',
      'Driving Authorization Card → agency:NM-DAC',
      'MVD → agency:NM-MVD',
      'driver’s license → topic:drivers-license',
      'Nlets → topic:Nlets',
    ]);
  });
  it('finds the courts’ office in a paragraph that names New Mexico in another sentence', () => {
    const text =
      'SANTA FE — The Administrative Office of the Courts will stop giving immigration agents access to ' +
      'its case-management system, the agency said Tuesday. Until now, clerks sent booking records to ' +
      'ICE. New Mexico courts handle about 300,000 cases a year, and the AOC said none of them would be ' +
      'shared.';
    expect(hits(text)).toEqual([
      'Administrative Office of the Courts → agency:NM-AOC',
      'ICE → topic:ICE',
      'New Mexico → state:NM',
      'AOC → agency:NM-AOC',
    ]);
  });
  it('finds the courts’ office when only the caller knows the article is about New Mexico', () => {
    const text = 'The Administrative Office of the Courts said it had signed no agreement with ICE.';
    expect(ids(text)).toEqual(['topic:ICE']);
    expect(ids(text, 'en', ['NM'])).toEqual(['agency:NM-AOC', 'topic:ICE']);
  });
  it('returns nothing for text without terms', () => {
    expect(find('The weather was mild and the game went to overtime.')).toEqual([]);
  });
});
