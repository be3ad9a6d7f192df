/**
 * data/generated/term-matcher.ts is compiled from the lexicon by `npm run gen:matcher`: here it must
 * equal what the lexicon compiles to now, and match as the matcher built from the lexicon at run
 * time did before the regex and tables moved to build time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import * as generated from '@/data/generated/term-matcher';
import { TERMS, TERM_FORMS, termById as lexiconTerm } from '@/data/lexicon';
import { BLOCKED_PHRASES, compileMatcher, compileTerms, formAcronyms, postalCodes, type CompiledMatcher } from '@/utils/compile-matcher';
import { matchTerms, type MatchOptions, type TermMatch } from '@/utils/match-terms';
import { alternation, expandForm, spellings } from '@/utils/term-pattern';
import { termById } from '@/utils/term-table';

const STALE = 'data/generated/term-matcher.ts is not what data/lexicon.ts compiles to: run npm run gen:matcher';

describe('the generated matcher data', () => {
  it('is what the lexicon compiles to', () => {
    expect(generated.englishMatcher(), STALE).toStrictEqual(compileMatcher(['en']));
    expect(generated.spanishMatcher(), STALE).toStrictEqual(compileMatcher(['en', 'es']));
    expect(generated.termTable(), STALE).toStrictEqual(compileTerms());
    expect(generated.FORM_ACRONYMS, STALE).toStrictEqual(formAcronyms());
  });

  it('gives back every term of the lexicon by id', () => {
    for (const term of TERMS) expect(termById(term.id)).toStrictEqual(lexiconTerm(term.id));
    expect(termById('state:XX')).toBeUndefined();
  });
});

/**
 * The matcher as the content script built it at run time before: every spelling of every form, the
 * first form listed for a spelling keeping it, all of them in one alternation (the generated
 * matcher finds those that start with a digit at their first letter instead), and codes after
 * commas in a branch of their own. Written out as one table row per spelling, so the grouping of
 * the generated table is not what is compared against itself.
 */
function builtAtRunTime(langs: readonly ('en' | 'es')[]): CompiledMatcher {
  const LETTER = String.raw`\w\u00C0-\u024F`;
  const owners = new Map<string, readonly [string | null, string | null]>();
  const all: string[] = [];
  const put = (form: string, lang: 'en' | 'es', owner: readonly [string | null, string | null]) => {
    for (const spelling of expandForm(form)) {
      for (const variant of spellings(spelling, lang)) {
        const key = variant.replace(/\s+/g, ' ').replace(/\u2019/g, "'").toLowerCase();
        if (!owners.has(key)) owners.set(key, owner);
        all.push(variant);
      }
    }
  };
  for (const phrase of BLOCKED_PHRASES) put(phrase, 'en', [null, null]);
  for (const f of TERM_FORMS) if (langs.includes(f.lang)) put(f.text, f.lang, [f.termId, f.rule ?? null]);
  const edge = langs.includes('es') ? `(?<![${LETTER}])` : '\\b';
  // Group 4, a digit-led spelling, never matches here: such spellings are in group 1.
  const source =
    `${edge}(?:(${alternation(all)})(?:['\u2019][sS])?(?![${LETTER}]|\\.\\w)` +
    `|[DRI]-(${postalCodes()})(?![${LETTER}])|(?<=,[ \u00A0]?)(${postalCodes()})(?![${LETTER}])|(?!)(x))`;
  return { source, entries: [...owners].map(([key, [termId, rule]]) => [termId, rule, key] as CompiledMatcher['entries'][number]) };
}

/** The sentences of the matcher's own tests (each string literal with a space in it), and a few more. */
function sentences(): string[] {
  const found = new Set<string>();
  for (const file of ['tests/unit/match-terms.test.ts', 'tests/unit/match-rules.test.ts']) {
    for (const m of readFileSync(file, 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) {
      const text = (m[1] ?? m[2]).replace(/\\(.)/g, '$1');
      if (text.length >= 8 && text.includes(' ') && !text.includes(' → ')) found.add(text);
    }
  }
  return [
    ...found,
    'NEW MEXICO’S MVD AND THE CALIFORNIA DMV',
    'New\n   Mexico and New\u00A0York; Driver’s License for all; driver’s licenses',
    'Los indocumentados de Nueva York, las órdenes de retención migratoria y la Patrulla Fronteriza.',
    'la licencia de conducir en Nuevo Mexico, segun la Division de Vehiculos Motorizados',
    // The second pass: digit-led spellings and codes after commas, beside and inside the main pass's.
    'SECTION 287(G) AND 287 (g) deals: Section 287(g) in Albuquerque, NM; the 287g program, 287G’s reach.',
    'Sacramento, CA DMV; Portland, ME, and Santa Fe, NM 287(g) — U.S.C. 287(g), ICE 287(g)s',
    '287(g) Baja California Sur, MX, and 287(g),CA in Florida Georgia Line, NM; see ice.Section 287(g) at dhs.gov',
  ];
}

describe('the generated matcher', () => {
  it('reads the tests’ sentences, Spanish ones too', () => {
    const all = sentences();
    expect(all.length).toBeGreaterThan(150);
    expect(all.some((s) => s.includes('Nuevo México'))).toBe(true);
  });

  it('finds what the matcher built at run time from the lexicon finds', async () => {
    vi.resetModules();
    vi.doMock('@/data/generated/term-matcher', async (importOriginal) => ({
      ...(await importOriginal<typeof generated>()),
      englishMatcher: () => builtAtRunTime(['en']),
      spanishMatcher: () => builtAtRunTime(['en', 'es']),
    }));
    const reference = (await import('@/utils/match-terms')).matchTerms;
    vi.doUnmock('@/data/generated/term-matcher');
    expect(reference).not.toBe(matchTerms);

    const langs: MatchOptions['lang'][] = ['en', 'es', 'none'];
    const show = (found: TermMatch[]) => found.map((m) => `${m.start} ${m.text} → ${m.termId}`);
    let matched = 0;
    for (const text of sentences()) {
      for (const lang of langs) {
        for (const contextStates of [undefined, ['NM', 'CA', 'MN', 'ME']]) {
          const options = { lang, contextStates };
          const found = show(matchTerms(text, options));
          expect(found, `${lang}: ${text}`).toEqual(show(reference(text, options)));
          matched += found.length;
        }
      }
    }
    expect(matched).toBeGreaterThan(500);
  });
});
