/**
 * "What the law says now" for the 30 states that do not license drivers regardless of immigration
 * status: Alabama, Alaska, Arizona, Arkansas, Florida, Georgia, Idaho, Indiana, Iowa, Kansas,
 * Kentucky, Louisiana, Michigan, Mississippi, Missouri, Montana, Nebraska, New Hampshire,
 * North Carolina, North Dakota, Ohio, Oklahoma, Pennsylvania, South Carolina, South Dakota,
 * Tennessee, Texas, West Virginia, Wisconsin, Wyoming.
 *
 * Checked against stored copies of public pages. Where a verdict rests only on a state's absence
 * from a dated list (NCSL, AP April 2025, NILC July 2023), the text says so and confidence is
 * medium. Where no state law limiting DMV disclosures to immigration enforcement was found, the
 * verdict is "no" with low confidence and the text says what was (not) found. No statewide
 * courthouse-arrest limit was found for any of these states, so `courthouse` is left out.
 */
import {
  CHECKED_ON,
  type Confidence,
  type LawRef,
  type Source,
  type StateStatus,
  type StatusFinding,
} from '@/data/checked-types';
import {
  FEDSCOOP_NLETS,
  HOODLINE_NLETS,
  MERITALK_NLETS,
  NCSL_2014,
  NCSL_LIST,
  NILC_PROTECT_2023,
  VOZ_RECIPIENTS,
  WYDEN_RELEASE,
} from '@/data/sources/national';

// ---------------------------------------------------------------------------------------------
// Shared sources
// ---------------------------------------------------------------------------------------------

const AP_APR_2025: Source = {
  title:
    'Star Tribune (AP), Apr 22, 2025: Some GOP states are targeting driver’s licenses issued to immigrants illegally in the US',
  url: 'https://www.startribune.com/some-gop-states-are-targeting-drivers-licenses-issued-to-immigrants-illegally-in-the-us/601336206',
};

// Pages cited more than once in this file, declared once so the citations cannot drift apart.
const TN_CENTER_SQUARE: Source = {
  title: 'The Center Square (via Regional Media News): new law bars out-of-state licences from illegal immigrants; HB 749 signed in April 2025',
  url: 'https://www.regionalmedianews.com/news/national/border/new-law-bars-out-of-state-drivers-licenses-from-illegal-immigrants',
};

const MI_DRIVE_SAFE: Source = {
  title: 'Michigan Immigrant Rights Center, Apr 12, 2023: Drive SAFE bills',
  url: 'https://michiganimmigrant.org/drive-safe-safety-access-freedom-and-economy-bills-SB-265-266-267-and-HB-4410-4411-4412',
};

const NLETS_SOURCES: Source[] = [WYDEN_RELEASE, HOODLINE_NLETS, MERITALK_NLETS, FEDSCOOP_NLETS];

const NLETS_AS_OF = '2025-11-12';

// ---------------------------------------------------------------------------------------------
// Builders for the findings that repeat across states (the data they return is plain).
// ---------------------------------------------------------------------------------------------

/** Licences: "no", known from the state's absence from the dated lists of states that do. */
function licencesByList(
  name: string,
  opts: { extraText?: string; extraSources?: Source[]; laws?: string[]; confidence?: Confidence } = {},
): StatusFinding {
  const base =
    `${name} is not among the 19 states (plus DC) that NCSL lists as licensing drivers regardless of immigration status, ` +
    `and AP counted the same 19 states plus DC in April 2025.`;
  const tail = opts.extraText
    ? ` ${opts.extraText}`
    : ' This rests on its absence from those lists; no state law offering such a licence was found.';
  return {
    verdict: 'no',
    text: base + tail,
    laws: opts.laws ?? [],
    sources: [...(opts.extraSources ?? []), NCSL_LIST, AP_APR_2025],
    confidence: opts.confidence ?? (opts.extraText ? 'high' : 'medium'),
  };
}

/** DMV limits: "no", nothing found (low confidence unless the caller has a positive source). */
function dmvNoLawFound(
  name: string,
  opts: { extraText?: string; extraSources?: Source[]; laws?: string[]; confidence?: Confidence } = {},
): StatusFinding {
  const base =
    `No ${name} law limiting what its driver-licensing agency gives immigration enforcement was found. ` +
    `NILC notes that such limits have mostly come inside laws that license drivers regardless of status, which ${name} does not have.`;
  return {
    verdict: 'no',
    text: opts.extraText ? `${base} ${opts.extraText}` : base,
    laws: opts.laws ?? [],
    sources: [...(opts.extraSources ?? []), NILC_PROTECT_2023],
    confidence: opts.confidence ?? 'low',
  };
}

/**
 * Nlets: "no" as of the Nov 12, 2025 letter. `governor` is set for the seven states in this file
 * whose governors received one of the 19 letters.
 */
function nletsNotBlocked(
  name: string,
  opts: { governor?: string; extraText?: string; extraSources?: Source[] } = {},
): StatusFinding & { asOf: string } {
  let text =
    `As of Nov 12, 2025, per Nlets figures cited in the Wyden–Espaillat letter, only Illinois, New York, Massachusetts and Minnesota ` +
    `had blocked ICE, with Washington following and Oregon working on it; ${name} was not among them, so ICE could still query its driver records through Nlets.`;
  if (opts.governor) text += ` ${opts.governor} was one of the 19 governors the letter urged to block ICE.`;
  if (opts.extraText) text += ` ${opts.extraText}`;
  text += ' No later source showing a block was found.';
  return {
    verdict: 'no',
    text,
    laws: [],
    sources: [...(opts.extraSources ?? []), ...NLETS_SOURCES, ...(opts.governor ? [VOZ_RECIPIENTS] : [])],
    confidence: opts.governor ? 'medium' : 'high',
    asOf: NLETS_AS_OF,
  };
}

const STANDARD_HEADLINE =
  'No: the state does not license drivers regardless of status, no state law limiting what the DMV gives ICE was found, and as of Nov 12, 2025 ICE could still query its driver records through Nlets.';

const NOT_COVERED_COMMON: string[] = [
  'No state law or statewide court rule limiting civil immigration arrests at courthouses was found.',
  'Whether the state has restricted ICE’s Nlets access since November 2025 could not be confirmed from the sources found.',
];

/** A state for which only the national lists and the Nlets coverage were found. */
function listOnlyState(code: string, name: string, governor?: string): StateStatus {
  return {
    code,
    headline: STANDARD_HEADLINE,
    licences: licencesByList(name),
    dmvLimits: dmvNoLawFound(name),
    nlets: nletsNotBlocked(name, governor ? { governor } : {}),
    laws: [],
    notCovered: [...NOT_COVERED_COMMON],
    checked: CHECKED_ON,
    confidence: 'medium',
  };
}

// ---------------------------------------------------------------------------------------------
// Laws
// ---------------------------------------------------------------------------------------------

const AL_HB56: LawRef = {
  id: 'al-hb56-2011',
  name: 'HB 56 (2011), Beason-Hammon Alabama Taxpayer and Citizen Protection Act',
  citation: 'Act 2011-535; Code of Ala. § 31-13-29 (public records transactions)',
  year: 2011,
  does:
    'Bars people not lawfully present from applying for or renewing a driver’s licence or ID (a “public records transaction”) and requires applicants to show citizenship or lawful presence; its title also bars state and local officials from refusing to help federal immigration enforcement.',
  sources: [
    {
      title: 'Code of Alabama § 31-13-29: limits on public records transactions by unauthorized aliens',
      url: 'https://getpocketlaw.com/law/state_alabama/section-31-13-29-limitations-on-public-records-transactions-conducted-by-unauthorized-aliens_440b49333566',
    },
    {
      title: 'HB 56 (2011), enrolled text',
      url: 'https://pdfslide.us/documents/1-hb56-2-132433-8.html',
    },
  ],
};

const AK_NONCITIZEN_RULES: LawRef = {
  id: 'ak-noncitizen-licence-rules',
  name: 'Alaska licence rules for non-citizens (licence term tied to authorized stay)',
  citation: 'AS 28.15.101(d); 2 AAC 90.420(b); 2 AAC 90.590',
  year: 2014,
  does:
    'NCSL reported a 2014 law tying licence terms to visa expiry; the DMV applies AS 28.15.101(d) since May 22, 2017 and checks status through the federal SAVE system, and the regulations require proof of lawful status even for licences that are not REAL ID.',
  sources: [
    {
      title: 'Alaska DMV: Non-U.S. Citizen Eligibility',
      url: 'https://doa.alaska.gov/dmv/akol/nusc.htm',
    },
    {
      title: '2 AAC 90.420: application for driver’s license (lawful status proof for non-compliant licences)',
      url: 'http://casetext.com/regulation/alaska-administrative-code/title-2-administration/chapter-90-driver-licensing-and-safety-responsibility/article-6-standards-for-licensing-of-drivers/section-2-aac-90420-application-for-drivers-license',
    },
    NCSL_2014,
  ],
};

const AZ_AUTHORIZED_PRESENCE: LawRef = {
  id: 'az-ars-28-3158',
  name: 'Arizona authorized-presence requirement for driver licences',
  citation: 'A.R.S. § 28-3158(C); see also A.R.S. § 41-1080',
  year: 1996,
  does:
    'Applicants must prove their presence in the US is authorized under federal law; A.R.S. § 41-1080 treats an Arizona licence issued after 1996 as proof of authorized presence, which dates the rule to 1996.',
  sources: [
    {
      title: 'ADOT MVD: Statement on the federal immigration program',
      url: 'http://www.azdot.gov/mvd/driver-services/statement-on-the-federal-immigration-program',
    },
    {
      title: 'Arizona SB 1162 (2021), showing the current text of A.R.S. § 28-3158(C)',
      url: 'https://azleg.gov/legtext/55leg/1r/bills/sb1162p.htm',
    },
    {
      title: 'Arizona SB 1562 (2024), showing the current text of A.R.S. § 41-1080',
      url: 'https://azleg.gov/legtext/56leg/2r/bills/sb1562p.htm',
    },
  ],
};

const FL_SB1718: LawRef = {
  id: 'fl-sb1718-2023',
  name: 'SB 1718 (2023)',
  citation: 'SB 1718 (2023); penalties under s. 322.03, Fla. Stat.',
  year: 2023,
  effective: '2023-07-01',
  does:
    'Bars issuing a Florida licence to anyone who cannot prove lawful presence and makes out-of-state licences issued only to undocumented immigrants invalid in Florida; FLHSMV publishes the list of such licences.',
  sources: [
    {
      title: 'WUSF, Jul 6, 2023: Out-of-state licenses voided for undocumented immigrants',
      url: 'https://wusfnews.wusf.usf.edu/politics-issues/2023-07-06/out-of-state-licenses-voided-undocumented-immigrants',
    },
    {
      title: 'WQCS, Jul 5, 2023: Florida declares out-of-state driver licenses issued to undocumented immigrants invalid',
      url: 'https://www.wqcs.org/wqcs-news/2023-07-05/florida-declares-out-of-state-driver-licenses-issued-to-undocumented-immigrants-invalid',
    },
  ],
};

const FL_287G: LawRef = {
  id: 'fl-flhsmv-287g-2025',
  name: 'FLHSMV / Florida Highway Patrol 287(g) task-force agreement with ICE (2025)',
  citation: 'INA § 287(g), 8 U.S.C. § 1357(g); memorandum of agreement announced Feb 7, 2025',
  year: 2025,
  does:
    'Lets Florida Highway Patrol troopers, part of the state’s motor-vehicle department (FLHSMV), question and detain people for ICE during traffic stops; DHS gave FLHSMV $13.6 million for it in 2025.',
  sources: [
    {
      title: 'CBS Miami, Feb 7, 2025: Florida Highway Safety and Motor Vehicles to partner with ICE under 287(g)',
      url: 'https://www.cbsnews.com/miami/news/ron-desantis-florida-highway-patrol-immigration-deporations-donald-trump/',
    },
    {
      title: 'WLRN, Feb 10, 2025: agreement lets FHP do street-level immigration enforcement',
      url: 'https://www.wlrn.org/government-politics/2025-02-10/ice-police-interrogate-arrest-undocumented-immigrants',
    },
    {
      title: 'FLHSMV release, Oct 1, 2025: $13.6 million in federal funding for 287(g) work',
      url: 'https://www.einpresswire.com/article/854293867/florida-secures-13-6-million-in-federal-funding-to-expand-immigration-enforcement',
    },
  ],
};

const MI_OAG_7210: LawRef = {
  id: 'mi-oag-7210-2007',
  name: 'Michigan Attorney General Opinion No. 7210 (2007)',
  citation: 'OAG No. 7210 (Dec 27, 2007), reading MCL 257.51a and MCL 257.303(1)(h)',
  year: 2007,
  does:
    'Concluded that a person not lawfully in the US cannot be a Michigan resident for licence purposes, ending licences for undocumented residents; Drive SAFE bills to restore them were reintroduced in 2023 but not enacted.',
  sources: [
    {
      title: 'Michigan Attorney General, Opinion No. 7210 (Dec 27, 2007)',
      url: 'https://www.ag.state.mi.us/opinion/datafiles/2000s/op10286.htm',
    },
    {
      title: 'Axios Detroit, Jun 6, 2023: Drive SAFE bills and the 2007 opinion',
      url: 'https://www.axios.com/local/detroit/2023/06/06/michigan-drivers-licenses-undocumented-immigrants',
    },
  ],
};

const NC_TCA_2006: LawRef = {
  id: 'nc-technical-corrections-2006',
  name: '2006 Technical Corrections Act (Social Security number for licences)',
  citation: 'G.S. 20-7, as amended by the 2006 Technical Corrections Act',
  year: 2006,
  does:
    'Signed in August 2006, it removed the option of using an ITIN instead of a Social Security number, so only people with a Social Security number or a valid visa can get a North Carolina licence or ID, which leaves out people without lawful status.',
  sources: [
    {
      title: 'RaleighNow, Sep 6, 2008: Driver’s license identification and immigrants (Technical Corrections Act signed Aug 2006)',
      url: 'http://www.raleighnow.org/archives/000157.html',
    },
    {
      title: 'Rep. Price blog, Aug 1, 2006: bill ends ITIN licences, requires a Social Security card or valid visa',
      url: 'http://priceyh.blogspot.com/2006/08/cracking-down-on-illegal-immigration.html',
    },
  ],
};

const TN_2004: LawRef = {
  id: 'tn-dl-citizenship-2004',
  name: 'Tennessee 2004 law requiring citizenship or lawful permanent residence for a licence',
  citation: 'Tenn. Code Ann. Title 55, ch. 50; Tenn. Comp. R. & Regs. 1340-01-13-.11(8)',
  year: 2004,
  effective: '2004-05-29',
  does:
    'Ended the 2001–2004 practice of licensing people without a Social Security number; a separate “certificate for driving” for those who could not prove status ran for about two years and no longer exists.',
  sources: [
    {
      title: 'Tennessee Immigrant and Refugee Rights Coalition (2004), via Encyclopedia.com: the new licence and certificate-for-driving law',
      url: 'https://www.encyclopedia.com/humanities/applied-and-social-sciences-magazines/what-immigrants-and-refugees-need-know-about-new-tennessee-drivers-license-and-certificate-driving',
    },
    {
      title: 'Tenn. Comp. R. & Regs. 1340-01-13-.11: application requirements',
      url: 'https://casetext.com/regulation/tennessee-administrative-code/title-1340-safety-and-homeland-security/subtitle-1340-01-driver-control-division/chapter-1340-01-13-rules-of-classified-and-commercial-driver-licenses-and-certificates-for-driving/section-1340-01-13-11-application-requirements',
    },
  ],
};

const TN_SB6002: LawRef = {
  id: 'tn-sb6002-2025',
  name: 'SB 6002 (2025), centralized immigration enforcement division',
  citation: 'SB 6002 (2025); amends Tenn. Code Ann. Title 4, ch. 3, pt. 20 and §§ 55-50-303, 55-50-321, 55-50-331',
  year: 2025,
  effective: '2025-07-01',
  does:
    'Creates an immigration enforcement division inside the Department of Safety (the agency that issues licences) to coordinate with ICE and 287(g), and from Jan 1, 2026 gives non-citizens distinctly marked temporary licences.',
  sources: [
    {
      title: 'FastDemocracy: summary of Tennessee SB 6002',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=TNB00054250&billsummary_session=114&billsummary_state=tn',
    },
    {
      title: 'Tennessee SB 6002, bill text',
      url: 'https://app.legiplex.com/tn/legislature/2025/2025-r/bills/sb6002/drafts-latest',
    },
    TN_CENTER_SQUARE,
  ],
};

const TN_HB749: LawRef = {
  id: 'tn-hb749-2025',
  name: 'HB 749 (2025), invalid out-of-state licences',
  citation: 'HB 749 / SB 1086 (2025); new Tenn. Code Ann. § 55-50-355 and a companion section in Title 55, ch. 50, pt. 3',
  year: 2025,
  effective: '2026-01-01',
  does:
    'Makes out-of-state licences issued only to people without lawful presence invalid for driving in Tennessee (a Class B misdemeanor) and has the Department of Safety publish the list.',
  sources: [
    TN_CENTER_SQUARE,
    {
      title: 'Tennessee General Assembly fiscal note, HB 749 / SB 1086 (effective Jan 1, 2026)',
      url: 'https://app.legiplex.com/tn/legislature/2025/2025-r/bills/hb0749/draft-2197011?id=2197011',
    },
    {
      title: 'Nashville Scene, Apr 2025: HB 749 / SB 1086 passes the Senate',
      url: 'https://www.nashvillescene.com/news/pithinthewind/undocumented-immigrants-drivers-licenses/article_e821e3ef-4364-4aa0-a950-4336d8792863.html',
    },
  ],
};

const TX_2011: LawRef = {
  id: 'tx-lawful-presence-2011',
  name: 'Texas 2011 lawful-presence requirement for licences and IDs',
  citation: '2011 special-session fiscal matters bill; Tex. Transp. Code § 521.142(a)',
  year: 2011,
  effective: '2011-09-01',
  does:
    'Wrote into statute the Department of Public Safety’s 2008 rule that licence and ID applicants must prove they are lawfully in the US.',
  sources: [
    {
      title: 'Texas Tribune, Aug 12, 2011: driver’s license policy becomes law',
      url: 'https://www.texastribune.org/2011/08/12/day-12/',
    },
    {
      title: 'Texas HB 566 (2025), citing the authorized-presence rule in § 521.142(a)',
      url: 'https://app.legiplex.com/tx/legislature/2025/89r/bills/hb566/drafts-compare',
    },
  ],
};

const WY_HB116: LawRef = {
  id: 'wy-hb116-2025',
  name: 'HB 116 (2025), Driver’s Licenses – unauthorized alien restrictions',
  citation: 'HB 116 (2025)',
  year: 2025,
  effective: '2025-07-01',
  does:
    'Makes licences issued by other states to people who cannot prove lawful presence invalid in Wyoming; became law without the governor’s signature on Feb 28, 2025.',
  sources: [
    {
      title: 'Wyoming Star News, Mar 4, 2025: Wyoming to invalidate out-of-state licenses issued to undocumented immigrants',
      url: 'https://wyomingstarnews.org/2025/03/04/wyoming-to-invalidate-out-of-state-drivers-licenses-issued-to-undocumented-immigrants',
    },
  ],
};

const WY_SF33: LawRef = {
  id: 'wy-sf33-2025',
  name: 'SF 33 (2025), “Not U.S. Citizen” marking on licences',
  citation: 'SF 33 (2025)',
  year: 2025,
  effective: '2026-01-01',
  does:
    'Requires the Wyoming Department of Transportation to mark licences and IDs issued to non-citizens “Not U.S. Citizen” from Jan 1, 2026.',
  sources: [
    {
      title: 'SVI News (Jackson Hole News&Guide): Wyoming will void out-of-state licenses; SF 33 signed',
      url: 'https://svinews.com/103780/despite-concerns-wyoming-will-void-out-of-state-drivers-licenses-issued-to-undocumented-immigrants',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// States
// ---------------------------------------------------------------------------------------------

const ALABAMA: StateStatus = {
  code: 'AL',
  headline:
    'No: Alabama law bars licences for people not lawfully present, no law limiting what the licensing agency gives ICE was found, and as of Nov 12, 2025 ICE could query Alabama driver records through Nlets.',
  licences: licencesByList('Alabama', {
    extraText:
      'Code of Ala. § 31-13-29 (from HB 56 of 2011, as amended in 2012) forbids people not lawfully present from applying for or renewing a licence.',
    extraSources: AL_HB56.sources,
    laws: [AL_HB56.id],
  }),
  dmvLimits: dmvNoLawFound('Alabama', {
    extraText:
      'HB 56 as enacted pointed the other way: its title bars state and local officials from refusing to assist federal immigration enforcement.',
    extraSources: [AL_HB56.sources[1]],
    laws: [AL_HB56.id],
  }),
  nlets: nletsNotBlocked('Alabama'),
  laws: [AL_HB56],
  notCovered: [
    'HB 56 governs who may get a licence; it says nothing that shields licence records from ICE.',
    'Parts of HB 56 were amended in 2012 and some were challenged in court; this check did not confirm which sections are enforced today.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const ALASKA: StateStatus = {
  code: 'AK',
  headline:
    'No: Alaska requires proof of lawful status for every licence and checks non-citizens’ status with DHS, no law limiting what the DMV gives ICE was found, and as of Nov 12, 2025 ICE could query Alaska driver records through Nlets.',
  licences: licencesByList('Alaska', {
    extraText:
      'Its DMV rules require proof of lawful status even for licences that are not REAL ID, and the DMV verifies non-citizens’ status through the federal SAVE system.',
    extraSources: AK_NONCITIZEN_RULES.sources.slice(0, 2),
    laws: [AK_NONCITIZEN_RULES.id],
  }),
  dmvLimits: dmvNoLawFound('Alaska'),
  nlets: nletsNotBlocked('Alaska'),
  laws: [AK_NONCITIZEN_RULES],
  notCovered: [
    'The DMV rules cited govern eligibility; none of them addresses what the DMV shares with ICE.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const ARIZONA: StateStatus = {
  code: 'AZ',
  headline:
    'No: Arizona licences require proof of authorized presence, no law limiting what ADOT’s Motor Vehicle Division gives ICE was found, and as of Nov 12, 2025 ICE could query Arizona driver records through Nlets.',
  licences: licencesByList('Arizona', {
    extraText:
      'State law limits licences to people whose presence in the US is authorized under federal law (A.R.S. § 28-3158(C)).',
    extraSources: AZ_AUTHORIZED_PRESENCE.sources,
    laws: [AZ_AUTHORIZED_PRESENCE.id],
  }),
  dmvLimits: dmvNoLawFound('Arizona'),
  nlets: nletsNotBlocked('Arizona', {
    governor: 'Gov. Katie Hobbs',
    extraText:
      'The letter says the Arizona Department of Public Safety gives out-of-state agencies real-time access to the state’s DMV database through Nlets.',
    extraSources: [
      {
        title: 'Cybernoz: Congressional Dems press governors to block feds from accessing state DMV data',
        url: 'https://cybernoz.com/congressional-dems-press-governors-to-block-feds-from-accessing-state-dmv-data',
      },
    ],
  }),
  laws: [AZ_AUTHORIZED_PRESENCE],
  notCovered: [
    'ADOT’s page on the DACA program reflects a 2012 executive order; whether DACA recipients can now get licences was not checked here.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const FLORIDA: StateStatus = {
  code: 'FL',
  headline:
    'No: Florida bars licences without lawful presence and voids some other states’ immigrant licences, its motor-vehicle department’s Highway Patrol works with ICE under 287(g), and as of Nov 12, 2025 ICE could query Florida driver records through Nlets.',
  licences: licencesByList('Florida', {
    extraText:
      'SB 1718 (2023) bars issuing a licence to anyone who cannot prove lawful presence and, from Jul 1, 2023, voids out-of-state licences issued only to undocumented immigrants.',
    extraSources: FL_SB1718.sources,
    laws: [FL_SB1718.id],
  }),
  dmvLimits: dmvNoLawFound('Florida', {
    extraText:
      'The opposite holds: the Department of Highway Safety and Motor Vehicles, which issues licences, runs the Florida Highway Patrol under a 2025 287(g) agreement with ICE.',
    extraSources: FL_287G.sources,
    laws: [FL_287G.id],
    confidence: 'medium',
  }),
  nlets: nletsNotBlocked('Florida'),
  laws: [FL_SB1718, FL_287G],
  notCovered: [
    'The 287(g) agreement is about troopers’ arrests and detentions; no source found describes what licence records, if any, FLHSMV hands ICE directly.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const MICHIGAN: StateStatus = {
  code: 'MI',
  headline:
    'No: Michigan stopped licensing undocumented residents after a 2007 Attorney General opinion, no law limiting what the Department of State gives ICE was found, and as of Nov 12, 2025 ICE could query Michigan driver records through Nlets.',
  licences: licencesByList('Michigan', {
    extraText:
      'Michigan did license undocumented residents until a December 2007 Attorney General opinion held they cannot be state residents for licence purposes; Drive SAFE bills to restore licences were reintroduced in 2023 without passing.',
    extraSources: [
      ...MI_OAG_7210.sources,
      MI_DRIVE_SAFE,
    ],
    laws: [MI_OAG_7210.id],
  }),
  dmvLimits: dmvNoLawFound('Michigan', {
    extraText: 'The Drive SAFE bills would have barred discrimination against, and extra police scrutiny of, holders of the new licences, but they did not pass.',
    extraSources: [MI_DRIVE_SAFE],
  }),
  nlets: nletsNotBlocked('Michigan', { governor: 'Gov. Gretchen Whitmer' }),
  laws: [MI_OAG_7210],
  notCovered: [
    'The 2007 opinion is about eligibility; it does not address what the Department of State shares with ICE.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const NORTH_CAROLINA: StateStatus = {
  code: 'NC',
  headline:
    'No: North Carolina has required a Social Security number for licences since 2006, no law limiting what the DMV gives ICE was found, and as of Nov 12, 2025 ICE could query North Carolina driver records through Nlets.',
  licences: licencesByList('North Carolina', {
    extraText:
      'Since the 2006 Technical Corrections Act removed the ITIN option, applicants need a valid Social Security number, which leaves out people without lawful status.',
    extraSources: NC_TCA_2006.sources,
    laws: [NC_TCA_2006.id],
  }),
  dmvLimits: dmvNoLawFound('North Carolina'),
  nlets: nletsNotBlocked('North Carolina', { governor: 'Gov. Josh Stein' }),
  laws: [NC_TCA_2006],
  notCovered: [...NOT_COVERED_COMMON],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const PENNSYLVANIA: StateStatus = {
  code: 'PA',
  headline:
    'No: Pennsylvania requires proof of lawful status for a licence, PennDOT shares driver data with federal law enforcement on request, and as of Nov 12, 2025 ICE could query PennDOT records through Nlets.',
  licences: licencesByList('Pennsylvania', {
    extraText:
      'Current law requires proof of lawful status for a permit or licence; licences-for-all bills (HB 279 in 2021–22, HB 769 later) were not enacted.',
    extraSources: [
      {
        title: 'National Law Review, Dec 30, 2021: Driving PA Forward and HB 279',
        url: 'https://www.natlawreview.com/article/driving-pa-forward-seeks-to-expand-access-to-drivers-licenses-undocumented',
      },
    ],
  }),
  dmvLimits: dmvNoLawFound('Pennsylvania', {
    extraText:
      'In 2020 PennDOT confirmed it releases driver information to federal law enforcement in response to a subpoena, warrant or lawful data request form.',
    extraSources: [
      {
        title: 'National Immigration Lawyers, Sep 28, 2020: PennDOT shares drivers’ personal information',
        url: 'https://nationalimmigrationlawyers.com/2020/09/28/penndot-shares-drivers-personal-information-immigration-advocates-protest/',
      },
    ],
    confidence: 'medium',
  }),
  nlets: nletsNotBlocked('Pennsylvania', {
    governor: 'Gov. Josh Shapiro',
    extraText:
      'The letter to him says the Pennsylvania State Police give outside agencies real-time access to PennDOT’s licence database through Nlets.',
    extraSources: [
      {
        title: 'Bucks Independence: Pennsylvania inadvertently making drivers’ license data available to ICE',
        url: 'https://www.bucksindependence.com/pennsylvania-inadvertently-making-drivers-license-data-available-to-ice',
      },
    ],
  }),
  laws: [],
  notCovered: [
    'No statute number for the lawful-status requirement was confirmed; sources describe it as current law and practice.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const TENNESSEE: StateStatus = {
  code: 'TN',
  headline:
    'No: Tennessee licenses only citizens and lawfully present non-citizens, its licensing department now houses an immigration enforcement division working with ICE, and as of Nov 12, 2025 ICE could query Tennessee driver records through Nlets.',
  licences: licencesByList('Tennessee', {
    extraText:
      'A 2004 law requires proof of citizenship or lawful permanent residence (temporary licences go only to people with federally authorized stays); the 2004–2006 certificate for driving is gone, and HB 749 (2025) voids other states’ licences issued only to undocumented immigrants.',
    extraSources: [
      ...TN_2004.sources,
      {
        title: 'Tennessee Department of Safety: Temporary Driver License',
        url: 'https://www.tn.gov/content/tn/safety/driver-services1/classd/temporary.html',
      },
      TN_HB749.sources[0],
    ],
    laws: [TN_2004.id, TN_HB749.id],
  }),
  dmvLimits: dmvNoLawFound('Tennessee', {
    extraText:
      'SB 6002 (2025) goes the other way: it created a centralized immigration enforcement division inside the Department of Safety, which issues licences, to coordinate with federal immigration agencies.',
    extraSources: TN_SB6002.sources,
    laws: [TN_SB6002.id],
    confidence: 'medium',
  }),
  nlets: nletsNotBlocked('Tennessee'),
  laws: [TN_2004, TN_SB6002, TN_HB749],
  notCovered: [
    'No source found says whether the new division draws on licence records, or how.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const TEXAS: StateStatus = {
  code: 'TX',
  headline:
    'No: Texas has required proof of lawful presence for licences since 2008 (in statute since 2011), no law limiting what the Department of Public Safety gives ICE was found, and as of Nov 12, 2025 ICE could query Texas driver records through Nlets.',
  licences: licencesByList('Texas', {
    extraText:
      'A 2008 Department of Public Safety rule requiring proof of lawful presence became state law on Sep 1, 2011.',
    extraSources: TX_2011.sources,
    laws: [TX_2011.id],
  }),
  dmvLimits: dmvNoLawFound('Texas'),
  nlets: nletsNotBlocked('Texas'),
  laws: [TX_2011],
  notCovered: [
    'In Texas the licensing agency is the Department of Public Safety, itself a police agency; no source found describes what it shares with ICE directly.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const WISCONSIN: StateStatus = {
  code: 'WI',
  headline:
    'No: Wisconsin stopped licensing undocumented residents in 2007, no law limiting what the Department of Transportation gives ICE was found, and as of Nov 12, 2025 ICE could query Wisconsin driver records through Nlets.',
  licences: licencesByList('Wisconsin', {
    extraText:
      'A change in state law ended licences for people without lawful status in April 2007; Gov. Evers has proposed restoring them in his budgets since 2019, Republican lawmakers stripped the provision from earlier budgets, and it is not law.',
    extraSources: [
      {
        title: 'Green Bay Press-Gazette, Mar 14, 2019: licences ended in April 2007; Evers proposal',
        url: 'https://www.greenbaypressgazette.com/story/news/2019/03/14/brown-door-kewaunee-officials-weigh-evers-drivers-permit-proposal/3027557002/',
      },
      {
        title: 'Daily Kos, Feb 16, 2023: Evers again seeks to restore driver’s licenses for undocumented residents',
        url: 'https://www.dailykos.com/stories/2023/2/16/2153307/-Wisconsin-Gov-Tony-Evers-again-seeks-to-restore-driver-s-licenses-for-undocumented-residents',
      },
    ],
  }),
  dmvLimits: dmvNoLawFound('Wisconsin'),
  nlets: nletsNotBlocked('Wisconsin', { governor: 'Gov. Tony Evers' }),
  laws: [],
  notCovered: [
    'The act number of the 2007 change was not confirmed; sources describe it only as a state law change.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

const WYOMING: StateStatus = {
  code: 'WY',
  headline:
    'No: Wyoming does not license drivers regardless of status, voids other states’ licences for undocumented immigrants and marks non-citizens’ licences, no law limiting what WYDOT gives ICE was found, and as of Nov 12, 2025 ICE could query Wyoming driver records through Nlets.',
  licences: licencesByList('Wyoming', {
    extraText:
      'In 2025 it went further: HB 116 makes other states’ licences for people without lawful presence invalid in Wyoming from Jul 1, 2025, and SF 33 marks non-citizens’ licences “Not U.S. Citizen” from Jan 1, 2026.',
    extraSources: [...WY_HB116.sources, ...WY_SF33.sources],
    laws: [WY_HB116.id, WY_SF33.id],
  }),
  dmvLimits: dmvNoLawFound('Wyoming'),
  nlets: nletsNotBlocked('Wyoming'),
  laws: [WY_HB116, WY_SF33],
  notCovered: [
    'Reporting on HB 116 says officers check status at traffic stops through dispatchers who contact ICE; that is police practice, not a rule about licence records.',
    ...NOT_COVERED_COMMON,
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};

export const OTHER_STATES_STATUS: readonly StateStatus[] = [
  ALABAMA,
  ALASKA,
  ARIZONA,
  listOnlyState('AR', 'Arkansas'),
  FLORIDA,
  listOnlyState('GA', 'Georgia'),
  listOnlyState('ID', 'Idaho'),
  listOnlyState('IN', 'Indiana'),
  listOnlyState('IA', 'Iowa'),
  listOnlyState('KS', 'Kansas', 'Gov. Laura Kelly'),
  listOnlyState('KY', 'Kentucky', 'Gov. Andy Beshear'),
  listOnlyState('LA', 'Louisiana'),
  MICHIGAN,
  listOnlyState('MS', 'Mississippi'),
  listOnlyState('MO', 'Missouri'),
  listOnlyState('MT', 'Montana'),
  listOnlyState('NE', 'Nebraska'),
  listOnlyState('NH', 'New Hampshire'),
  NORTH_CAROLINA,
  listOnlyState('ND', 'North Dakota'),
  listOnlyState('OH', 'Ohio'),
  listOnlyState('OK', 'Oklahoma'),
  PENNSYLVANIA,
  listOnlyState('SC', 'South Carolina'),
  listOnlyState('SD', 'South Dakota'),
  TENNESSEE,
  TEXAS,
  listOnlyState('WV', 'West Virginia'),
  WISCONSIN,
  WYOMING,
];
