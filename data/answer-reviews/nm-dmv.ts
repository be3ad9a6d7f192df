import { CHECKED_ON, type AnswerReview, type Source } from '@/data/checked-types';
import { FINDARTICLES_NLETS, MERITALK_NLETS, VOZ_RECIPIENTS, WYDEN_RELEASE } from '@/data/sources/national';
import {
  ACLU_SOMOS_2020,
  HB99_ABQJ,
  HB99_SIGNED,
  HB99_TEXT,
  HB9_EFFECTIVE,
  HB9_SIGNED,
  KYR_ACLU,
  KYR_NMILC,
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
 * Reviews of every answer in new-mexico-dmv.txt ("State DMV Data Sharing With ICE in New Mexico").
 * Checked against stored copies of public pages; every url below was returned by a search.
 */

const DOC = 'nm-dmv-data-sharing';

// --- Sources (specific pages only) ---
const RALLY_2025: Source = {
  title: 'Source NM (republished): NM advocates call for statewide immigrant data protections (Feb. 2025)',
  url: 'https://www.daily8.com/en/article/82519ab6ceb44f1480a620173f9ab0c2',
};
const SAVE_RULE: Source = {
  title: 'NMAC 18.19.5.14: REAL ID licences for lawful residents — lawful status verified through SAVE',
  url: 'https://regulations.justia.com/states/new-mexico/title-18/chapter-19/part-5/section-18-19-5-14',
};
const SB75_TEXT: Source = {
  title: 'New Mexico Legislature: SB 75 (2021) text — general nondisclosure rule for state employees',
  url: 'https://nmlegis.gov/sessions/21%20Regular/bills/senate/SB0075.HTML',
};
const SB250_STATUS: Source = {
  title: 'NM Legiswatch: SB 250 (2025), State Enforcement of Immigration Law — committee status',
  url: 'https://nmlegiswatch.org/bills/SB250.html',
};
const DHS_LIST: Source = {
  title: 'Albuquerque Journal: majority of New Mexico on the DHS “sanctuary” list; funding threatened (2025)',
  url: 'https://www.abqjournal.com/news/majority-of-new-mexico-on-trumps-immigration-sanctuary-list/443935',
};
const DOJ_ABQ: Source = {
  title: 'Albuquerque Journal: Albuquerque could lose millions in federal aid over sanctuary status (Aug. 2025)',
  url: 'https://www.abqjournal.com/news/albuquerque-could-lose-millions-in-federal-aid-because-of-sanctuary-city-status/633897',
};

export const NM_DMV_REVIEWS: readonly AnswerReview[] = [
  {
    docId: DOC,
    question: 1,
    claims: [
      {
        quote: 'The New Mexico DMV currently does not share data with ICE.',
        verdict: 'wrong',
        reason:
          'Until July 2025 the Motor Vehicle Code let the MVD release personal information to any government agency, and as of Nov. 12, 2025 New Mexico had not blocked ICE’s self-service queries of its driver records through Nlets.',
        sources: [MVC_2007_TEXT, ACLU_SOMOS_2020, WYDEN_RELEASE, VOZ_RECIPIENTS],
        confidence: 'medium',
      },
      {
        quote:
          'The state enacted a law in 2003 that allows individuals without a social security number to obtain driver’s licenses.',
        verdict: 'supported',
        reason: 'HB 173 (2003) opened licences to residents regardless of immigration status; the law said nothing about ICE.',
        sources: [NMPR_2019, NILC_2013],
        confidence: 'high',
      },
      {
        quote:
          'in 2016, the state implemented a policy prohibiting the sharing of driver information with federal immigration authorities unless presented with a valid court order',
        verdict: 'wrong',
        reason:
          'The 2016 change was HB 99 (REAL ID licences and driving authorization cards); 2019 records showed state data reaching DHS without a court order, and a statutory bar came only with SB 36 (2025).',
        sources: [HB99_SIGNED, HB99_TEXT, ACLU_SOMOS_2020, SB36_STATUS],
        confidence: 'medium',
      },
    ],
    contradicts: [2, 6, 15, 16, 19, 20],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 2,
    claims: [
      {
        quote:
          'ICE may request information from the DMV to verify the immigration status of individuals applying for or holding driver’s licenses.',
        verdict: 'unsupported',
        reason:
          'No source shows such requests; the documented flow runs the other way, with the MVD checking REAL ID applicants’ lawful status in DHS’s SAVE system.',
        sources: [SAVE_RULE],
        confidence: 'low',
      },
      {
        quote:
          'The DMV may provide ICE with address and contact information of individuals for immigration enforcement purposes.',
        verdict: 'outdated',
        reason:
          'Plausible under the old statute, which allowed disclosure to any government agency; since July 1, 2025 SB 36 bars MVD disclosure for civil immigration enforcement, though ICE could still query records via Nlets as of Nov. 2025.',
        sources: [MVC_2007_TEXT, SB36_MVC, SB36_CIVIL, WYDEN_RELEASE],
        confidence: 'medium',
      },
      {
        quote:
          'In some cases, biometric data such as fingerprints or photographs may be shared between the DMV and ICE for identification purposes.',
        verdict: 'unsupported',
        reason:
          'The Nov. 2025 congressional letters warned that DMV photos reachable through Nlets could feed ICE face recognition, but no source shows New Mexico MVD fingerprints or photos going to ICE.',
        sources: [FINDARTICLES_NLETS],
        confidence: 'low',
      },
      {
        quote: 'the specific details of data sharing agreements between the New Mexico DMV and ICE may vary',
        verdict: 'unsupported',
        reason: 'No data-sharing agreement between the New Mexico MVD and ICE was found; ICE’s access runs through the Nlets network, not a state agreement.',
        sources: [WYDEN_RELEASE],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 3, 8, 10, 14],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 3,
    claims: [
      {
        quote:
          'The state’s Motor Vehicle Division is prohibited from sharing information with federal agencies for the purpose of enforcing federal immigration laws unless required by federal law.',
        verdict: 'outdated',
        reason:
          'False when written (the statute allowed disclosure to any government agency); true in substance since SB 36 took effect July 1, 2025, barring MVD disclosure for civil immigration enforcement.',
        sources: [MVC_2007_TEXT, SB36_STATUS, SB36_MVC],
        confidence: 'high',
      },
      {
        quote:
          'New Mexico law also requires that any requests from ICE for information must be approved by the state’s Motor Vehicle Division director or their designee.',
        verdict: 'unsupported',
        reason: 'No such approval rule appears in § 66-2-7.1 or in SB 36 as summarised; none was found elsewhere.',
        sources: [],
        confidence: 'medium',
      },
    ],
    contradicts: [2, 16],
    procedureWarning: {
      text:
        'No rule was found that sends ICE requests to the MVD director for approval. What protects drivers now is SB 36, in force since July 1, 2025: MVD staff may not give personal information to any agency for civil immigration enforcement. It does not by itself switch off ICE’s self-service Nlets queries, which New Mexico had not blocked as of Nov. 12, 2025. For advice on a real case, use know-your-rights and legal-help resources such as the New Mexico Immigrant Law Center or the ACLU of New Mexico.',
      sources: [SB36_MVC, WYDEN_RELEASE, KYR_NMILC, KYR_ACLU],
    },
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 4,
    claims: [
      {
        quote: 'States have strict policies and procedures in place governing the sharing of data with ICE.',
        verdict: 'general',
        reason:
          'Speaks of states in general, not New Mexico; the Nov. 2025 congressional letters said few state officials understand how their data reaches federal agencies through Nlets.',
        sources: [MERITALK_NLETS],
        confidence: 'medium',
      },
      {
        quote:
          'States maintain detailed audit trails of all data shared with ICE, including information on who accessed the data, when they accessed it, and for what purpose.',
        verdict: 'general',
        reason: 'A general statement about states; nothing here is specific to New Mexico, and no source checked it for New Mexico.',
        sources: [],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 5,
    claims: [
      {
        quote:
          'there are significant concerns and controversies surrounding the sharing of DMV data with ICE in New Mexico',
        verdict: 'supported',
        reason:
          'Advocacy reports in 2020 and 2025 and public rallies raised exactly these concerns about state and MVD data reaching immigration enforcement.',
        sources: [ACLU_SOMOS_2020, REPORT_2025, RALLY_2025],
        confidence: 'high',
      },
      {
        quote: 'with advocates calling for more stringent safeguards to protect individual privacy and civil liberties',
        verdict: 'supported',
        reason: 'Advocates pushed for SB 36, which the Legislature passed and the governor signed in April 2025.',
        sources: [RALLY_2025, SB36_CIVIL, SB36_STATUS],
        confidence: 'high',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 6,
    claims: [
      {
        quote:
          'as their personal information, such as addresses and photos, is accessible to immigration enforcement authorities',
        verdict: 'supported',
        reason:
          'ICE can query state DMV records (addresses, photos) through Nlets, and New Mexico had not blocked that as of Nov. 12, 2025; a 2025 report also described ICE reaching MVD data through data brokers.',
        sources: [WYDEN_RELEASE, VOZ_RECIPIENTS, REPORT_2025],
        confidence: 'medium',
      },
    ],
    contradicts: [1],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 7,
    claims: [
      {
        quote:
          'there have not been any publicly reported instances of misuse of DMV data shared with ICE in New Mexico',
        verdict: 'unsupported',
        reason:
          'Reports in 2020 and 2025 described state data reaching DHS without court orders and ICE reaching MVD data through brokers, but no source found settles whether a specific case of misuse was reported.',
        sources: [ACLU_SOMOS_2020, REPORT_2025],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 8,
    claims: [
      {
        quote: 'In New Mexico, there are restrictions on the use of DMV data by ICE.',
        verdict: 'outdated',
        reason:
          'Before July 2025 the statute let any government agency receive MVD personal information; SB 36 (2025) now bars disclosure for civil immigration enforcement and makes data buyers certify the same.',
        sources: [MVC_2007_TEXT, SB36_MVC, SB36_CIVIL],
        confidence: 'medium',
      },
      {
        quote:
          'the state enacted legislation in 2003 known as the “Driver’s License Issuance and Immigration Status Act” which prohibits the sharing of DMV information with federal immigration authorities unless a court order is obtained',
        verdict: 'wrong',
        reason:
          'No act of that name exists; the 2003 law (HB 173) only opened licences to people regardless of status and said nothing about ICE. The disclosure bar dates from SB 36 (2025).',
        sources: [NMPR_2019, NILC_2013, SB36_STATUS],
        confidence: 'high',
      },
      {
        quote:
          'New Mexico follows the REAL ID Act, which requires stricter guidelines for obtaining a driver’s license',
        verdict: 'supported',
        reason:
          'HB 99 (2016) created REAL ID-compliant licences that require proof of lawful status, alongside driving authorization cards for others.',
        sources: [HB99_SIGNED, HB99_TEXT, SAVE_RULE],
        confidence: 'high',
      },
    ],
    contradicts: [2, 16],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 9,
    claims: [
      {
        quote:
          'If individuals believe that their information is being shared with immigration enforcement agencies without their knowledge or consent, trust in the DMV and law enforcement may be eroded.',
        verdict: 'general',
        reason: 'A general point about public trust; the answer contains no checkable fact about New Mexico.',
        sources: [],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 10,
    claims: [
      {
        quote:
          'In April 2021, New Mexico Governor Michelle Lujan Grisham signed legislation that prohibits state agencies, including the Department of Motor Vehicles, from sharing personal information for the purpose of federal immigration enforcement.',
        verdict: 'wrong',
        reason:
          'The 2021 bill (SB 75) passed the Legislature in March 2021 but no signature was found, and the same act had to be enacted again as SB 36, signed April 10, 2025.',
        sources: [SB75_TEXT, SB75_KRQE, SB36_STATUS],
        confidence: 'medium',
      },
      {
        quote:
          'This law, known as the Immigration Law Enforcement Act, restricts the use of state resources to enforce federal immigration laws',
        verdict: 'wrong',
        reason:
          'No New Mexico act of this name was found; a 2025 bill to bar state resources for immigration enforcement (SB 250) was found only at committee stage, and HB 9 (2026) covers detention agreements and 287(g), not resources in general.',
        sources: [SB250_STATUS, HB9_SIGNED],
        confidence: 'medium',
      },
      {
        quote:
          'The legislation also requires state law enforcement agencies to have a court order before detaining individuals on behalf of federal immigration authorities.',
        verdict: 'unsupported',
        reason:
          'No statewide court-order rule for immigration holds was found; the closest law, HB 9 (2026), bans civil-immigration detention agreements and 287(g) agreements instead.',
        sources: [HB9_SIGNED],
        confidence: 'medium',
      },
    ],
    contradicts: [2, 16, 19, 20],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 11,
    claims: [
      {
        quote: 'Sharing DMV data with ICE in New Mexico can provide various benefits for public safety and law enforcement',
        verdict: 'unsupported',
        reason:
          'An opinion with no source; since July 2025 state law bars MVD disclosure for civil immigration enforcement while leaving felony proceedings untouched.',
        sources: [SB36_FELONY, SB36_SUMMARY],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 12,
    claims: [
      {
        quote: 'including issuing driver’s licenses to all residents regardless of their immigration status',
        verdict: 'supported',
        reason:
          'New Mexico has licensed drivers regardless of status since 2003; since HB 99 (2016) people without lawful status get a driving authorization card rather than a REAL ID licence.',
        sources: [NMPR_2019, HB99_SIGNED, HB99_ABQJ],
        confidence: 'high',
      },
    ],
    contradicts: [16],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 13,
    claims: [
      {
        quote:
          'New Mexico has laws in place that protect the privacy of individuals’ data, including DMV records.',
        verdict: 'supported',
        reason:
          'Section 66-2-7.1 of the Motor Vehicle Code has made MVD personal information confidential with listed exceptions; SB 36 tightened it in 2025.',
        sources: [MVC_2007_TEXT, SB36_MVC],
        confidence: 'high',
      },
      {
        quote:
          'State DMV agencies conduct internal audits and reviews regularly to assess their data sharing practices with ICE.',
        verdict: 'unsupported',
        reason:
          'No audit of New Mexico MVD sharing with ICE was found; the Nov. 2025 letters said states often do not know how their data reaches federal agencies through Nlets.',
        sources: [MERITALK_NLETS],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 14,
    claims: [
      {
        quote:
          'New Mexico has enacted laws preventing the sharing of driver’s license information with federal immigration agencies like ICE.',
        verdict: 'outdated',
        reason:
          'False when written: the bar came with SB 36, signed April 10, 2025 and in force July 1, 2025; earlier law let any government agency receive MVD data.',
        sources: [SB36_STATUS, SB36_MVC, MVC_2007_TEXT],
        confidence: 'high',
      },
      {
        quote:
          'can obtain a driver’s license without fear of their information being shared with ICE for enforcement purposes',
        verdict: 'wrong',
        reason:
          'Even after SB 36, New Mexico was among the states still giving ICE self-service Nlets access to driver records as of Nov. 12, 2025; a court-order style law does not switch that off.',
        sources: [WYDEN_RELEASE, VOZ_RECIPIENTS, MERITALK_NLETS],
        confidence: 'medium',
      },
    ],
    contradicts: [2, 16, 19, 20],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 15,
    claims: [
      {
        quote: 'If New Mexico were to stop sharing DMV data with ICE, there could be several potential consequences for the state',
        verdict: 'outdated',
        reason:
          'Assumes sharing is ordinary; since July 1, 2025 state law bars MVD disclosure for civil immigration enforcement, though ICE’s Nlets access stayed open as of Nov. 2025.',
        sources: [SB36_MVC, WYDEN_RELEASE],
        confidence: 'medium',
      },
      {
        quote:
          'New Mexico could face repercussions in terms of federal funding, as the federal government may penalize states that do not cooperate with ICE.',
        verdict: 'supported',
        reason:
          'A 2025 executive order threatens funding for “sanctuary” jurisdictions; DHS listed 23 New Mexico counties and two cities, and DOJ named Albuquerque (not about DMV data specifically).',
        sources: [DHS_LIST, DOJ_ABQ],
        confidence: 'medium',
      },
      {
        quote:
          'Without access to DMV data, ICE may intensify immigration enforcement efforts within New Mexico, leading to an increase in immigration raids and arrests.',
        verdict: 'unsupported',
        reason: 'A prediction with no source behind it.',
        sources: [],
        confidence: 'low',
      },
    ],
    contradicts: [1],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 16,
    claims: [
      {
        quote:
          'Implementing state laws or policies that explicitly prohibit the sharing of DMV data with immigration enforcement agencies like ICE.',
        verdict: 'outdated',
        reason: 'Already done: SB 36 (2025) bars MVD disclosure for civil immigration enforcement from July 1, 2025.',
        sources: [SB36_STATUS, SB36_MVC],
        confidence: 'high',
      },
      {
        quote:
          'Creating a system for driver’s licenses or identification cards that does not require documentation of immigration status',
        verdict: 'wrong',
        reason:
          'Offered as a new idea, but New Mexico has had it since 2003, and since 2016 through the driving authorization card.',
        sources: [NMPR_2019, HB99_SIGNED, HB99_ABQJ],
        confidence: 'high',
      },
    ],
    contradicts: [1, 3, 8, 10, 12, 14],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 17,
    claims: [
      {
        quote:
          'The sharing of DMV data with ICE in New Mexico can have significant implications on community relationships and trust.',
        verdict: 'general',
        reason: 'A general statement about trust; no checkable fact about New Mexico.',
        sources: [],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 18,
    claims: [
      {
        quote:
          'Law enforcement agencies in New Mexico have varied perspectives on the sharing of DMV data with Immigration and Customs Enforcement (ICE).',
        verdict: 'unsupported',
        reason: 'No source was found that reports New Mexico police or sheriffs’ views on DMV data and ICE specifically.',
        sources: [],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 19,
    claims: [
      {
        quote:
          'The DMV may need to implement new protocols and procedures to ensure compliance with data sharing agreements with ICE.',
        verdict: 'unsupported',
        reason: 'No MVD–ICE data-sharing agreement was found; state law now bars MVD disclosure for civil immigration enforcement.',
        sources: [SB36_MVC],
        confidence: 'medium',
      },
      {
        quote:
          'Law enforcement agencies in New Mexico may need to work more closely with ICE to coordinate on immigration enforcement efforts.',
        verdict: 'unsupported',
        reason:
          'A prediction without a source; HB 9 (2026) now bans 287(g) and civil-immigration detention agreements by New Mexico public bodies.',
        sources: [HB9_SIGNED, HB9_EFFECTIVE],
        confidence: 'low',
      },
    ],
    contradicts: [1, 10, 14],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 20,
    claims: [
      {
        quote:
          'The New Mexico Department of Taxation and Revenue has committed to increasing transparency around the sharing of DMV data with ICE.',
        verdict: 'unsupported',
        reason:
          'The Taxation and Revenue Department does run the MVD, but no such commitment was found; in Jan. 2025 it had not commented on a report about ICE access to MVD data.',
        sources: [NMPR_2019, REPORT_2025],
        confidence: 'medium',
      },
      {
        quote:
          'The state government is conducting a comprehensive legal review of the data sharing agreements with ICE to ensure compliance with state and federal laws.',
        verdict: 'unsupported',
        reason: 'Neither an MVD–ICE agreement nor a legal review of one was found.',
        sources: [],
        confidence: 'medium',
      },
      {
        quote:
          'New Mexico is implementing enhanced data protection measures to safeguard the privacy and security of DMV records shared with ICE.',
        verdict: 'unsupported',
        reason:
          'No such programme was found; the real step was SB 36 (2025), which bars MVD disclosure for civil immigration enforcement rather than securing data given to ICE.',
        sources: [SB36_STATUS, SB36_MVC],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 10, 14],
    checked: CHECKED_ON,
  },
];
