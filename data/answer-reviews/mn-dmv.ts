/**
 * Reviews of the 20 answers of the bundled Minnesota DMV document ("mn-dmv-data-sharing"),
 * checked against stored copies of public pages.
 */
import { CHECKED_ON, type AnswerReview, type Source } from '@/data/checked-types';
import {
  CBS_SIGNING,
  KROX_CH13,
  MN_168_346,
  STRIB_DVS_2024,
  SUBD11_TEXT,
  UNICORN_PRIVACY,
  VOA_EFFECTIVE,
} from '@/data/sources/minnesota';
import { DPPA_TEXT, DPPA_USES, HOODLINE_NLETS, INDEPENDENT_NLETS, NILC_PROTECT_2023 } from '@/data/sources/national';

const DOC = 'mn-dmv-data-sharing';

// --- Sources (pages returned by searches of stored public pages) ---
const ILCM_2019_HOUSE: Source = {
  title: 'ILCM: Freedom to Drive coalition statement after House passage of HF1500 (Apr 2019)',
  url: 'https://ilcm.org/latest-news/freedom-to-drive-coalition-statement-following-passage-of-hf1500-in-the-minnesota-house',
};
const ILCM_2019_FAILED: Source = {
  title: 'ILCM: "We will continue to work for Driver’s Licenses for All" (bill not passed in 2019 session, May 24, 2019)',
  url: 'https://ilcm.org/latest-news/we-will-continue-to-work-for-drivers-licenses-for-all',
};
const PROPUBLICA_2016: Source = {
  title: 'ProPublica: Could programs to help undocumented immigrants get driver’s licenses backfire? (Dec 2016)',
  url: 'https://propublica.org/article/could-programs-to-help-undocumented-immigrants-drivers-licenses-backfire',
};
const STRIB_SNOOPING: Source = {
  title: 'Star Tribune: Driver’s license snooping gets costly for taxpayers (2013)',
  url: 'https://www.startribune.com/aug-19-driver-s-license-snooping-gets-costly-for-taxpayers/220066801',
};
const DVS_CLASS_ACTION: Source = {
  title: 'S.A. v. Minnesota Department of Public Safety: settlement FAQ (record-expungement class action)',
  url: 'https://mndvsrecordexpungementclassaction.com/frequently-asked-questions',
};
const MIRAC_2014: Source = {
  title: 'MIRAC: letter urging a vote on the driver’s license bill HF348 (May 2014)',
  url: 'https://mirac1.wordpress.com/2014/05/',
};
const FIGHTBACK_2023: Source = {
  title: 'Fight Back! News: MIRAC rally for driver’s licenses for all on opening day of the 2023 session',
  url: 'https://www.fightbacknews.org/2023/1/4/minnesotans-brave-snowstorm-demand-drivers-license-all-day-one-legislative-session',
};
const ADVOCATES_FTD: Source = {
  title: 'The Advocates for Human Rights: Freedom to Drive Minnesota',
  url: 'https://www.theadvocatesforhumanrights.org/freedom_to_drive_minnesota',
};
const ILCM_KYR: Source = {
  title: 'Immigrant Law Center of Minnesota: Know Your Rights for immigrants and refugees',
  url: 'https://ilcm.org/immigration-resources/know-your-rights/immigrants-refugees',
};
const ADVOCATES_KYR: Source = {
  title: 'The Advocates for Human Rights: Know Your Rights',
  url: 'https://theadvocatesforhumanrights.org/KYR',
};

const NOW_NOT_SHARING = [STRIB_DVS_2024, HOODLINE_NLETS, SUBD11_TEXT];

export const MN_DMV_REVIEWS: readonly AnswerReview[] = [
  {
    docId: DOC,
    question: 1,
    claims: [
      {
        quote:
          'As of September 2021, Minnesota’s current policy regarding the sharing of DMV data with Immigration and Customs Enforcement (ICE) restricts the dissemination of driver’s license information',
        verdict: 'unsupported',
        reason:
          'No source found for a 2021 state policy; the legal limit found dates from HF 4, signed Mar 7, 2023 and in force Oct 1, 2023. "As of September 2021" is a machine-text hedge.',
        sources: [CBS_SIGNING, VOA_EFFECTIVE],
        confidence: 'medium',
      },
      {
        quote:
          'Minnesota’s Department of Public Safety has clarified that the state does not provide driver’s license or motor vehicle registration information to federal immigration authorities for civil immigration enforcement',
        verdict: 'supported',
        reason:
          'DVS told reporters in 2024 it shares with immigration authorities only under a judge’s order, and by Nov 2025 Minnesota had blocked ICE in Nlets; no statement dated 2021 was found.',
        sources: NOW_NOT_SHARING,
        confidence: 'medium',
      },
    ],
    contradicts: [5, 6, 16, 17],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 2,
    claims: [
      {
        quote:
          'the Department of Public Safety does not share driver’s license or vehicle registration information with U.S. Immigration and Customs Enforcement (ICE) to enforce federal immigration laws',
        verdict: 'supported',
        reason:
          'Matches DVS’s 2024 statement (data goes to immigration authorities only under a judge’s order) and the Nov 2025 report that Minnesota blocks ICE in Nlets.',
        sources: NOW_NOT_SHARING,
        confidence: 'medium',
      },
      {
        quote:
          'The state enacted legislation in 2019 that prohibits the Department of Public Safety from providing data to federal immigration authorities without a court order or warrant',
        verdict: 'wrong',
        reason:
          'The 2019 bill (HF 1500) passed only the House and died; the law is HF 4 (2023), which makes immigration-status data private. The court-order rule is DVS’s stated practice, not text found in the statute.',
        sources: [ILCM_2019_HOUSE, ILCM_2019_FAILED, KROX_CH13, SUBD11_TEXT, STRIB_DVS_2024],
        confidence: 'high',
      },
      {
        quote:
          'This means that ICE does not have direct access to the Minnesota DMV database for the purposes of immigration enforcement',
        verdict: 'supported',
        reason:
          'Per Nlets figures cited by members of Congress on Nov 12, 2025, Minnesota was one of four states that had blocked ICE’s self-service access; when that began is not known.',
        sources: [HOODLINE_NLETS, INDEPENDENT_NLETS],
        confidence: 'medium',
      },
      {
        quote: 'The information shared between these entities is limited to publicly available data or when required by law',
        verdict: 'unsupported',
        reason:
          'No source describes such a limit; the statute lets DVS share data other than immigration-status data as state or federal law allows, which is broader than public data.',
        sources: [SUBD11_TEXT],
        confidence: 'low',
      },
    ],
    contradicts: [5, 6, 16, 17],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 3,
    claims: [
      {
        quote: 'In most states, consent is not typically required from individuals before their DMV information is shared with ICE',
        verdict: 'general',
        reason: 'Speaks of "most states", not Minnesota; it says nothing checkable about Minnesota’s DVS.',
        sources: [],
        confidence: 'medium',
      },
      {
        quote: 'State DMVs may have agreements in place with federal agencies such as ICE',
        verdict: 'general',
        reason: 'A statement about state DMVs in general; no Minnesota agreement with ICE was found.',
        sources: [],
        confidence: 'medium',
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
          'Yes, there are legal restrictions and safeguards in place in Minnesota to protect the privacy of individuals when it comes to sharing DMV data with ICE',
        verdict: 'supported',
        reason:
          'Since HF 4 (2023), Minn. Stat. § 171.12 subd. 11 makes immigration-status data private and bars DVS from sharing it outside DVS and the Secretary of State.',
        sources: [SUBD11_TEXT, KROX_CH13],
        confidence: 'high',
      },
      {
        quote:
          'The Minnesota Driver’s Privacy Protection Act prohibits the release or disclosure of personal information from driver’s license records without the consent of the individual',
        verdict: 'wrong',
        reason:
          'No Minnesota act by that name was found; Minnesota law applies the federal DPPA, whose exceptions let government agencies, law enforcement included, get records without consent.',
        sources: [MN_168_346, DPPA_USES],
        confidence: 'medium',
      },
      {
        quote:
          'ICE must adhere to the requirements of the federal Driver’s Privacy Protection Act (DPPA) when requesting and using DMV data for immigration enforcement purposes',
        verdict: 'supported',
        reason:
          'The DPPA does govern disclosures from DMV records, but it is a weak safeguard here: it expressly permits use by any government agency carrying out its functions.',
        sources: [DPPA_TEXT, DPPA_USES],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 5,
    claims: [
      {
        quote: 'Minnesota officials have cited several reasons for sharing DMV data with ICE',
        verdict: 'wrong',
        reason:
          'Officials have said the opposite: DVS shares with immigration authorities only under a judge’s order, status data is private by law, and the state blocked ICE in Nlets.',
        sources: NOW_NOT_SHARING,
        confidence: 'medium',
      },
      {
        quote:
          'Overall, the sharing of DMV data with ICE in Minnesota is viewed as a means to strengthen law enforcement and public safety efforts within the state.',
        verdict: 'unsupported',
        reason: 'No Minnesota official or document found that presents DVS sharing with ICE this way.',
        sources: [],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 2],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 6,
    claims: [
      {
        quote: 'The collaboration between the State DMV and ICE creates fear and distrust within immigrant communities',
        verdict: 'wrong',
        reason:
          'No DVS–ICE collaboration was found: DVS says it shares only under a judge’s order, and Minnesota had blocked ICE in Nlets by Nov 2025.',
        sources: NOW_NOT_SHARING,
        confidence: 'medium',
      },
      {
        quote:
          'Immigrants and communities of color become more vulnerable to profiling, discrimination, and deportation when their information is readily accessible to ICE through DMV records',
        verdict: 'general',
        reason:
          'A conditional, general statement; in Minnesota, immigration-status data is private by law and ICE’s Nlets access was reported blocked (Nov 2025).',
        sources: [],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 2],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 7,
    claims: [
      {
        quote:
          'The state government has established clear policies and guidelines regarding the sharing of DMV data with federal agencies like ICE',
        verdict: 'supported',
        reason:
          'In part: HF 4 (2023) put a rule in statute for immigration-status data (Minn. Stat. § 171.12 subd. 11); no wider published guidelines were found.',
        sources: [SUBD11_TEXT],
        confidence: 'medium',
      },
      {
        quote:
          'Minnesota’s Department of Public Safety regularly provides updates and information on its website regarding the sharing of DMV data with federal agencies, including ICE',
        verdict: 'unsupported',
        reason: 'No such regular DPS updates were found; DVS’s stance is known from statements to reporters.',
        sources: [],
        confidence: 'medium',
      },
      {
        quote:
          'there are mechanisms in place for individuals to request information about the data sharing practices between the DMV and federal agencies, including ICE',
        verdict: 'unsupported',
        reason: 'No source found describing such a mechanism.',
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
        quote:
          'The guidelines for sharing DMV data with ICE should be in accordance with the state’s Driver’s Privacy Protection Act',
        verdict: 'wrong',
        reason:
          'Minnesota has no separate act by that name that was found; its statutes apply the federal DPPA. The state rule on immigration data is Minn. Stat. § 171.12 subd. 11.',
        sources: [MN_168_346, SUBD11_TEXT],
        confidence: 'medium',
      },
      {
        quote:
          'ICE may request access to DMV data for immigration enforcement purposes under the federal REAL ID Act of 2005',
        verdict: 'wrong',
        reason:
          'REAL ID sets standards for which licences are federally accepted; it does not give ICE a right to DMV data, and no federal law specifically entitles immigration agents to it.',
        sources: [NILC_PROTECT_2023, PROPUBLICA_2016],
        confidence: 'medium',
      },
      {
        quote:
          'any sharing of DMV data must also comply with the Privacy Act of 1974, which restricts the federal government’s collection and dissemination of personal information',
        verdict: 'unsupported',
        reason: 'Not checked against a source; the Privacy Act governs federal agencies’ own records, not a state DMV’s disclosures.',
        sources: [],
        confidence: 'low',
      },
      {
        quote:
          'any relevant executive orders or agreements between the state of Minnesota and federal immigration enforcement agencies',
        verdict: 'unsupported',
        reason: 'No executive order or agreement between Minnesota and ICE on DMV data was found.',
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
          'State DMVs that share data with Immigration and Customs Enforcement (ICE) typically have policies and procedures in place to ensure that data sharing is done in a fair and non-discriminatory manner',
        verdict: 'general',
        reason: 'About state DMVs in general; it says nothing checkable about Minnesota.',
        sources: [],
        confidence: 'medium',
      },
      {
        quote: 'States may have formal agreements in place with ICE outlining the terms and conditions of data sharing',
        verdict: 'general',
        reason: 'General statement; no Minnesota data-sharing agreement with ICE was found.',
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
          'One of the most severe consequences is the risk of deportation for individuals who are identified through shared DMV data as being undocumented immigrants',
        verdict: 'general',
        reason:
          'A hypothetical that fits any state; in Minnesota, data showing whether an applicant proved lawful presence is private by law.',
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
          'Implementing stricter policies regarding data access and sharing within the DMV system to limit the information that is made available to federal agencies like ICE.',
        verdict: 'supported',
        reason:
          'Done: HF 4 (2023) made immigration-status data private, and by Nov 2025 Minnesota had blocked ICE’s self-service access through Nlets.',
        sources: [SUBD11_TEXT, HOODLINE_NLETS],
        confidence: 'high',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 12,
    claims: [
      {
        quote: 'the sharing of DMV data with ICE is governed by the Driver’s Privacy Protection Act (DPPA) and the REAL ID Act',
        verdict: 'wrong',
        reason:
          'Leaves out the state law that matters (Minn. Stat. § 171.12 subd. 11, from HF 4, 2023); REAL ID sets licence standards and does not govern ICE access.',
        sources: [SUBD11_TEXT, NILC_PROTECT_2023],
        confidence: 'medium',
      },
      {
        quote:
          'There are regular audits conducted by the Minnesota Department of Public Safety to ensure that the sharing of DMV data with ICE is done in accordance with the law',
        verdict: 'unsupported',
        reason: 'No source found for DPS audits of sharing with ICE.',
        sources: [],
        confidence: 'medium',
      },
      {
        quote:
          'ICE is required to provide detailed reports on how they are using the DMV data obtained from Minnesota',
        verdict: 'unsupported',
        reason: 'No law or agreement found that requires ICE to report its use of Minnesota DMV data.',
        sources: [],
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
          'Some states may have legislation or policies in place that explicitly restrict or prohibit the sharing of DMV data with immigration enforcement agencies like ICE.',
        verdict: 'general',
        reason: 'Compares "other states" in general and never says where Minnesota stands.',
        sources: [],
        confidence: 'medium',
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
          'the arguments for sharing DMV data with ICE primarily revolve around public safety and immigration enforcement objectives',
        verdict: 'general',
        reason: 'A generic summary of arguments; no Minnesota speaker or document is named.',
        sources: [],
        confidence: 'medium',
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
          'there have been community efforts and advocacy campaigns in Minnesota focused on limiting or abolishing the sharing of DMV data with ICE',
        verdict: 'supported',
        reason:
          'The Driver’s Licenses for All campaign helped write the privacy provisions of HF 4 (2023) meant to keep licence data from federal immigration authorities.',
        sources: [UNICORN_PRIVACY, ILCM_2019_HOUSE],
        confidence: 'medium',
      },
      {
        quote:
          'The Minnesota Immigrant Rights Action Committee (MIRAC) has been actively working to push for policies that restrict the sharing of DMV data with ICE',
        verdict: 'unsupported',
        reason:
          'Sources show MIRAC campaigning for driver’s licenses for all and a sanctuary state, but none shows a campaign on DMV data sharing as such.',
        sources: [MIRAC_2014, FIGHTBACK_2023],
        confidence: 'medium',
      },
      {
        quote:
          'The Advocates for Human Rights, a Minnesota-based nonprofit organization, has also been involved in advocating for the protection of immigrant rights and privacy',
        verdict: 'supported',
        reason: 'The Advocates is a member of the Freedom to Drive MN coalition behind the driver’s-licence-for-all bills.',
        sources: [ADVOCATES_FTD, ILCM_2019_HOUSE],
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
          'The sharing of DMV data with ICE in Minnesota has had a significant impact on public trust and cooperation with law enforcement.',
        verdict: 'wrong',
        reason:
          'Assumes sharing that sources do not show: DVS says it shares with immigration authorities only under a judge’s order, and Minnesota had blocked ICE in Nlets by Nov 2025.',
        sources: NOW_NOT_SHARING,
        confidence: 'medium',
      },
      {
        quote: 'some individuals may be hesitant to obtain driver’s licenses or vehicle registrations',
        verdict: 'unsupported',
        reason:
          'No data found on people avoiding licences; a Nov 2024 report found immigrants still applying, with a wait-and-see attitude.',
        sources: [STRIB_DVS_2024],
        confidence: 'low',
      },
    ],
    contradicts: [1, 2],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 17,
    claims: [
      {
        quote: 'By providing ICE with access to DMV records, Minnesota is supporting these broader enforcement efforts.',
        verdict: 'wrong',
        reason:
          'Sources show the opposite: status data is private by law since 2023, DVS requires a judge’s order, and Minnesota was one of four states blocking ICE in Nlets (Nov 2025).',
        sources: [...NOW_NOT_SHARING, INDEPENDENT_NLETS],
        confidence: 'medium',
      },
      {
        quote: 'Sharing DMV data allows ICE to access information on individuals who may be undocumented or have immigration violations.',
        verdict: 'wrong',
        reason:
          'In Minnesota, data showing whether an applicant proved citizenship or lawful presence may not be shared outside DVS and the Secretary of State.',
        sources: [SUBD11_TEXT],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 2],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 18,
    claims: [
      {
        quote: 'With access to DMV data, ICE can more easily identify and target undocumented immigrants for enforcement actions.',
        verdict: 'general',
        reason:
          'A conditional that fits any state; in Minnesota, status data is private by law and ICE’s Nlets access was reported blocked (Nov 2025).',
        sources: [],
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
          'The Minnesota Department of Public Safety confirmed in 2019 that some of its employees accessed driver’s license information without authorization and passed it onto federal immigration officials',
        verdict: 'unsupported',
        reason:
          'No source found; the known misuse of Minnesota’s driver database (reported 2013) was public employees, mostly police, looking up records without cause, not passing data to ICE.',
        sources: [STRIB_SNOOPING],
        confidence: 'medium',
      },
      {
        quote: 'This unauthorized access led to a lawsuit against the state, resulting in a $300,000 settlement for those affected.',
        verdict: 'unsupported',
        reason:
          'No such lawsuit or settlement found; the class action against DPS that was found concerns driving-record expungement, not ICE.',
        sources: [DVS_CLASS_ACTION],
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
          'Inquire with the DMV about their data-sharing policies and request to opt-out if possible. This may help restrict the sharing of your information with agencies like ICE.',
        verdict: 'wrong',
        reason:
          'No opt-out from law-enforcement access exists: the DPPA lets government agencies get records without consent, and Minnesota’s consent choice covers only bulk marketing use.',
        sources: [DPPA_USES, MN_168_346],
        confidence: 'medium',
      },
      {
        quote: 'Only provide necessary information when interacting with the DMV.',
        verdict: 'general',
        reason: 'Generic privacy advice with nothing specific to Minnesota to check.',
        sources: [],
        confidence: 'medium',
      },
    ],
    procedureWarning: {
      text:
        'No way to opt out of DVS data reaching ICE or other law enforcement was found: the federal DPPA lets government agencies, law enforcement included, receive driver records without consent, and Minnesota’s consent choice only covers release for surveys and marketing. What already protects people: since Oct 1, 2023, Minn. Stat. § 171.12 subd. 11 keeps immigration-status data private; DVS says it gives data to immigration authorities only under a judge’s order; and Minnesota was reported in Nov 2025 as blocking ICE’s self-service access through Nlets. For advice about your own case, free legal help and know-your-rights guides are offered by the Immigrant Law Center of Minnesota and The Advocates for Human Rights.',
      sources: [DPPA_USES, MN_168_346, SUBD11_TEXT, STRIB_DVS_2024, HOODLINE_NLETS, ILCM_KYR, ADVOCATES_KYR],
    },
    checked: CHECKED_ON,
  },
];
