import { CHECKED_ON, type Source, type StateStatus } from '@/data/checked-types';
import { FEDSCOOP_NLETS, MERITALK_NLETS, VOZ_RECIPIENTS, WYDEN_RELEASE } from '@/data/sources/national';
import {
  ACLU_SOMOS_2020,
  HB99_ABQJ,
  HB99_SIGNED,
  HB99_TEXT,
  HB9_ACLU,
  HB9_EFFECTIVE,
  HB9_SIGNED,
  HB9_VISAVERGE,
  INDRITZ_TESTIMONY,
  MVC_2007_TEXT,
  NILC_2013,
  NMPR_2019,
  REPORT_2025,
  SB36_CIVIL,
  SB36_FELONY,
  SB36_MVC,
  SB36_STATUS,
  SB36_SUMMARY,
  SB75_KRQE,
} from '@/data/sources/new-mexico';

/**
 * New Mexico: what the law says now about MVD data and immigration enforcement.
 * Checked against stored copies of public pages; every url below was returned by a search.
 */

const HB173_NOTE: Source = {
  title: 'Escobar, “Allowing Undocumented Immigrants to Obtain Driver’s Licenses in New Mexico”, 43 Wash. U. J.L. & Pol’y 285 (2014) — on HB 173 (2003) (mirror copy)',
  url: 'https://123doc.top/document/11730531-allowing-undocumented-immigrants-to-obtain-drivers-licenses-in-n.htm',
};
const DAC_RULE: Source = {
  title: 'New Mexico Register (Oct. 30, 2018): 18.19.5 NMAC — proof of identity for a driving authorization card not acceptable for federal purposes',
  url: 'https://www.srca.nm.gov/nmac/nmregister/xxix/18.19.5amend.html',
};

// Pages behind the notCovered sentences (notCovered is plain text; kept here so each sentence can be traced).
// courthouse petition denied: INDRITZ_TESTIMONY; ICE's federal authority: HB9_VISAVERGE; SB 75: SB75_KRQE.
const NOTES_SOURCES: Source[] = [
  ACLU_SOMOS_2020,
  REPORT_2025,
  SB36_FELONY,
  HB9_VISAVERGE,
  INDRITZ_TESTIMONY,
  SB75_KRQE,
];

export const NEW_MEXICO_STATUS: StateStatus = {
  code: 'NM',
  headline:
    'Since July 1, 2025 New Mexico law (SB 36) bars the MVD from giving personal information to any agency for civil immigration enforcement, but as of Nov. 12, 2025 the state had not blocked ICE’s self-service queries of its driver records through Nlets.',
  licences: {
    verdict: 'yes',
    text:
      'New Mexico has licensed drivers regardless of immigration status since HB 173 (2003). Since HB 99 (2016) people who cannot show lawful status get a driving authorization card (not valid for federal purposes), while REAL ID licences require lawful status.',
    laws: ['nm-hb173-2003', 'nm-hb99-2016'],
    sources: [NMPR_2019, NILC_2013, HB99_SIGNED, HB99_ABQJ, DAC_RULE],
    confidence: 'high',
  },
  dmvLimits: {
    verdict: 'yes',
    text:
      'SB 36 (signed Apr. 10, 2025, in force July 1, 2025) amended § 66-2-7.1 so MVD staff and contractors may not disclose personal information to any agency for federal civil immigration enforcement, and buyers of MVD data must certify the same. Before that, the statute let any government agency receive MVD personal information.',
    laws: ['nm-sb36-2025'],
    sources: [SB36_STATUS, SB36_MVC, SB36_CIVIL, SB36_SUMMARY, SB36_FELONY, MVC_2007_TEXT, ACLU_SOMOS_2020],
    confidence: 'high',
  },
  nlets: {
    verdict: 'no',
    text:
      'New Mexico’s governor was one of 19 who received the Nov. 12, 2025 letter urging them to block ICE in Nlets. At that date only Illinois, New York, Massachusetts, Minnesota and Washington had blocked ICE (Oregon was working on it). No later source was found showing that New Mexico has done so, and SB 36 does not by itself switch off this access.',
    laws: ['nm-sb36-2025'],
    sources: [WYDEN_RELEASE, VOZ_RECIPIENTS, FEDSCOOP_NLETS, MERITALK_NLETS],
    confidence: 'medium',
    asOf: '2025-11-12',
  },
  laws: [
    {
      id: 'nm-hb173-2003',
      name: 'HB 173 (2003), driver’s licences without a Social Security number',
      citation: 'HB 173, 2003 Regular Session (Motor Vehicle Code licence rules); chapter number not verified',
      year: 2003,
      does: 'Let residents get a driver’s licence without a Social Security number, whatever their immigration status; it says nothing about ICE or data sharing.',
      sources: [HB173_NOTE, NMPR_2019, NILC_2013],
    },
    {
      id: 'nm-hb99-2016',
      name: 'HB 99 (2016), REAL ID licences and driving authorization cards',
      citation: 'HB 99, 2016 Regular Session; Motor Vehicle Code, NMSA 1978 ch. 66',
      year: 2016,
      effective: '2016-07-01',
      does: 'Created a two-tier system: REAL ID licences that need proof of lawful status, and driving authorization cards for others. It set no limit on data sharing with ICE.',
      sources: [HB99_TEXT, HB99_SIGNED, HB99_ABQJ],
    },
    {
      id: 'nm-sb36-2025',
      name: 'SB 36 (2025), Nondisclosure of Sensitive Personal Information Act',
      citation: 'Laws 2025, ch. 138; NMSA 1978 § 66-2-7.1 (amended); new sections in Chapter 10 NMSA 1978',
      year: 2025,
      effective: '2025-07-01',
      does: 'Bars MVD staff and contractors from giving personal information to any agency for civil immigration enforcement and makes data buyers certify the same; also bars state employees from disclosing sensitive data such as immigration status, with exceptions (court orders, federal statute and others).',
      sources: [SB36_STATUS, SB36_MVC, SB36_CIVIL, SB36_SUMMARY],
    },
    {
      id: 'nm-hb9-2026',
      name: 'HB 9 (2026), Immigrant Safety Act',
      citation: 'HB 9, 2026 Regular Session; chapter number not verified',
      year: 2026,
      effective: '2026-05-20',
      does: 'Bans public bodies’ agreements to detain people for civil immigration violations and 287(g) agreements, and the use of public land for immigration detention; it does not address MVD records.',
      sources: [HB9_SIGNED, HB9_EFFECTIVE, HB9_ACLU],
    },
  ],
  notCoveredSources: NOTES_SOURCES,
  notCovered: [
    'SB 36 does not by itself cut off ICE’s self-service queries of New Mexico driver records through Nlets; as of Nov. 12, 2025 New Mexico was not among the states that had blocked ICE there.',
    'SB 36 has exceptions: its general rule for state employees still allows disclosures under a court order or subpoena or required by federal statute, and its MVD provision does not affect felony matters.',
    'SB 36 works through certifications from buyers of MVD data; it does not reach information that data brokers gather from other sources, a route described in a January 2025 report.',
    'HB 9 (2026) concerns detention agreements, 287(g) and public land; it does not govern MVD records or information sharing.',
    'No state law or statewide court rule limits immigration arrests at courthouses; a 2018 petition asking the New Mexico Supreme Court for such a rule was denied.',
    'The 2021 bill SB 75 passed the Legislature, but no record was found that it became law; the nondisclosure act in force is SB 36 (2025).',
    'State law cannot limit ICE’s own federal authority to arrest and detain people.',
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};
