/**
 * New Mexico's state courts and immigration enforcement: what the law says now, as checked against
 * stored copies of public pages.
 */
import { CHECKED_ON, type CourtsStatus, type Source } from '@/data/checked-types';
import {
  COURT_ONLINE_ACCESS,
  HB9_ACLU,
  HB9_ONLY_CURRY,
  HB9_SIGNED,
  HB9_VISAVERGE,
  INDRITZ_TESTIMONY,
  LAWSUIT_ACLU,
  LAWSUIT_KUNM,
  METRO_POLICY,
  METRO_VIDEO_SUIT,
  NMCD_287G_MOA,
  PETITION_ACLU,
  PETITION_DENIED,
  SB36_STATUS,
  SB36_SUMMARY,
} from '@/data/sources/new-mexico';

const HB9_287G_AMENDMENT: Source = {
  title: 'New Mexico Legislature: House Judiciary Committee amendment to HB 9 (2026), 287(g) ban',
  url: 'http://www.nmlegis.gov/Sessions/26%20Regular/bills/house/HB0009JC1.HTML',
};
const HB9_BILLTRACK: Source = {
  title: 'BillTrack50: New Mexico HB 9 (2026), Immigrant Safety Act, status and summary',
  url: 'https://www.billtrack50.com/billdetail/1943120',
};
const CURRY_WSO: Source = {
  title: 'Curry County Sheriff’s Office signs ICE warrant service officer agreement (May 2025)',
  url: 'http://localnewswave.com/article/983402951719874560',
};
const METRO_KOB: Source = {
  title: 'KOB (Feb 21, 2019): Governor wants ICE to stop detaining people at Metro Court',
  url: 'https://www.kob.com/albuquerque-news/gov-wants-ice-to-stop-detaining-people-at-metro-court/5254800/?cat=500',
};
const SB149_2020: Source = {
  title: 'New Mexico Legislature: Senate Bill 149 (2020), prohibiting certain arrests in courthouses (introduced text)',
  url: 'https://www.nmlegis.gov/Sessions/20%20Regular/bills/senate/SB0149.HTML',
};
const COURT_ONLINE_PROPOSAL: Source = {
  title: 'Los Alamos Daily Post: Public hearing on judiciary proposed policy for online access to court records',
  url: 'https://ladailypost.com/public-hearing-on-judiciary-proposed-policy-for-online-access-to-court-records-dec-6/',
};
const COURT_RESEARCH_2023: Source = {
  title: 'KUNM / Source NM (Apr 26, 2023): NM courts adopt new online records system',
  url: 'https://www.kunm.org/kunm-news-update/2023-04-26/wed-nm-courts-adopt-new-online-records-system-more',
};
export const NEW_MEXICO_COURTS: CourtsStatus = {
  code: 'NM',
  headline:
    'No New Mexico law or statewide court rule limits ICE arrests at courthouses or what courts share with ICE; since May 20, 2026 HB 9 bars public bodies from 287(g) and civil-detention agreements, and the one court policy found, Albuquerque’s Metro Court’s (2018), limits arrests only in that building.',
  findings: [
    {
      question: 'Does a state law or statewide court rule limit civil immigration arrests at courthouses?',
      verdict: 'no',
      text:
        'None was found. The New Mexico Supreme Court turned down a 2018 petition by lawyers, retired judges and groups for a judicial-warrant rule and writs of protection; a 2020 bill (SB 149) proposed the same, and no source shows it became law. HB 9 (2026) does not deal with courthouses.',
      laws: ['nm-hb9-2026'],
      sources: [PETITION_ACLU, PETITION_DENIED, INDRITZ_TESTIMONY, SB149_2020, HB9_SIGNED],
      confidence: 'medium',
      asOf: '2026-11',
    },
    {
      question: 'Are civil immigration arrests limited at any New Mexico courthouse?',
      verdict: 'partly',
      text:
        'Only at one court found: since fall 2018 the Bernalillo County Metropolitan Court’s access policy says no officer may arrest or detain anyone in the courthouse without a court order or judicial warrant, unless public safety requires it. It applies to all law enforcement, not only ICE, and the court itself said it cannot stop officers from making arrests.',
      laws: ['nm-metro-court-access-policy-2018'],
      sources: [METRO_POLICY, METRO_KOB, METRO_VIDEO_SUIT],
      confidence: 'medium',
      asOf: '2019',
    },
    {
      question: 'Has ICE made arrests at New Mexico courthouses?',
      verdict: 'yes',
      text:
        'Yes. A 2018 petition counted at least 25 cases since February 2017, and by July 2020 prosecutors and public defenders had flagged about 40, many at Albuquerque’s Metro Court. The Attorney General, public defenders, a district attorney and immigrant groups sued ICE in federal court in 2020; the outcome was not found.',
      laws: [],
      sources: [PETITION_ACLU, LAWSUIT_KUNM, LAWSUIT_ACLU],
      confidence: 'high',
      asOf: '2020-07',
    },
    {
      question: 'Do the courts have an agreement with ICE?',
      verdict: 'unknown',
      text:
        'No agreement between New Mexico’s courts and ICE was found. The ICE agreements on record are a 287(g) agreement with the Corrections Department and a 2025 warrant-service agreement with the Curry County Sheriff; in January 2026 Curry County was reported as the only county with one.',
      laws: ['nm-hb9-2026'],
      sources: [NMCD_287G_MOA, CURRY_WSO, HB9_ONLY_CURRY],
      confidence: 'low',
    },
    {
      question: 'Do courts share records with ICE beyond public records?',
      verdict: 'unknown',
      text:
        'No source shows New Mexico courts giving ICE anything beyond public records. Much is public anyway: docket summaries are online, and public documents in case files can be viewed online by approved users, including law enforcement agencies (re:SearchNM since 2023). Whether federal immigration agents hold such accounts was not found.',
      laws: [],
      sources: [COURT_ONLINE_ACCESS, COURT_ONLINE_PROPOSAL, COURT_RESEARCH_2023],
      confidence: 'low',
    },
    {
      question: 'Does state law limit 287(g) and detention agreements?',
      verdict: 'yes',
      text:
        'Yes. HB 9, the Immigrant Safety Act, signed Feb 5, 2026 and in force May 20, 2026, bars public bodies from entering, renewing or extending agreements to detain people for civil immigration violations, requires existing ones to end, bars using public land for such detention, and bans 287(g) and similar deputizing agreements.',
      laws: ['nm-hb9-2026'],
      sources: [HB9_SIGNED, HB9_ACLU, HB9_VISAVERGE, HB9_287G_AMENDMENT, HB9_BILLTRACK],
      confidence: 'high',
      asOf: '2026-05-20',
    },
    {
      question: 'Does the 2025 nondisclosure law (SB 36) cover court records?',
      verdict: 'unknown',
      text:
        'SB 36 bars state agency employees from disclosing sensitive personal information, including immigration status, outside the agency, with exceptions such as court orders, disclosures to a court in a proceeding, the public-records law and federal statute; its MVD part covers motor-vehicle records. The sources do not say whether the judiciary counts as a state agency.',
      laws: ['nm-sb36-2025'],
      sources: [SB36_STATUS, SB36_SUMMARY],
      confidence: 'low',
    },
  ],
  laws: [
    {
      id: 'nm-hb9-2026',
      name: 'HB 9 (2026), Immigrant Safety Act',
      citation: 'House Bill 9, 57th Legislature, 2nd Session (2026); chapter number not confirmed',
      year: 2026,
      effective: '2026-05-20',
      does:
        'Bars public bodies from agreements to detain people for civil immigration violations and from 287(g) or similar deputizing agreements, orders existing ones ended, and bars public land for such detention; it does not address courthouse arrests or court records.',
      sources: [HB9_SIGNED, HB9_ACLU, HB9_VISAVERGE, HB9_287G_AMENDMENT, HB9_BILLTRACK],
    },
    {
      id: 'nm-metro-court-access-policy-2018',
      name: 'Bernalillo County Metropolitan Court access policy (2018)',
      citation: 'Policy of the Bernalillo County Metropolitan Court, adopted fall 2018 (a single court’s policy, not a statute or statewide rule)',
      year: 2018,
      does:
        'No arrests or detentions inside that courthouse except by court order or judicial warrant, or for immediate public safety; applies to all law enforcement.',
      sources: [METRO_POLICY, METRO_KOB, METRO_VIDEO_SUIT],
    },
    {
      id: 'nm-sb36-2025',
      name: 'SB 36 (2025), Nondisclosure of Sensitive Personal Information Act',
      citation: 'Laws 2025, ch. 138; amends NMSA 1978 § 66-2-7.1',
      year: 2025,
      effective: '2025-07-01',
      does:
        'Limits disclosure of sensitive personal information, including immigration status, by state agency employees and bars MVD disclosures for federal immigration enforcement; the sources do not show it covering the courts.',
      sources: [SB36_STATUS, SB36_SUMMARY],
    },
  ],
  notCovered: [
    'No state law or New Mexico Supreme Court rule limits civil immigration arrests in or around courthouses; the Metro Court policy covers only that courthouse, and the court has said it cannot prohibit arrests.',
    'HB 9 limits what public bodies may agree to; it does not stop federal agents from arresting people, at courthouses or elsewhere.',
    'HB 9 does not address court records or information sharing with ICE.',
    'It is not settled in the sources whether SB 36 applies to court employees; its exceptions include court orders, the public-records law and federal statutes.',
    'Public court records, such as online docket summaries, stay open to anyone, including federal agents.',
    'The 2019 bills to bar state and local resources for immigration enforcement (SB 196, HB 195) did not pass, and New Mexico has made no statewide sanctuary declaration.',
    'Not found: the outcome of the 2020 federal lawsuit over courthouse arrests, whether the Metro Court policy is still in force, and whether Curry County’s ICE agreement ended after May 20, 2026.',
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};
