/**
 * The 50 states and the District of Columbia: the names a news page may use for each.
 * AP abbreviations follow the AP Stylebook (states never abbreviated have none); demonyms are
 * the forms US newsrooms print. Used by the document parser (title line → state) and the lexicon.
 */
export interface StateInfo {
  /** USPS postal code, the state's id everywhere in the extension. */
  code: string;
  name: string;
  /** AP style abbreviation ("Calif."), absent for states AP never abbreviates. */
  ap?: string;
  /** Plural demonyms as printed ("Californians"); singular forms are derived by the lexicon. */
  demonyms: string[];
  /** Spanish name when it differs from the English one. */
  spanish?: string;
}

export const STATES: readonly StateInfo[] = [
  { code: 'AL', name: 'Alabama', ap: 'Ala.', demonyms: ['Alabamians', 'Alabamans'] },
  { code: 'AK', name: 'Alaska', demonyms: ['Alaskans'] },
  { code: 'AZ', name: 'Arizona', ap: 'Ariz.', demonyms: ['Arizonans', 'Arizonians'] },
  { code: 'AR', name: 'Arkansas', ap: 'Ark.', demonyms: ['Arkansans'] },
  { code: 'CA', name: 'California', ap: 'Calif.', demonyms: ['Californians'] },
  { code: 'CO', name: 'Colorado', ap: 'Colo.', demonyms: ['Coloradans', 'Coloradoans'] },
  { code: 'CT', name: 'Connecticut', ap: 'Conn.', demonyms: ['Connecticuters'] },
  { code: 'DE', name: 'Delaware', ap: 'Del.', demonyms: ['Delawareans'] },
  { code: 'DC', name: 'District of Columbia', ap: 'D.C.', demonyms: ['Washingtonians'], spanish: 'Distrito de Columbia' },
  { code: 'FL', name: 'Florida', ap: 'Fla.', demonyms: ['Floridians'] },
  { code: 'GA', name: 'Georgia', ap: 'Ga.', demonyms: ['Georgians'] },
  { code: 'HI', name: 'Hawaii', demonyms: ['Hawaii residents'], spanish: 'Hawái' },
  { code: 'ID', name: 'Idaho', demonyms: ['Idahoans'] },
  { code: 'IL', name: 'Illinois', ap: 'Ill.', demonyms: ['Illinoisans'] },
  { code: 'IN', name: 'Indiana', ap: 'Ind.', demonyms: ['Hoosiers', 'Indianans'] },
  { code: 'IA', name: 'Iowa', demonyms: ['Iowans'] },
  { code: 'KS', name: 'Kansas', ap: 'Kan.', demonyms: ['Kansans'] },
  { code: 'KY', name: 'Kentucky', ap: 'Ky.', demonyms: ['Kentuckians'] },
  { code: 'LA', name: 'Louisiana', ap: 'La.', demonyms: ['Louisianans', 'Louisianians'] },
  { code: 'ME', name: 'Maine', demonyms: ['Mainers'] },
  { code: 'MD', name: 'Maryland', ap: 'Md.', demonyms: ['Marylanders'] },
  { code: 'MA', name: 'Massachusetts', ap: 'Mass.', demonyms: ['Massachusettsans'] },
  { code: 'MI', name: 'Michigan', ap: 'Mich.', demonyms: ['Michiganders', 'Michiganians'], spanish: 'Míchigan' },
  { code: 'MN', name: 'Minnesota', ap: 'Minn.', demonyms: ['Minnesotans'] },
  { code: 'MS', name: 'Mississippi', ap: 'Miss.', demonyms: ['Mississippians'], spanish: 'Misisipi' },
  { code: 'MO', name: 'Missouri', ap: 'Mo.', demonyms: ['Missourians'], spanish: 'Misuri' },
  { code: 'MT', name: 'Montana', ap: 'Mont.', demonyms: ['Montanans'] },
  { code: 'NE', name: 'Nebraska', ap: 'Neb.', demonyms: ['Nebraskans'] },
  { code: 'NV', name: 'Nevada', ap: 'Nev.', demonyms: ['Nevadans'] },
  { code: 'NH', name: 'New Hampshire', ap: 'N.H.', demonyms: ['New Hampshirites'], spanish: 'Nuevo Hampshire' },
  { code: 'NJ', name: 'New Jersey', ap: 'N.J.', demonyms: ['New Jerseyans'], spanish: 'Nueva Jersey' },
  { code: 'NM', name: 'New Mexico', ap: 'N.M.', demonyms: ['New Mexicans'], spanish: 'Nuevo México' },
  { code: 'NY', name: 'New York', ap: 'N.Y.', demonyms: ['New Yorkers'], spanish: 'Nueva York' },
  { code: 'NC', name: 'North Carolina', ap: 'N.C.', demonyms: ['North Carolinians'], spanish: 'Carolina del Norte' },
  { code: 'ND', name: 'North Dakota', ap: 'N.D.', demonyms: ['North Dakotans'], spanish: 'Dakota del Norte' },
  { code: 'OH', name: 'Ohio', demonyms: ['Ohioans'] },
  { code: 'OK', name: 'Oklahoma', ap: 'Okla.', demonyms: ['Oklahomans'] },
  { code: 'OR', name: 'Oregon', ap: 'Ore.', demonyms: ['Oregonians'], spanish: 'Oregón' },
  { code: 'PA', name: 'Pennsylvania', ap: 'Pa.', demonyms: ['Pennsylvanians'], spanish: 'Pensilvania' },
  { code: 'RI', name: 'Rhode Island', ap: 'R.I.', demonyms: ['Rhode Islanders'] },
  { code: 'SC', name: 'South Carolina', ap: 'S.C.', demonyms: ['South Carolinians'], spanish: 'Carolina del Sur' },
  { code: 'SD', name: 'South Dakota', ap: 'S.D.', demonyms: ['South Dakotans'], spanish: 'Dakota del Sur' },
  { code: 'TN', name: 'Tennessee', ap: 'Tenn.', demonyms: ['Tennesseans'] },
  { code: 'TX', name: 'Texas', demonyms: ['Texans'], spanish: 'Texas' },
  { code: 'UT', name: 'Utah', demonyms: ['Utahns'] },
  { code: 'VT', name: 'Vermont', ap: 'Vt.', demonyms: ['Vermonters'] },
  { code: 'VA', name: 'Virginia', ap: 'Va.', demonyms: ['Virginians'] },
  { code: 'WA', name: 'Washington', ap: 'Wash.', demonyms: ['Washingtonians'] },
  { code: 'WV', name: 'West Virginia', ap: 'W.Va.', demonyms: ['West Virginians'], spanish: 'Virginia Occidental' },
  { code: 'WI', name: 'Wisconsin', ap: 'Wis.', demonyms: ['Wisconsinites'] },
  { code: 'WY', name: 'Wyoming', ap: 'Wyo.', demonyms: ['Wyomingites'] },
];

const byCode = new Map(STATES.map((s) => [s.code, s]));
const byName = new Map(STATES.map((s) => [s.name.toLowerCase(), s]));

export function stateByCode(code: string): StateInfo | undefined {
  return byCode.get(code.toUpperCase());
}

/** Finds a state by its full English name, its Spanish name or its postal code (case-insensitive). */
export function findState(nameOrCode: string): StateInfo | undefined {
  const key = nameOrCode.trim().toLowerCase();
  if (!key) return undefined;
  return (
    byName.get(key) ??
    (key.length === 2 ? byCode.get(key.toUpperCase()) : undefined) ??
    STATES.find((s) => s.spanish?.toLowerCase() === key)
  );
}
