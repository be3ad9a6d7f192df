/**
 * The term lexicon: what the content script looks for on a news page, with the traps each form must avoid.
 * Terms are what a highlight points at; forms are the strings that name a term on a page.
 * Forms are written compactly; at build time utils/compile-matcher.ts expands them (utils/term-pattern.ts)
 * into the regex source and tables of data/generated/term-matcher.ts, which is what runs in pages.
 */
import { STATES } from '@/data/states';

export type TermKind = 'state' | 'agency' | 'topic';

/** What a topic or agency term is about; ranking uses it to prefer matching answers. */
export type TermTopic = 'dmv' | 'courts' | 'federal' | 'license' | 'law';

export interface Term {
  /** Stable and readable: 'state:NM', 'agency:NM-MVD', 'topic:ICE'. */
  id: string;
  kind: TermKind;
  /** Display name, e.g. 'New Mexico', 'ICE', 'Motor Vehicle Division (MVD)'. */
  label: string;
  /** Postal code, for state and agency terms. */
  stateCode?: string;
  topic?: TermTopic;
  /** Set when the term is only ever named in one language ('indocumentados'). */
  lang?: 'en' | 'es';
}

/**
 * How the matcher confirms a form before it counts (rules in utils/match-rules.ts).
 * - state-name: a full state name; not inside a longer proper name ("New York Times", "Washington County",
 *   "Maine Coon", "USS Arizona"), unless that name is the state's own ("Texas Gov.", "Ohio State Highway Patrol").
 * - person-name: as state-name, and not a first name before a surname ("Georgia Harrison").
 * - washington: bare "Washington" is usually D.C. or a person; only with state cues ("Washington state").
 * - ap-context: AP abbreviations that are also words ("Mass.", "Mo.", "Pa."): dateline or party label only.
 * - needs-state: agency names other states share ("MVD", "DPS"): only when the same text names their
 *   state (or an agency only that state has), or the caller lists it in MatchOptions.contextStates.
 * - ice: "ICE" the agency, not a shouted word ("BREAK THE ICE"), a train or a coined compound ("ICE-cold").
 */
export type FormRule = 'state-name' | 'person-name' | 'washington' | 'ap-context' | 'needs-state' | 'ice';

export interface TermForm {
  termId: string;
  /**
   * `{a|b|}` lists alternatives (no nesting); a space matches any whitespace; an apostrophe matches ' or ’.
   * A form with a capital letter matches as written (and, up to three words, in capitals); an
   * all-lowercase form also matches capitalised and title-cased ("driver's license", "Driver's License").
   */
  text: string;
  /** 'es' forms are only looked for on pages declared Spanish. */
  lang: 'en' | 'es';
  rule?: FormRule;
}

const terms: Term[] = [];
const forms: TermForm[] = [];

/** Forms are ';'-separated; a leading '?' marks a form that needs its state named nearby. */
function addForms(termId: string, en: string, es = '', rule?: FormRule): void {
  for (const [lang, list] of [['en', en], ['es', es]] as const) {
    for (const raw of list ? list.split(';') : []) {
      const needsState = raw.startsWith('?');
      forms.push({ termId, text: needsState ? raw.slice(1) : raw, lang, rule: needsState ? 'needs-state' : rule });
    }
  }
}

function add(term: Term, en: string, es = '', rule?: FormRule): void {
  terms.push(term);
  addForms(term.id, en, es, rule);
}

// --- States -------------------------------------------------------------------------------------

/** Given names as well as states: "Georgia Harrison", "Virginia Woolf", "Indiana Jones". */
const FIRST_NAME_STATES = new Set(['GA', 'VA', 'IN', 'TN']);
/** AP abbreviations that are also words or other abbreviations: "Mass." (church), "Mo." (German Monday), "Md." (Mohammad). */
const WORDLIKE_AP = new Set('Ala. Ark. Del. Ga. Ill. Ind. La. Mass. Md. Miss. Mo. Mont. Ore. Pa. Wash.'.split(' '));
/** Singular demonyms that mostly name something else: magazines, newspapers, an architectural period. */
const MISLEADING_SINGULAR = new Set(['New Yorker', 'Georgian', 'Oregonian', 'Washingtonian']);

const demonymCount = new Map<string, number>();
for (const s of STATES) for (const d of s.demonyms) demonymCount.set(d, (demonymCount.get(d) ?? 0) + 1);

for (const s of STATES) {
  const rule: FormRule = s.code === 'WA' ? 'washington' : FIRST_NAME_STATES.has(s.code) ? 'person-name' : 'state-name';
  add({ id: `state:${s.code}`, kind: 'state', label: s.name, stateCode: s.code }, s.name, s.spanish, rule);
  if (s.ap) addForms(`state:${s.code}`, s.ap, '', WORDLIKE_AP.has(s.ap) ? 'ap-context' : undefined);
  for (const plural of s.demonyms) {
    // "Washingtonians" are D.C.'s and Washington State's; "Hawaii residents" already contains the name.
    if (demonymCount.get(plural) !== 1 || plural.startsWith(s.name + ' ')) continue;
    const singular = plural.slice(0, -1);
    addForms(`state:${s.code}`, MISLEADING_SINGULAR.has(singular) ? plural : `${singular}{s|}`);
  }
}
// The capital's own names; they also keep "Washington" in "Washington, D.C." from being the state.
addForms('state:DC', 'Washington{,|} D.C.;Washington{,|} DC');

// --- Agencies and programmes of the states with documents ---------------------------------------

const agency = (code: string, key: string, label: string, topic: TermTopic, en: string, es = '') =>
  add({ id: `agency:${code}-${key}`, kind: 'agency', label, stateCode: code, topic }, en, es);

agency('CA', 'DMV', 'California Department of Motor Vehicles (DMV)', 'dmv',
  '{California|Calif.} Department of Motor Vehicles;{California|Calif.|CA} DMV',
  'Departamento de Vehículos {Motorizados|de Motor} de California;DMV de California');
agency('CA', 'CLETS', 'CLETS (California Law Enforcement Telecommunications System)', 'dmv',
  'CLETS;California Law Enforcement Telecommunications System');
agency('CA', 'AB60', 'AB 60 driver’s license', 'license',
  "AB{ |}60 {driver's |drivers |}license{s|};?AB{ |}60;?Assembly Bill 60", 'licencia{s|} AB{ |}60');
agency('CA', 'values-act', 'California Values Act (SB 54)', 'law',
  'California Values Act;?SB{ |}54;?Senate Bill 54', 'Ley de Valores de California');
agency('NM', 'MVD', 'Motor Vehicle Division (MVD)', 'dmv',
  '{New Mexico|N.M.|NM} {Motor Vehicle Division|MVD};?Motor Vehicle Division;?MVD',
  '?División de Vehículos Motorizados');
agency('NM', 'TRD', 'Taxation and Revenue Department (TRD)', 'dmv',
  '{New Mexico |}Taxation and Revenue Department;?TRD');
agency('NM', 'DAC', 'Driving Authorization Card', 'license', 'Driving Authorization Card{s|}');
agency('NM', 'AOC', 'Administrative Office of the Courts (AOC)', 'courts',
  'New Mexico Administrative Office of the Courts;?Administrative Office of the Courts;?AOC',
  '?Oficina Administrativa de los Tribunales');
agency('NM', 'supreme-court', 'New Mexico Supreme Court', 'courts',
  '{New Mexico|N.M.} Supreme Court;Supreme Court of New Mexico');
agency('NM', 'metro-court', 'Bernalillo County Metropolitan Court (Metro Court)', 'courts',
  'Bernalillo County {Metropolitan|Metro} Court;?Metro Court;?Metropolitan Court');
agency('NM', 'corrections', 'New Mexico Corrections Department', 'courts',
  '{New Mexico|N.M.|NM} Corrections Department;NMCD;?Corrections Department');
agency('MN', 'DVS', 'Driver and Vehicle Services (DVS)', 'dmv',
  'Minnesota {Driver and Vehicle Services|DVS};?Driver and Vehicle Services;?DVS',
  '?Servicios para Conductores y Vehículos');
agency('MN', 'DPS', 'Minnesota Department of Public Safety (DPS)', 'dmv',
  'Minnesota {Department of Public Safety|DPS};?Department of Public Safety;?DPS');
agency('MN', 'licenses-for-all', 'Driver’s Licenses for All', 'license',
  "Driver{'s|s} Licenses for All;driver{'s|s} licenses for all", 'licencia{s|} de conducir para todos');
agency('ME', 'BMV', 'Bureau of Motor Vehicles (BMV)', 'dmv',
  'Maine {Bureau of Motor Vehicles|BMV};?Bureau of Motor Vehicles;?BMV');
agency('ME', 'SOS', 'Maine Secretary of State', 'dmv', 'Maine Secretary of State;?Secretary of State');

// --- Federal and legal terms ---------------------------------------------------------------------

const topic = (key: string, label: string, about: TermTopic | undefined, en: string, es = '', rule?: FormRule) =>
  add({ id: `topic:${key}`, kind: 'topic', label, topic: about }, en, es, rule);

topic('ICE', 'ICE (U.S. Immigration and Customs Enforcement)', 'federal', 'ICE', '', 'ice');
// Added apart from the bare acronym: only "ICE" itself needs the shouting and train checks.
addForms('topic:ICE', '{U.S. |US |}Immigration and Customs Enforcement',
  'Servicio de {Inmigración y Control de Aduanas|Control de Inmigración y Aduanas};la migra');
topic('ERO', 'ERO (Enforcement and Removal Operations)', 'federal', 'ERO;Enforcement and Removal Operations');
topic('HSI', 'HSI (Homeland Security Investigations)', 'federal', 'HSI;Homeland Security Investigations');
topic('CBP', 'CBP (U.S. Customs and Border Protection) / Border Patrol', 'federal',
  'CBP;{U.S. |US |}Customs and Border Protection;{U.S. |US |}Border Patrol',
  '{Oficina de |}Aduanas y Protección Fronteriza;Patrulla Fronteriza');
topic('DHS', 'DHS (U.S. Department of Homeland Security)', 'federal',
  'DHS;{U.S. |US |}Department of Homeland Security;Homeland Security{ Department|}',
  'Departamento de Seguridad Nacional');
topic('USCIS', 'USCIS (U.S. Citizenship and Immigration Services)', 'federal',
  'USCIS;{U.S. |US |}Citizenship and Immigration Services');
topic('287g', '287(g) agreement', 'federal', '{Section |}287{ |}(g);287g');
topic('detainer', 'Immigration detainer (ICE hold, Form I-247A)', 'federal',
  '{immigration |}detainer{s|};ICE hold{s|};{Form |}I-247{A|}', 'orden{es|} de retención migratoria');
topic('warrant', 'Administrative vs. judicial warrant', 'law', '{administrative|judicial} warrant{s|}');
topic('secure-communities', 'Secure Communities', 'federal', 'Secure Communities');
topic('Nlets', 'Nlets (National Law Enforcement Telecommunications System)', 'federal',
  'Nlets;National Law Enforcement Telecommunications System');
topic('NCIC', 'NCIC (National Crime Information Center)', 'federal', 'NCIC;National Crime Information Center');
topic('REAL-ID', 'REAL ID', 'license', '{REAL|Real} ID{ Act|}');
topic('DPPA', 'Driver’s Privacy Protection Act (DPPA)', 'law',
  "DPPA;Driver{'s|s} Privacy Protection Act");
topic('AAMVA', 'AAMVA (American Association of Motor Vehicle Administrators)', 'dmv',
  'AAMVA;American Association of Motor Vehicle Administrators');
topic('facial-recognition', 'Facial recognition', 'dmv', '{facial|face}{ |-}recognition', 'reconocimiento facial');
topic('data-brokers', 'Data brokers', 'dmv', 'data{ |-}broker{s|}', 'corredor{es|} de datos');
topic('ALPR', 'License-plate readers (ALPR)', 'federal',
  'ALPR{s|};license{ |-}plate reader{s|}', 'lector{es|} de placas');
topic('sanctuary', 'Sanctuary state / city', 'law',
  'sanctuary {state|states|city|cities|county|counties|jurisdiction|jurisdictions|law|laws|policy|policies}',
  '{estado|estados|ciudad|ciudades|condado|condados} santuario');
topic('court-order', 'Court order', 'courts', 'court order{s|}', '{orden judicial|órdenes judiciales}');
topic('subpoena', 'Subpoena', 'courts', 'subpoena{s|ed|}', '{citación judicial|citaciones judiciales}');
topic('drivers-license', 'Driver’s license', 'license',
  "driver{'s|s|s'|} license{s|};driving licen{s|c}e{s|}",
  'licencia{s|} de {conducir|manejar|manejo}');
topic('DMV', 'DMV (Department of Motor Vehicles)', 'dmv', 'DMV{s|};Department of Motor Vehicles',
  'Departamento de Vehículos {Motorizados|de Motor}');
add({ id: 'topic:undocumented', kind: 'topic', label: 'Indocumentados (undocumented immigrants)', lang: 'es' },
  '', 'indocumentad{o|a}{s|}');

export const TERMS: readonly Term[] = terms;
export const TERM_FORMS: readonly TermForm[] = forms;

const byId = new Map(TERMS.map((t) => [t.id, t]));

export function termById(id: string): Term | undefined {
  return byId.get(id);
}
