import { CHECKED_ON, type AnswerReview, type Source } from '@/data/checked-types';
import {
  A80_AB1747_SIGNED,
  AB1747_PLURAL,
  AB60_BILLTRACK,
  AB60_DMV_IMPLEMENT,
  AB60_WILLITS,
  ACLU_KYR_2017,
  ACLU_SOCAL_RISK,
  CALMATTERS_JUNE_2026,
  CLETS_ERO_CUTOFF,
  EFF_CLETS_RULES,
  IPTP_AAMVA,
  NBC_AB1747,
  SB54_CAPIMPACT,
  SB54_WIKI,
  SECURE_JUSTICE,
} from '@/data/sources/california';
import { DPPA_TN, NILC_PROTECT_2019, VOZ_RECIPIENTS, WYDEN_RELEASE } from '@/data/sources/national';

/**
 * Review of every answer in california-dmv.txt ("ca-dmv-data-sharing"), checked against stored copies of
 * public pages. Reasons are the project's own words.
 */

const DOC = 'ca-dmv-data-sharing';

// --- Sources (pages returned by search; specific pages only) ---
const NBC_NO_AGREEMENT: Source = {
  title: 'NBC 7 San Diego: Undocumented immigrants fear ICE is obtaining their home address from AB 60 licenses',
  url: 'https://nbcsandiego.com/news/local/undocumented-immigrants-fear-ice-is-obtaining-their-home-address-from-ab-60-licenses/2039525/?amp=1',
};
const NBC_DMV_CONFIRMS: Source = {
  title: 'NBC 7 San Diego: New law would limit access to driver’s license records of undocumented immigrants',
  url: 'https://www.nbcsandiego.com/news/local/new-law-would-limit-access-to-undocumented-drivers-information/161837/',
};
const VOSD_BACKDOOR: Source = {
  title: 'Voice of San Diego: How California laws meant to integrate immigrants can open a backdoor for ICE (Feb 2019)',
  url: 'https://voiceofsandiego.org/2019/02/19/how-california-laws-meant-to-integrate-immigrants-can-open-a-backdoor-for-ice/',
};
const A80_AB1747_APRIL: Source = {
  title: 'Asm. Lorena Gonzalez: bill to protect personal information of AB 60 license holders passes first committee (Apr 2019)',
  url: 'https://a80.asmdc.org/press-releases/lorena-gonzalez-bill-protect-personal-information-ab-60-license-holders-passes-first',
};
const NILC_FOIA: Source = {
  title: 'NILC: FOIA lawsuit over immigration enforcement use of driver’s license databases (Dec 2014)',
  url: 'https://www.nilc.org/2014/12/17/foia-lawsuit-drivers-license-databases/',
};
const DMV_HOW_SHARED: Source = {
  title: 'California DMV: How information is protected or disclosed',
  url: 'https://www.dmv.ca.gov/portal/dmv/detail/dl/how_info_shared',
};
const DMV_HANDBOOK: Source = {
  title: 'California DMV handbook: record requests by law enforcement and government (INF 252, INF 254)',
  url: 'https://qr.dmv.ca.gov/portal/page/19/?post_type=dmv_handbook',
};
const AG_KYR: Source = {
  title: 'California Attorney General know-your-rights guidance (reposted by Senate District 33)',
  url: 'https://sd33.senate.ca.gov/index.php/resource-corner/know-your-rights-immigration-resources',
};
const AG_LEGAL_AID: Source = {
  title: 'Legal Newsline: Bonta issues guidance on immigrant rights (use legitimate legal aid, not notarios)',
  url: 'https://legalnewsline.com/stories/667002860-bonta-issues-guidance-on-immigrant-rights-amid-federal-policy-changes',
};
const ARTVOICE_OAKLAND_PRIVACY: Source = {
  title: 'Artvoice: California DMV data-sharing plan could expose one million undocumented immigrants (Apr 2026)',
  url: 'https://artvoice.com/2026/04/29/california-dmv-data-sharing-plan-could-expose-one-million-undocumented-immigrants/',
};
const AB1300_STATUS: Source = {
  title: 'OpenCalAccess: AB 1300 (2025, Caloza) data protection and privacy: immigration — died',
  url: 'https://opencalaccess.org/leginfo/bill_info/20250AB130098AMD',
};
const AB2156: Source = {
  title: 'VulcanBills: CA AB 2156 (2026), Driver information: State-to-State Verification Service',
  url: 'https://vulcanbills.com/ca/2025/AB2156',
};

export const CA_DMV_REVIEWS: readonly AnswerReview[] = [
  {
    docId: DOC,
    question: 1,
    claims: [
      {
        quote:
          'In 2019, California passed a law known as AB 60, which prohibits the DMV from sharing personal information with ICE unless required by federal law',
        verdict: 'wrong',
        reason:
          'AB 60 was signed in 2013 and made licences available regardless of status; it did not bar the DMV from giving ICE records. The 2019 law is AB 1747, which limits immigration use of data in the CLETS police network.',
        sources: [AB60_BILLTRACK, A80_AB1747_SIGNED, ACLU_SOCAL_RISK],
        confidence: 'high',
      },
      {
        quote:
          'the state has taken steps to ensure that DMV records are not used for immigration enforcement purposes',
        verdict: 'supported',
        reason:
          'Steps were taken (AB 1747 from 2020; ICE deportation officers lost CLETS access in Oct 2019), but “ensure” overstates it: as of Nov 2025 California still let ICE query DMV data through Nlets.',
        sources: [AB1747_PLURAL, CLETS_ERO_CUTOFF, SECURE_JUSTICE],
        confidence: 'medium',
      },
      {
        quote:
          'This approach aligns with the state’s broader efforts to establish itself as a sanctuary state for immigrants',
        verdict: 'supported',
        reason:
          'SB 54, the California Values Act (signed Oct 5, 2017), limits state and local police help with immigration enforcement and is widely called the sanctuary-state law.',
        sources: [SB54_WIKI, SB54_CAPIMPACT],
        confidence: 'high',
      },
    ],
    contradicts: [2, 19],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 2,
    claims: [
      {
        quote:
          'This information may include an individual’s name, date of birth, address, photo, and other identifying details provided during the application process.',
        verdict: 'supported',
        reason:
          'Before 2020 ICE could see licence holders’ dates of birth, addresses and photos through state police databases; reporters documented arrests where agents carried the DMV photo.',
        sources: [A80_AB1747_APRIL, VOSD_BACKDOOR, NBC_NO_AGREEMENT],
        confidence: 'medium',
      },
      {
        quote: 'The specific data shared may vary depending on the agreements in place between the California DMV and ICE',
        verdict: 'wrong',
        reason:
          'A DMV lawyer told NBC 7 that no written agreement or policy with ICE exists for AB 60 data; access came through police networks, not a DMV–ICE agreement.',
        sources: [NBC_NO_AGREEMENT, NBC_DMV_CONFIRMS],
        confidence: 'medium',
      },
      {
        quote:
          'it generally includes information that can assist ICE in identifying and locating individuals who may be subject to immigration enforcement actions',
        verdict: 'supported',
        reason:
          'The DMV confirmed in 2019 that agencies such as ICE could reach its records through law-enforcement systems, and such data helped ICE locate people; AB 1747 later limited that.',
        sources: [NBC_DMV_CONFIRMS, VOSD_BACKDOOR],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 4],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 3,
    claims: [
      {
        quote: 'Many states have automated systems in place that allow for the seamless sharing of DMV data with ICE.',
        verdict: 'supported',
        reason:
          'Every state makes DMV data available through Nlets; ICE ran about 292,000 DMV queries in the year to Oct 1, 2025, and California was among the states urged to block it.',
        sources: [WYDEN_RELEASE, VOZ_RECIPIENTS],
        confidence: 'high',
      },
      {
        quote:
          'Some states have established formal agreements with ICE through MOUs that outline the terms and conditions for sharing DMV data.',
        verdict: 'general',
        reason:
          'Speaks of states in general; for California no DMV–ICE memorandum was found and the DMV said in 2019 that none exists for AB 60 data.',
        sources: [NBC_NO_AGREEMENT],
        confidence: 'medium',
      },
      {
        quote:
          'the sharing of DMV data with ICE is typically done in accordance with state and federal laws, regulations, and guidelines',
        verdict: 'unsupported',
        reason:
          'No source shows this; the Nov 2025 letter says self-service network access often continues even where state law demands a court order.',
        sources: [WYDEN_RELEASE],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 4,
    claims: [
      {
        quote:
          'California Assembly Bill 60, which was signed into law in 2013, permits undocumented immigrants to obtain driver’s licenses in the state.',
        verdict: 'supported',
        reason: 'AB 60 was signed on Oct 3, 2013; the DMV began taking applications on Jan 2, 2015.',
        sources: [AB60_BILLTRACK, AB60_WILLITS],
        confidence: 'high',
      },
      {
        quote: 'the law also includes provisions to protect the confidentiality of DMV information provided by applicants',
        verdict: 'supported',
        reason:
          'AB 60 makes the documents applicants submit non-public records and bars using the licence as a basis for arrest or detention over status.',
        sources: [AB60_BILLTRACK, ACLU_KYR_2017, AB60_DMV_IMPLEMENT],
        confidence: 'high',
      },
      {
        quote:
          'The law prohibits the disclosure of personal information to any agency for immigration enforcement purposes, unless specifically required by federal law.',
        verdict: 'wrong',
        reason:
          'AB 60 contains no such bar: the ACLU warned that ICE could ask the DMV for a person’s address and photo, and ICE reached licence data through CLETS until AB 1747 (2019).',
        sources: [ACLU_SOCAL_RISK, ACLU_KYR_2017, A80_AB1747_APRIL],
        confidence: 'high',
      },
      {
        quote: 'Violations of these laws and protocols can result in legal consequences for the agency or individual involved.',
        verdict: 'supported',
        reason:
          'Under California DOJ rules and AB 1747, using CLETS non-criminal data for immigration enforcement counts as misuse and the Attorney General may investigate subscribers.',
        sources: [EFF_CLETS_RULES, AB1747_PLURAL],
        confidence: 'medium',
      },
    ],
    contradicts: [2, 19],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 5,
    claims: [
      {
        quote:
          'personal information such as names, addresses, driver’s license numbers, and immigration status may be accessed by immigration enforcement authorities without individuals’ knowledge or consent',
        verdict: 'general',
        reason:
          'A general list of privacy risks; for California, ICE could query DMV records through Nlets without state staff knowing, though the DMV database did not mark AB 60 licences differently.',
        sources: [WYDEN_RELEASE, ACLU_KYR_2017],
        confidence: 'medium',
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
          'Undocumented immigrants may become hesitant to apply for or renew their driver’s licenses or vehicle registrations, fearing that their information could be shared with ICE and lead to potential deportation.',
        verdict: 'supported',
        reason:
          'The author of AB 1747 cited reports that people feared ICE and that AB 60 applications had dropped sharply before 2019.',
        sources: [A80_AB1747_APRIL, NBC_AB1747],
        confidence: 'medium',
      },
      {
        quote:
          'If ICE obtains information about undocumented immigrants through data sharing with the DMV, it can lead to increased arrests, detentions, and deportations',
        verdict: 'supported',
        reason: 'Reporters documented ICE arrests in San Diego County where agents held the person’s DMV licence photo and address.',
        sources: [VOSD_BACKDOOR, NBC_NO_AGREEMENT],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 7,
    claims: [
      {
        quote:
          'ICE may use the information obtained from the DMV to locate, detain, and ultimately remove individuals who are found to be undocumented immigrants.',
        verdict: 'supported',
        reason: 'Documented cases show ICE used DMV-derived photos and addresses to find and arrest AB 60 licence holders.',
        sources: [VOSD_BACKDOOR, NBC_NO_AGREEMENT],
        confidence: 'medium',
      },
      {
        quote:
          'Individuals whose information is shared with ICE may face legal consequences as well, including potential criminal charges related to their immigration status.',
        verdict: 'general',
        reason: 'A general statement about immigration law; nothing here is specific to the California DMV.',
        sources: [],
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
        quote: 'Many states have implemented specific policies and procedures to safeguard the privacy and data of individuals.',
        verdict: 'general',
        reason: 'Speaks of states in general; California’s own limits are SB 54 and AB 1747, which bind police and the CLETS network.',
        sources: [],
        confidence: 'low',
      },
      {
        quote:
          'some states have adopted laws or regulations that restrict the sharing of specific types of DMV data with federal immigration authorities',
        verdict: 'supported',
        reason:
          'Several licence-for-all states limit disclosure of DMV data; in California SB 54 bars police from giving out personal details such as home addresses and AB 1747 bars immigration use of non-criminal CLETS data.',
        sources: [NILC_PROTECT_2019, EFF_CLETS_RULES, AB1747_PLURAL],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 9,
    claims: [
      {
        quote: 'In California, the public sentiment towards the DMV’s data sharing with ICE is largely divided.',
        verdict: 'unsupported',
        reason: 'No poll or survey on this specific question was found.',
        sources: [],
        confidence: 'low',
      },
      {
        quote:
          'Many Californians, including immigration advocacy groups and civil rights organizations, argue that sharing DMV data with ICE can lead to fear and mistrust within immigrant communities.',
        verdict: 'supported',
        reason: 'The ACLU, EFF and Oakland Privacy among others have pressed this argument, most recently against the 2026 plan to send licence data to a national database.',
        sources: [ACLU_SOCAL_RISK, CLETS_ERO_CUTOFF, ARTVOICE_OAKLAND_PRIVACY],
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
        quote: 'Yes, there have been legal challenges to the DMV’s data sharing practices with ICE in California.',
        verdict: 'unsupported',
        reason:
          'No lawsuit against the California DMV over sharing with ICE was found; the nearby cases are NILC’s 2014 records suit against DHS and the failed federal suit against SB 54.',
        sources: [NILC_FOIA, SB54_WIKI],
        confidence: 'medium',
      },
      {
        quote:
          'California has specific laws in place that restrict the sharing of certain information with federal immigration authorities unless required by law.',
        verdict: 'supported',
        reason: 'SB 54 (2017) bars police from sharing personal information for immigration enforcement, and AB 1747 (2019) limits immigration use of CLETS data.',
        sources: [EFF_CLETS_RULES, AB1747_PLURAL, SB54_WIKI],
        confidence: 'high',
      },
      {
        quote: 'The DMV’s cooperation with ICE raises questions about the compliance with these state laws',
        verdict: 'unsupported',
        reason:
          'No finding of a DMV breach was found; advocates describe a gap in what the laws cover (interstate networks such as Nlets) rather than non-compliance.',
        sources: [SECURE_JUSTICE],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 11,
    claims: [
      {
        quote: 'Sharing DMV data with ICE can aid in identifying individuals who may pose a threat to national security.',
        verdict: 'general',
        reason: 'A list of arguments in favour with nothing specific to California to check.',
        sources: [],
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
        quote: 'There are legal challenges to sharing DMV data with ICE, including potential violations of state and federal privacy laws.',
        verdict: 'general',
        reason: 'A list of arguments against with nothing specific to California; no California court case on DMV sharing was found.',
        sources: [],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 13,
    claims: [
      {
        quote:
          'The DMV carries out regular audits of its data sharing processes to identify any discrepancies or errors in the information shared with ICE.',
        verdict: 'unsupported',
        reason:
          'No such DMV audit was found; the audits on record are the Attorney General’s power to check CLETS users under AB 1747 and a state audit planned for the 2026 national-database link.',
        sources: [AB1747_PLURAL, CALMATTERS_JUNE_2026],
        confidence: 'medium',
      },
      {
        quote: 'The DMV compares the information provided by individuals with other databases to ensure consistency and accuracy.',
        verdict: 'general',
        reason: 'Describes identity checks in general; nothing ties them to information sent to ICE.',
        sources: [],
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
          'The process for individuals to opt out of having their information shared with ICE by the DMV typically involves submitting a formal request or completing a specific form provided by the DMV.',
        verdict: 'wrong',
        reason:
          'No opt-out exists in sources: what ICE can reach is set by state law and by the state’s own network settings, and rights guides describe no form to block sharing.',
        sources: [WYDEN_RELEASE, ACLU_KYR_2017, DMV_HOW_SHARED],
        confidence: 'medium',
      },
      {
        quote:
          'Individuals looking to opt out of having their information shared with ICE should contact their local DMV office or visit the DMV’s official website for guidance on how to proceed.',
        verdict: 'unsupported',
        reason: 'The DMV’s disclosure page lists the laws that govern release of records and mentions no opt-out.',
        sources: [DMV_HOW_SHARED],
        confidence: 'medium',
      },
      {
        quote:
          'seeking legal guidance or advice from advocacy organizations that specialize in immigrant rights may also be helpful',
        verdict: 'supported',
        reason: 'The California Attorney General advises immigrants to get help from legitimate legal aid groups rather than consultants or notarios.',
        sources: [AG_LEGAL_AID, AG_KYR],
        confidence: 'high',
      },
    ],
    procedureWarning: {
      text:
        'No way to opt out of DMV data sharing with ICE was found in California law, DMV pages or rights guides. What ICE can reach is set by state law (AB 1747 bars using non-criminal CLETS data for immigration enforcement; SB 54 limits police help) and by the state’s own network settings, which as of Nov 12, 2025 still let ICE query California DMV records through Nlets. What you can do: learn the limits that already apply, read the Attorney General’s know-your-rights guidance, and get advice from a nonprofit legal aid group, not a notario or consultant.',
      sources: [AB1747_PLURAL, AG_KYR, AG_LEGAL_AID, SECURE_JUSTICE],
    },
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 15,
    claims: [
      {
        quote: 'When ICE submits a request for information to a state’s DMV, the DMV typically follows a specific protocol to handle the request.',
        verdict: 'general',
        reason:
          'Generic steps for any state; California’s DMV handbook only says law-enforcement record requests go to headquarters on a set form, and most ICE lookups ran through police networks, not requests.',
        sources: [DMV_HANDBOOK, WYDEN_RELEASE],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 16,
    claims: [
      {
        quote:
          'Yes, there are limitations on the types of information that can be shared between the Department of Motor Vehicles (DMV) and Immigration and Customs Enforcement (ICE).',
        verdict: 'supported',
        reason:
          'In California AB 1747 leaves only criminal-history information usable for immigration enforcement over CLETS; the limit binds network users, not every route (Nlets stayed open to ICE as of Nov 2025).',
        sources: [AB1747_PLURAL, A80_AB1747_SIGNED, SECURE_JUSTICE],
        confidence: 'medium',
      },
      {
        quote: 'Some states restrict the sharing of information related to civil immigration violations that are not criminal offenses.',
        verdict: 'general',
        reason: 'Speaks of states in general; California’s nearest rule is AB 1747’s criminal-history-only exception.',
        sources: [],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 17,
    claims: [
      {
        quote: 'opponents argue that this approach may deter undocumented immigrants from obtaining driver’s licenses or vehicle registration',
        verdict: 'supported',
        reason: 'Lawmakers and advocates made this argument when AB 60 applications fell amid fear of ICE.',
        sources: [A80_AB1747_APRIL, NBC_AB1747],
        confidence: 'medium',
      },
      {
        quote: 'Some argue that sharing DMV data with ICE can have a positive impact on public safety',
        verdict: 'general',
        reason: 'An opinion summary with nothing California-specific to check.',
        sources: [],
        confidence: 'low',
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
          'One proposal is to restrict access to DMV data only to specific law enforcement agencies or purposes, rather than sharing it with federal immigration authorities like ICE.',
        verdict: 'supported',
        reason: 'California did this for CLETS with AB 1747 (2019), and in Nov 2025 members of Congress urged Gov. Newsom to block ICE in Nlets.',
        sources: [AB1747_PLURAL, WYDEN_RELEASE, VOZ_RECIPIENTS],
        confidence: 'high',
      },
      {
        quote: 'Another alternative is to anonymize the data shared with ICE',
        verdict: 'unsupported',
        reason: 'No such proposal was found.',
        sources: [],
        confidence: 'low',
      },
      {
        quote:
          'Some have suggested the creation of independent oversight bodies or mechanisms to monitor the sharing of DMV data with ICE',
        verdict: 'supported',
        reason:
          'AB 1300 (2025, died) proposed State Auditor reviews and an Attorney General task force; the 2026 budget deal added a monitoring plan, annual reports and a state audit for the national licence database.',
        sources: [AB1300_STATUS, IPTP_AAMVA],
        confidence: 'medium',
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
          'This includes complying with regulations such as the Driver’s Privacy Protection Act (DPPA) which restricts the disclosure of personal information from state DMV records.',
        verdict: 'supported',
        reason:
          'The DMV says it follows the federal DPPA, which limits disclosure, though the DPPA itself allows release to any government or law-enforcement agency.',
        sources: [DMV_HOW_SHARED, DPPA_TN],
        confidence: 'high',
      },
      {
        quote: 'ensuring that it is only accessed by authorized personnel for specific purposes related to immigration enforcement',
        verdict: 'wrong',
        reason:
          'California law forbids using non-criminal CLETS data for immigration enforcement, and ICE’s Nlets lookups were self-service with no state review of purpose.',
        sources: [AB1747_PLURAL, WYDEN_RELEASE, SECURE_JUSTICE],
        confidence: 'medium',
      },
      {
        quote: 'DMVs often establish formal agreements with ICE through MOUs detailing the terms and conditions of data sharing.',
        verdict: 'unsupported',
        reason: 'No DMV–ICE memorandum was found; California’s DMV said in 2019 that no written agreement with ICE exists for AB 60 data.',
        sources: [NBC_NO_AGREEMENT],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 4],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 20,
    claims: [
      {
        quote:
          'there could be ongoing legal challenges and legislative efforts to limit or restrict the sharing of DMV data with ICE in California',
        verdict: 'supported',
        reason:
          'Bills followed: AB 1300 (2025, died Jan 2026) and AB 2156 (2026), which would bar the DMV from releasing addresses, photos or AB 60 status unless federal law requires; no court case was found.',
        sources: [AB1300_STATUS, AB2156],
        confidence: 'medium',
      },
      {
        quote: 'Another potential future development could be the establishment of clearer guidelines and oversight mechanisms for how DMV data is shared',
        verdict: 'supported',
        reason:
          'The June 2026 budget deal set oversight (monitoring plan by July 2027, annual public reports, state audit, Attorney General suits), but alongside a new upload of licence data to a national AAMVA database.',
        sources: [CALMATTERS_JUNE_2026, IPTP_AAMVA],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
];
