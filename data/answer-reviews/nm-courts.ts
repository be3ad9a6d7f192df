/**
 * Review of every answer in the bundled document "State Court Information Sharing With ICE in New
 * Mexico" (docId "nm-court-information-sharing"). Checked against stored copies of public pages.
 */
import { CHECKED_ON, type AnswerReview, type Source } from '@/data/checked-types';
import {
  COURT_ONLINE_ACCESS,
  HB9_ONLY_CURRY,
  HB9_SIGNED,
  KYR_ACLU,
  KYR_NMILC,
  LAWSUIT_ACLU,
  LAWSUIT_KUNM,
  METRO_POLICY,
  METRO_VIDEO_SUIT,
  NMCD_287G_MOA,
  PETITION_ACLU,
  PETITION_DENIED,
  SB36_MVC,
  SB36_STATUS,
} from '@/data/sources/new-mexico';

const DOC = 'nm-court-information-sharing';

// Sources (specific pages returned by search).
const SB196_ACLU: Source = {
  title: 'ACLU of New Mexico: Senate Bill 196, prohibit state and local agencies enforcing federal immigration law (lost)',
  url: 'https://www.aclu-nm.org/en/legislation/prohibit-state-and-local-government-agencies-enforcing-federal-immigration-law',
};
const SB196_ABQJ: Source = {
  title: 'Albuquerque Journal (2019): Immigration bill passes first test in Senate (SB 196)',
  url: 'https://www.abqjournal.com/1272962/immigration-bill-passes-first-test-in-senate.html',
};
const SB196_FAIR: Source = {
  title: 'FAIR (Jan 25, 2019): Sanctuary bills filed in New Mexico (SB 196, HB 195)',
  url: 'https://www.fairus.org/legislation/state-and-local/sanctuary-bills-filed-new-mexico',
};
const JAIL_NOTICE: Source = {
  title: 'Deming Radio: ICE yet to brief jail administrators (county jails and ICE release notices)',
  url: 'http://www.demingradio.com/local-news/ice-yet-to-brief-jail-administrators',
};
const PROBATION_NMCD: Source = {
  title: 'APPA survey: New Mexico adult probation and parole is run by the Corrections Department',
  url: 'http://www.appa-net.org/eweb/Resources/Surveys/National_Firearms/NM.htm',
};
const PROBATION_NMCD_PAGE: Source = {
  title: 'New Mexico Corrections Department: Probation and Parole Division',
  url: 'https://www.cd.nm.gov/divisions/probation-and-parole/',
};
const MARTINEZ_EO_2011: Source = {
  title: 'El Paso Times (AP, 2011): Gov. Martinez directs state police to ask arrested people about immigration status',
  url: 'http://www.elpasotimes.com/ci_17255631',
};
const KYR_NMILC_TOOLKIT: Source = {
  title: 'New Mexico Immigrant Law Center: Know your rights toolkit for individuals',
  url: 'https://nmilc.org/toolkit/blog-post-title-two-y2l9h-8rxtf-83948',
};

export const NM_COURTS_REVIEWS: readonly AnswerReview[] = [
  {
    docId: DOC,
    question: 1,
    claims: [
      {
        quote:
          'State courts in New Mexico may share information with ICE regarding the scheduled release of an individual who is in state custody.',
        verdict: 'unsupported',
        reason:
          'No source shows New Mexico courts sending release notices to ICE; reporting describes county jail administrators, not courts, as the ones who can tell ICE an inmate is about to be released.',
        sources: [JAIL_NOTICE],
        confidence: 'medium',
      },
      {
        quote:
          'State court records that pertain to immigration violations, such as charges for illegal reentry or other immigration-related offenses, may be shared with ICE',
        verdict: 'unsupported',
        reason: 'No source found showing New Mexico state courts passing such records to ICE.',
        sources: [],
        confidence: 'low',
      },
      {
        quote:
          'State courts may provide ICE with information regarding an individual’s probation or parole status',
        verdict: 'unsupported',
        reason:
          'No source shows courts doing this; adult probation and parole in New Mexico are supervised by the Corrections Department’s Probation and Parole Division, an executive agency, not by the courts.',
        sources: [PROBATION_NMCD, PROBATION_NMCD_PAGE],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 2,
    claims: [
      {
        quote:
          'the Memorandum of Agreement (MOA) signed between the New Mexico Administrative Office of the Courts and Immigration and Customs Enforcement (ICE)',
        verdict: 'unsupported',
        reason:
          'No agreement between the courts’ administrative office and ICE turned up; the ICE agreement on record is a 287(g) MOA with the Corrections Department, and a January 2026 report citing ICE data found only Curry County with such an agreement. HB 9 (2026) now bars public bodies from 287(g) agreements.',
        sources: [NMCD_287G_MOA, HB9_ONLY_CURRY, HB9_SIGNED],
        confidence: 'medium',
      },
      {
        quote:
          'It establishes protocols and procedures for how ICE can request and access court information',
        verdict: 'unsupported',
        reason: 'Rests on the MOA above, for which no source was found.',
        sources: [],
        confidence: 'medium',
      },
    ],
    contradicts: [7],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 3,
    claims: [
      {
        quote:
          'The state has specific laws and regulations governing how and when information can be shared with federal immigration authorities.',
        verdict: 'unsupported',
        reason:
          'No New Mexico law on court information and immigration authorities was found. SB 36 (2025, after this text) limits what state agency employees disclose, including immigration status, and bars MVD disclosures for immigration enforcement, but the sources do not show it reaching the courts.',
        sources: [SB36_STATUS],
        confidence: 'medium',
      },
      {
        quote:
          'the New Mexico courts have internal policies and guidelines in place to ensure compliance with state and federal laws regarding information sharing with ICE',
        verdict: 'unsupported',
        reason:
          'The only court policy found is the Bernalillo County Metropolitan Court’s 2018 access policy, which is about arrests inside that courthouse, not about sharing information.',
        sources: [METRO_POLICY],
        confidence: 'medium',
      },
      {
        quote:
          'The state also has mechanisms in place to monitor and review the information sharing process',
        verdict: 'unsupported',
        reason: 'No monitoring or review mechanism for court information sharing with ICE was found.',
        sources: [],
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
          'there are restrictions on the sharing of state court information with Immigration and Customs Enforcement (ICE) due to the state’s Motor Vehicle Information Privacy Act',
        verdict: 'wrong',
        reason:
          'No act by that name was found. The MVD rule is in the Motor Vehicle Code (§ 66-2-7.1), amended by SB 36, the Nondisclosure of Sensitive Personal Information Act (2025); it covers motor-vehicle records, not court records.',
        sources: [SB36_STATUS, SB36_MVC],
        confidence: 'medium',
      },
      {
        quote:
          'This act restricts the sharing of information collected by the state Department of Motor Vehicles with federal immigration authorities, including ICE.',
        verdict: 'outdated',
        reason:
          'False when written: the bar on MVD disclosures for federal immigration enforcement came with SB 36, signed Apr 10, 2025 and in force Jul 1, 2025. It is about MVD data, not state court information.',
        sources: [SB36_STATUS, SB36_MVC],
        confidence: 'high',
      },
      {
        quote:
          'New Mexico has declared itself a “sanctuary state,” meaning state and local law enforcement agencies are limited in their cooperation with federal immigration enforcement efforts',
        verdict: 'wrong',
        reason:
          'No statewide declaration was found; the 2019 bills to bar state and local resources for immigration enforcement (SB 196, HB 195) did not pass. HB 9 (2026) bans 287(g) and civil-detention agreements but is not a sanctuary declaration and says nothing about court information.',
        sources: [SB196_ACLU, SB196_ABQJ, HB9_SIGNED],
        confidence: 'medium',
      },
    ],
    contradicts: [9, 13],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 5,
    claims: [
      {
        quote:
          'Once ICE has access to an individual’s information provided by state courts, they may target that individual for immigration enforcement actions.',
        verdict: 'unsupported',
        reason:
          'No source shows New Mexico courts giving ICE information; the documented risk around New Mexico courts has been ICE arrests in and around courthouses.',
        sources: [LAWSUIT_KUNM],
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
          'it can create fear and hesitation within immigrant communities to engage with the legal system',
        verdict: 'supported',
        reason:
          'New Mexico prosecutors, public defenders and advocates report that immigrants, including crime victims and witnesses, avoid court for fear of ICE; the fear they describe comes from ICE arrests at courthouses rather than from records sharing.',
        sources: [LAWSUIT_KUNM, LAWSUIT_ACLU],
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
          'there are no specific data-sharing agreements or Memoranda of Understanding (MOUs) between state courts in New Mexico and Immigration and Customs Enforcement (ICE)',
        verdict: 'unsupported',
        reason:
          'Consistent with what was found (no court agreement with ICE turned up; the agreements on record involve the Corrections Department and Curry County), but no source states it outright.',
        sources: [NMCD_287G_MOA, HB9_ONLY_CURRY],
        confidence: 'low',
      },
      {
        quote: 'ICE can request information from state courts through various channels, such as subpoenas or warrants',
        verdict: 'unsupported',
        reason:
          'No source on ICE requests to New Mexico courts was found; note that much court information is public (online docket summaries, and public case documents for approved users such as law enforcement agencies), so no request may be needed.',
        sources: [COURT_ONLINE_ACCESS],
        confidence: 'low',
      },
    ],
    contradicts: [2],
    procedureWarning: {
      text:
        'The answer suggests asking court officials or ICE representatives. No public channel through which courts or ICE disclose data-sharing arrangements was found, and contacting ICE about your own situation can expose you. Talk first to an immigration lawyer or a legal aid group; the New Mexico Immigrant Law Center and the ACLU of New Mexico publish know-your-rights guides (for example, you may stay silent and need not sign anything you do not understand).',
      sources: [KYR_NMILC, KYR_NMILC_TOOLKIT, KYR_ACLU],
    },
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 8,
    claims: [
      {
        quote:
          'When ICE issues a detainer request for an individual who is in custody in New Mexico, the state court system may share relevant information with ICE',
        verdict: 'unsupported',
        reason:
          'Detainers go to the jail holding the person; reporting describes New Mexico county jail administrators dealing with ICE holds and release notices, and rulings treating detainers as requests, not court orders. No source shows courts sharing information on detainers.',
        sources: [JAIL_NOTICE],
        confidence: 'medium',
      },
      {
        quote:
          'State courts may share information with ICE for individuals who have been convicted of certain crimes',
        verdict: 'unsupported',
        reason: 'No source found showing New Mexico courts sending conviction information to ICE.',
        sources: [],
        confidence: 'low',
      },
      {
        quote: 'If a state court issues a warrant or order related to an individual’s immigration status or enforcement',
        verdict: 'unsupported',
        reason: 'No source found of New Mexico state courts issuing immigration-enforcement warrants or orders.',
        sources: [],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 9,
    claims: [
      {
        quote:
          'the state generally allows for compliance with federal immigration enforcement efforts, including the sharing of court information with ICE',
        verdict: 'outdated',
        reason:
          'When written, no statewide law limited cooperation (the 2019 bills failed; Curry County signed an ICE agreement in 2025). Since May 20, 2026 HB 9 bans 287(g) and civil-detention agreements by public bodies; nothing found either way on court information.',
        sources: [SB196_ACLU, HB9_ONLY_CURRY, HB9_SIGNED],
        confidence: 'medium',
      },
      {
        quote: 'The primary legal basis for such sharing is generally found in federal immigration law',
        verdict: 'general',
        reason: 'Speaks of federal law in general; nothing specific to New Mexico’s courts to check.',
        sources: [],
        confidence: 'medium',
      },
    ],
    contradicts: [4, 18],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 10,
    claims: [
      {
        quote:
          'there is a risk that individuals’ personal and sensitive information could be accessed and used by immigration enforcement officials',
        verdict: 'general',
        reason: 'A general statement of concern, with no checkable fact about New Mexico’s courts.',
        sources: [],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 11,
    claims: [
      {
        quote:
          'vary depending on the state court system. In general, the mechanisms may include regular audits and reviews of data-sharing practices',
        verdict: 'general',
        reason: 'Describes court systems in general; names no New Mexico mechanism.',
        sources: [],
        confidence: 'medium',
      },
      {
        quote:
          'some states have implemented reporting requirements for court officials to track and monitor the extent of collaboration with ICE',
        verdict: 'general',
        reason: 'About unnamed states, not New Mexico.',
        sources: [],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 12,
    claims: [
      {
        quote:
          'The sharing of state court information with ICE in New Mexico can have significant negative impacts on immigrant communities and access to justice',
        verdict: 'unsupported',
        reason: 'Assumes New Mexico courts share information with ICE, which no source shows.',
        sources: [],
        confidence: 'medium',
      },
      {
        quote:
          'This may discourage individuals from interacting with the court system, reporting crimes, or seeking help when needed',
        verdict: 'supported',
        reason:
          'Prosecutors, defenders and victim advocates in New Mexico report people skipping court, protection-order hearings and testimony for fear of ICE, linked to courthouse arrests.',
        sources: [LAWSUIT_KUNM, LAWSUIT_ACLU],
        confidence: 'medium',
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
          'In New Mexico, there are transparency requirements regarding the sharing of state court information with ICE.',
        verdict: 'unsupported',
        reason: 'No transparency rule for court information shared with ICE was found.',
        sources: [],
        confidence: 'medium',
      },
      {
        quote:
          'New Mexico Statutes Annotated section 29-2-13.1 requires that any law enforcement agency or officer who, while enforcing state law, receives information',
        verdict: 'unsupported',
        reason:
          'No such statute was found. The nearest real measure was Gov. Martinez’s 2011 executive order telling state police to ask arrested suspects about status and report to federal authorities: an order for police, not a statute, and not about courts.',
        sources: [MARTINEZ_EO_2011],
        confidence: 'medium',
      },
      {
        quote:
          'New Mexico’s Governor signed an executive order in 2019 prohibiting state agencies and law enforcement from cooperating with federal immigration authorities',
        verdict: 'unsupported',
        reason:
          'No such 2019 order was found; that year the statewide bills to limit cooperation (SB 196, HB 195) did not pass, and the first statewide limits on ICE agreements came with HB 9 in 2026.',
        sources: [SB196_ACLU, HB9_SIGNED],
        confidence: 'low',
      },
    ],
    contradicts: [4, 18],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 14,
    claims: [
      {
        quote:
          'As of now, I am not aware of any documented cases of misuse or abuse of state court information shared with ICE in New Mexico.',
        verdict: 'unsupported',
        reason:
          'No case about shared court records was found; what is documented is ICE arrests at courthouses, including a lawfully present student held at Albuquerque’s Metro Court, over which the ACLU sued for the video.',
        sources: [METRO_VIDEO_SUIT],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 15,
    claims: [
      {
        quote:
          'individuals may fear reporting to court or participating in the legal system due to concerns about immigration consequences',
        verdict: 'supported',
        reason:
          'New Mexico prosecutors and defenders say witnesses and victims stay away from court for fear of ICE, which slows cases; the cause they cite is courthouse arrests.',
        sources: [LAWSUIT_KUNM, LAWSUIT_ACLU],
        confidence: 'medium',
      },
      {
        quote: 'Judges may face challenges in maintaining neutrality and fairness in their decision-making',
        verdict: 'general',
        reason: 'A general opinion with nothing checkable about New Mexico.',
        sources: [],
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
          'state courts are typically required to respect confidentiality and privacy protections for individuals involved in court proceedings, including immigrants',
        verdict: 'unsupported',
        reason:
          'No immigrant-specific confidentiality rule was found; most New Mexico court case records are public, with docket summaries online and filed public documents available online to approved users.',
        sources: [COURT_ONLINE_ACCESS],
        confidence: 'low',
      },
      {
        quote: 'ICE may request information from state courts through formal channels, such as subpoenas or warrants',
        verdict: 'unsupported',
        reason: 'No source on how ICE requests information from New Mexico courts was found.',
        sources: [],
        confidence: 'low',
      },
      {
        quote: 'with some jurisdictions implementing specific agreements or memorandums of understanding',
        verdict: 'unsupported',
        reason: 'No court agreement with ICE anywhere in New Mexico was found.',
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
        quote:
          'State court judges and officials in New Mexico play a critical role in the decision-making process for sharing information with ICE.',
        verdict: 'general',
        reason:
          'A general description; no source shows judges deciding on information sharing. The judiciary’s documented acts are about arrests: Metro Court’s 2018 policy and the Supreme Court’s refusal of a 2018 petition for a statewide rule.',
        sources: [METRO_POLICY, PETITION_DENIED],
        confidence: 'medium',
      },
      {
        quote: 'Collaborating with legal experts and stakeholders to develop policies and procedures for information sharing with ICE',
        verdict: 'unsupported',
        reason: 'No such court policy work on information sharing was found.',
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
          'there have been legal challenges and controversies surrounding the sharing of state court information with Immigration and Customs Enforcement (ICE) in New Mexico',
        verdict: 'supported',
        reason:
          'There were challenges over ICE and New Mexico courts: a 2018 petition to the state Supreme Court and a 2020 federal lawsuit by the Attorney General, public defenders, a DA and groups; both targeted ICE arrests at courthouses rather than records sharing.',
        sources: [PETITION_ACLU, LAWSUIT_ACLU],
        confidence: 'medium',
      },
      {
        quote:
          'In 2019, the New Mexico legislature passed a law that restricts state and local law enforcement agencies from working with federal immigration authorities, including ICE.',
        verdict: 'wrong',
        reason:
          'The 2019 bills (SB 196 and its House twin HB 195) did not pass. The first statewide limit, HB 9 of 2026, bans 287(g) and civil-detention agreements; it does not bar asking about status.',
        sources: [SB196_ACLU, SB196_FAIR, SB196_ABQJ, HB9_SIGNED],
        confidence: 'high',
      },
      {
        quote:
          'there have been instances where ICE has attempted to access state court information in New Mexico to identify individuals who may be undocumented immigrants',
        verdict: 'supported',
        reason:
          'Testimony to a legislative committee describes ICE officers sitting in on hearings to see who answers to a name, then arresting the person; the sources show use of hearings, not requests for court records.',
        sources: [PETITION_DENIED],
        confidence: 'medium',
      },
    ],
    contradicts: [9, 13],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 19,
    claims: [
      {
        quote:
          'Many advocacy groups in New Mexico are typically critical of the sharing of state court information with ICE.',
        verdict: 'supported',
        reason:
          'Dozens of New Mexico groups, lawyers and retired judges petitioned to restrict ICE at courthouses, and the ACLU of New Mexico has campaigned on it; their focus is courthouse arrests.',
        sources: [PETITION_ACLU],
        confidence: 'medium',
      },
      {
        quote: 'Some legal organizations may challenge the constitutionality and legality of this practice',
        verdict: 'supported',
        reason:
          'In 2020 the Attorney General, public defenders, a district attorney and immigrant groups sued ICE in federal court, calling its courthouse arrests unlawful and unconstitutional.',
        sources: [LAWSUIT_ACLU, LAWSUIT_KUNM],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 20,
    claims: [
      {
        quote:
          'The New Mexico Judiciary has been working on developing and implementing clear policies and guidelines regarding the sharing of state court information with ICE.',
        verdict: 'unsupported',
        reason:
          'No statewide judiciary policy on information sharing with ICE was found; the state Supreme Court turned down a 2018 petition for courthouse rules, and the one court policy found (Metro Court, 2018) covers arrests.',
        sources: [PETITION_DENIED, METRO_POLICY],
        confidence: 'medium',
      },
      {
        quote:
          'The judiciary is providing training sessions for court personnel to ensure that they understand the legal requirements and implications of sharing information with ICE',
        verdict: 'unsupported',
        reason: 'No source on such training was found.',
        sources: [],
        confidence: 'low',
      },
      {
        quote: 'This includes regular audits and reviews to ensure compliance with policies and regulations',
        verdict: 'unsupported',
        reason: 'No audit or review of court information sharing with ICE was found.',
        sources: [],
        confidence: 'low',
      },
    ],
    checked: CHECKED_ON,
  },
];
