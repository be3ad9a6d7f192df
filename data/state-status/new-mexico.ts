import { CHECKED_ON, type Source, type StateStatus } from '@/data/checked-types';

/**
 * New Mexico: what the law says now about MVD data and immigration enforcement.
 * Checked against stored copies of public pages; every url below was returned by a search.
 */

const SB36_STATUS: Source = {
  title: 'Roadrunner Capitol Reports: SB 36 (2025) bill detail — signed by the governor Apr. 10, Laws 2025 ch. 138, effective July 1, 2025',
  url: 'https://www.roadrunnercapitol.com/legislation-public.php?legislation_id=362',
};
const SB36_MVC: Source = {
  title: 'Insurance Business: New Mexico SB 36 amends § 66-2-7.1 of the Motor Vehicle Code (effective July 1, 2025)',
  url: 'https://insurancebusinessmag.com/us/news/claims/new-mexico-clamps-down-on-personal-data-sharing--insurers-take-note-532804.aspx',
};
const SB36_SUMMARY: Source = {
  title: 'FastDemocracy: bill summary of New Mexico SB 36 (2025), Nondisclosure of Sensitive Personal Information Act',
  url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=NMB00011105&billsummary_session=2025&billsummary_state=nm',
};
const SB36_CIVIL: Source = {
  title: 'El Semanario (Source NM): SB 36 would bar MVD staff from giving driver data for civil immigration enforcement; buyers must certify (Apr. 10, 2025)',
  url: 'https://www.elsemanarioonline.com/groups-ask-nm-governor-to-protect-immigrants-and-sexual-assault-survivors-personal-data',
};
const SB36_FELONY: Source = {
  title: 'Grant County Beat: SB 36 passes the House 42–23; felony proceedings not affected (2025)',
  url: 'https://grantcountybeat.com/home/2025-nm-legislative-session/legislation-to-safeguard-new-mexicans-personal-data-headed-to-the-governors-desk',
};
const MVC_2007_TEXT: Source = {
  title: 'New Mexico Legislature: SB 591 (2007) final text of § 66-2-7.1 — allows disclosure for use by any governmental agency',
  url: 'https://www.nmlegis.gov/Sessions/07%20Regular/final/SB0591.html',
};
const ACLU_SOMOS_2020: Source = {
  title: 'ACLU of New Mexico: Somos Un Pueblo Unido and ACLU-NM report on state agencies’ disclosures to DHS in 2019 (Feb. 3, 2020)',
  url: 'https://aclu-nm.org/en/node/1030',
};
const REPORT_2025: Source = {
  title: 'Source NM (republished): report on how ICE can reach New Mexico motor vehicle and other data through data brokers (Jan. 30, 2025)',
  url: 'https://usnewsandbusiness.com/?p=77745',
};
const NMPR_2019: Source = {
  title: 'NM Political Report: NM won’t provide driver’s license data to Trump administration (Oct. 25, 2019)',
  url: 'https://nmpoliticalreport.com/2019/10/25/nm-wont-provide-drivers-license-data-to-trump-administration/',
};
const NILC_2013: Source = {
  title: 'NILC: Driver’s Licenses in New Mexico (Jan. 10, 2013)',
  url: 'https://www.nilc.org/issues/drivers-licenses/nr011013/',
};
const HB173_NOTE: Source = {
  title: 'Escobar, “Allowing Undocumented Immigrants to Obtain Driver’s Licenses in New Mexico”, 43 Wash. U. J.L. & Pol’y 285 (2014) — on HB 173 (2003) (mirror copy)',
  url: 'https://123doc.top/document/11730531-allowing-undocumented-immigrants-to-obtain-drivers-licenses-in-n.htm',
};
const HB99_SIGNED: Source = {
  title: 'NM Political Report: Gov signed the REAL ID bill, so what’s next? (Mar. 9, 2016)',
  url: 'https://nmpoliticalreport.com/2016/03/09/gov-signed-the-real-id-bill-so-whats-next/',
};
const HB99_TEXT: Source = {
  title: 'New Mexico Legislature: HB 99 (2016) text — REAL ID compliance and driving cards for certain foreign nationals',
  url: 'https://www.nmlegis.gov/Sessions/16%20Regular/bills/house/HB0099.html',
};
const HB99_ABQJ: Source = {
  title: 'Albuquerque Journal (reposted): Gov. signs Real ID measure into law — driving authorization cards (2016)',
  url: 'https://susanamartinez.com/news/abq-journal-gov-signs-real-id-measure-into-law',
};
const DAC_RULE: Source = {
  title: 'New Mexico Register (Oct. 30, 2018): 18.19.5 NMAC — proof of identity for a driving authorization card not acceptable for federal purposes',
  url: 'https://www.srca.nm.gov/nmac/nmregister/xxix/18.19.5amend.html',
};
const SB75_KRQE: Source = {
  title: 'KRQE: SB 75 passes the House Mar. 14, 2021 and heads to the governor',
  url: 'https://www.krqe.com/news/politics-government/legislature/bill-protecting-new-mexicans-personal-info-heads-to-governors-desk/',
};
const HB9_SIGNED: Source = {
  title: 'NM Political Report: Immigrant Safety Act (HB 9) signed Feb. 5, 2026',
  url: 'https://nmpoliticalreport.com/2026/02/05/bill-to-close-ice-facilities-in-new-mexico-signed-into-law-by-gov/',
};
const HB9_EFFECTIVE: Source = {
  title: 'NM Political Report: HB 9 would take effect May 20, 2026 (Feb. 4, 2026)',
  url: 'https://nmpoliticalreport.com/2026/02/04/gov-set-to-sign-bill-closing-ice-facilities-in-new-mexico',
};
const HB9_ACLU: Source = {
  title: 'ACLU of New Mexico: Governor signs the Immigrant Safety Act, HB 9 (Feb. 2026)',
  url: 'https://www.aclu-nm.org/?p=7734',
};
const HB9_FEDERAL: Source = {
  title: 'VisaVerge: HB 9 takes effect May 20, 2026; ICE keeps its federal arrest and detention authority',
  url: 'https://www.visaverge.com/immigration/new-mexico-house-bill-9-makes-immigrant-safety-act-law-ending-federal-detention',
};
const WYDEN_PR: Source = {
  title: 'Sen. Wyden press release: Wyden, Espaillat and 38 members of Congress urge governors to block ICE from DMV data via Nlets (Nov. 12, 2025)',
  url: 'https://pubt.io/view/4D7AD966B0207EEEDAF24C9918948AA95580375E',
};
const WYDEN_VOZ: Source = {
  title: 'Voz: the Nov. 12, 2025 letters went to 19 governors, including New Mexico’s',
  url: 'https://voz.us/en/politics/251113/30912/congressional-democrats-call-on-every-state-in-the-country-to-block-ice-access-to-driver-data.html',
};
const WYDEN_FEDSCOOP: Source = {
  title: 'FedScoop: Dem governors unwittingly share DMV data with ICE, lawmakers warn (Nov. 2025)',
  url: 'https://fedscoop.com/ice-database-drivers-license-registration-facial-recognition',
};
const WYDEN_MERITALK: Source = {
  title: 'MeriTalk: Democrats warn states of ICE’s quiet access to DMV records; state shield laws don’t cover Nlets (Nov. 2025)',
  url: 'https://meritalk.com/articles/democrats-warn-states-of-ices-quiet-access-to-dmv-records',
};
const COURTHOUSE_PETITION_DENIED: Source = {
  title: 'Testimony of Tova Indritz to the NM Legislature’s Courts, Corrections & Justice Committee (July 10, 2019): courthouse-arrest rule petition was denied',
  url: 'https://docslib.org/doc/3281550/testimony-of-tova-indritz-before-the-courts',
};

// Pages behind the notCovered sentences (notCovered is plain text; kept here so each sentence can be traced).
// courthouse petition denied: COURTHOUSE_PETITION_DENIED; ICE's federal authority: HB9_FEDERAL; SB 75: SB75_KRQE.
const NOTES_SOURCES: Source[] = [
  ACLU_SOMOS_2020,
  REPORT_2025,
  SB36_FELONY,
  HB9_FEDERAL,
  COURTHOUSE_PETITION_DENIED,
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
    sources: [WYDEN_PR, WYDEN_VOZ, WYDEN_FEDSCOOP, WYDEN_MERITALK],
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
