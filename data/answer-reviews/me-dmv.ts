import { CHECKED_ON, type AnswerReview, type Source } from '@/data/checked-types';
import {
  ACLU_ME_LD1971,
  BMV_PRIVACY,
  DIRIGO_LD1971,
  INFORME_DPPA,
  LD2106_BILLTRACK,
  LD306_AMENDMENT,
} from '@/data/sources/maine';
import {
  AMERICAN_DRAGNET,
  HOODLINE_NLETS,
  MERITALK_NLETS,
  VOZ_RECIPIENTS,
  WYDEN_RELEASE,
} from '@/data/sources/national';

/** Pages returned by searches of stored public pages; reused across the reviews below. */
const S = {
  acluRecords: {
    title: 'ACLU of Maine: open records request on state and local help to ICE and CBP',
    url: 'https://aclumaine.org/en/taxonomy/term/166',
  },
  ld366: {
    title: 'Maine Legislature: LD 366 (128th, 2017), An Act To Ensure Compliance with Federal Immigration Law (immigration information sharing)',
    url: 'https://legislature.maine.gov/legis/bills/bills_128th/billtexts/HP027201.asp',
  },
  title29a251: {
    title: 'Maine Revised Statutes Title 29-A §251: records and databases related to driver’s licenses and motor vehicles',
    url: 'https://lawserver.com/law/state/maine/me-statutes/maine_revised_statutes_title_29-a_251',
  },
  qzNc: {
    title: 'Quartz: ICE bought state driving records to track undocumented immigrants',
    url: 'https://qz.com/1760046/ice-bought-state-driving-records-to-track-undocumented-immigrants',
  },
  nilcNlets: {
    title: 'NILC: How ICE and state motor vehicle departments share information (2016)',
    url: 'https://www.nilc.org/issues/drivers-licenses/ice-dmvs-share-information',
  },
  ilapStops: {
    title: 'New England News Press: new ICE non-cooperation law (ILAP’s count of traffic-stop handovers)',
    url: 'https://newenglandnewspress.com/new-ice-non-cooperation-law-sends-a-far-reaching-message',
  },
  mircFeed: {
    title: 'Maine Immigrants’ Rights Coalition: news feed',
    url: 'https://maineimmigrantrights.org/feed/',
  },
  kyrIndivisible: {
    title: 'Indivisible Bangor: ICE in Maine resources (know-your-rights guide by ILAP, ACLU of Maine and Maine Law clinic)',
    url: 'https://indivisiblebangor.org/2026/01/30/ice-in-maine-resources',
  },
  kyrWashCo: {
    title: 'Washington County Maine Democrats: ICE activity in Maine, what you should know (resources and hotline)',
    url: 'https://www.washingtoncountymainedemocrats.org/post/i-c-e-activity-in-maine-what-you-should-know',
  },
} satisfies Record<string, Source>;

const DOC = 'me-dmv-data-sharing';

export const ME_DMV_REVIEWS: readonly AnswerReview[] = [
  {
    docId: DOC,
    question: 1,
    claims: [
      {
        quote: 'they do not automatically share this information with ICE',
        verdict: 'wrong',
        reason:
          'As of Nov 2025 ICE could search Maine driver and vehicle records itself through Nlets, with no BMV employee involved; Maine was not among the states that had blocked it.',
        sources: [WYDEN_RELEASE, VOZ_RECIPIENTS, MERITALK_NLETS],
        confidence: 'medium',
      },
      {
        quote:
          'Maine has laws in place that specifically prevent the sharing of driver’s license and vehicle registration information with ICE for immigration enforcement purposes',
        verdict: 'wrong',
        reason:
          'No Maine law bars the BMV from giving records to ICE; the BMV follows the federal DPPA, which lets law enforcement receive personal data, and LD 1971 (law 2026) covers police and jails, not the BMV.',
        sources: [BMV_PRIVACY, INFORME_DPPA, DIRIGO_LD1971],
        confidence: 'medium',
      },
      {
        quote:
          'Maine has joined other states in implementing laws to protect the privacy and safety of its residents, regardless of immigration status',
        verdict: 'outdated',
        reason:
          'No such Maine law was found for the time of writing; LD 1971 became law on Jan 11, 2026 (in force mid-July 2026) and now limits police and jail help to immigration enforcement, though it does not reach BMV data.',
        sources: [DIRIGO_LD1971, ACLU_ME_LD1971],
        confidence: 'medium',
      },
    ],
    contradicts: [4, 11, 18, 20],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 2,
    claims: [
      {
        quote:
          'According to 29-A M.R.S. § 1708, the Secretary of State in Maine is prohibited from disclosing personal information contained in motor vehicle records for certain purposes, including immigration enforcement',
        verdict: 'wrong',
        reason:
          'No source shows such a section or any immigration carve-out; Maine’s records law sits at 29-A §251 and the BMV’s privacy rules follow the DPPA, which lists law enforcement as a permitted recipient.',
        sources: [BMV_PRIVACY, INFORME_DPPA, S.title29a251],
        confidence: 'medium',
      },
      {
        quote:
          'the DMV in Maine cannot share information such as a driver’s immigration status or citizenship with ICE unless specific conditions or exceptions apply',
        verdict: 'wrong',
        reason:
          'Sources show the opposite in practice: Maine had not blocked ICE’s self-service Nlets access to its DMV records as of Nov 2025.',
        sources: [WYDEN_RELEASE, VOZ_RECIPIENTS],
        confidence: 'medium',
      },
      {
        quote:
          'the Maine legislature has taken steps to protect the privacy of individuals and ensure that their personal information is not used for immigration enforcement purposes without appropriate authorization',
        verdict: 'outdated',
        reason:
          'Not true when written for BMV data; in 2026 LD 1971 (police and jails) and LD 2106 (school, library and similar records) added limits, but neither names BMV records.',
        sources: [DIRIGO_LD1971, LD2106_BILLTRACK],
        confidence: 'medium',
      },
    ],
    contradicts: [4, 11, 18, 20],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 3,
    claims: [
      {
        quote:
          'ICE can cross-reference the data from the DMV with their own records to identify individuals who are undocumented immigrants',
        verdict: 'general',
        reason:
          'Describes ICE use of DMV data in general (national reports show ICE mining licence records and photos); nothing here is specific to Maine.',
        sources: [AMERICAN_DRAGNET, S.qzNc],
        confidence: 'medium',
      },
      {
        quote: 'the data obtained from the Maine DMV plays a crucial role in ICE’s enforcement efforts',
        verdict: 'unsupported',
        reason:
          'No Maine-specific figures were found; the published Nlets counts of ICE queries are national totals.',
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
        quote: 'Maine residents are not specifically informed about the sharing of their DMV data with ICE',
        verdict: 'supported',
        reason:
          'The BMV privacy page names law enforcement agencies only in general terms and never mentions ICE; lawmakers noted Nlets queries happen without state staff knowing.',
        sources: [BMV_PRIVACY, VOZ_RECIPIENTS],
        confidence: 'medium',
      },
      {
        quote: 'The sharing of DMV data with ICE is carried out through state-level agreements and policies',
        verdict: 'supported',
        reason:
          'The main channel is Nlets, a network run by state agencies in which each state decides which agencies may query its DMV data.',
        sources: [WYDEN_RELEASE, S.nilcNlets],
        confidence: 'medium',
      },
      {
        quote:
          'it is important for residents to be aware that their DMV information may be shared with ICE as part of broader state and federal law enforcement efforts',
        verdict: 'supported',
        reason:
          'Gov. Mills was among the 19 governors told in Nov 2025 that their states gave ICE self-service access to DMV data; Maine was not on the list of states that had blocked it.',
        sources: [VOZ_RECIPIENTS, MERITALK_NLETS],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 2, 8, 17],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 5,
    claims: [
      {
        quote:
          'There is a risk that sharing sensitive personal information such as driver’s license records with ICE could intrude on individuals’ privacy rights',
        verdict: 'general',
        reason: 'A list of general privacy concerns; it makes no checkable statement about Maine.',
        sources: [],
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
          'there is no explicit procedure in place for individuals to opt-out of having their information shared with Immigration and Customs Enforcement (ICE) by the Maine Department of Motor Vehicles (DMV)',
        verdict: 'supported',
        reason:
          'Maine’s only DPPA choice concerns release to marketers and the general public; law enforcement use is permitted regardless, and no opt-out from ICE access was found.',
        sources: [INFORME_DPPA, BMV_PRIVACY],
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
          'State DMV data sharing with ICE is regulated by the Driver’s Privacy Protection Act (DPPA), which sets forth strict guidelines on how personal information obtained by state DMVs can be used',
        verdict: 'supported',
        reason:
          'The federal DPPA (1994) does govern release of DMV personal data, but its permitted uses include law enforcement, so it does little to keep data from ICE.',
        sources: [INFORME_DPPA, BMV_PRIVACY],
        confidence: 'medium',
      },
      {
        quote:
          'The information shared with ICE can only be used for specific purposes related to immigration enforcement and public safety',
        verdict: 'unsupported',
        reason:
          'No such purpose limit was found; lawmakers noted that Nlets queries do not even state why the data is sought.',
        sources: [MERITALK_NLETS],
        confidence: 'low',
      },
      {
        quote:
          'There are procedures in place to audit and monitor the use of the shared data to ensure compliance with legal requirements',
        verdict: 'unsupported',
        reason:
          'No audit of ICE use of Maine data was found; the 2025 letters said few state officials understand how their data flows through Nlets.',
        sources: [MERITALK_NLETS, HOODLINE_NLETS],
        confidence: 'medium',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 8,
    claims: [
      {
        quote: 'This request must be accompanied by a judicial warrant, subpoena, or a court order',
        verdict: 'wrong',
        reason:
          'No warrant rule was found: the BMV lists law enforcement as a permitted recipient under the DPPA, and ICE could query Maine records through Nlets without any request to the BMV.',
        sources: [BMV_PRIVACY, WYDEN_RELEASE, VOZ_RECIPIENTS],
        confidence: 'medium',
      },
      {
        quote:
          'In Maine, ICE can request DMV data through the process of submitting a written request to the Maine Bureau of Motor Vehicles (BMV)',
        verdict: 'unsupported',
        reason:
          'No written-request procedure for ICE was found; the route sources describe is direct self-service lookups through Nlets.',
        sources: [],
        confidence: 'low',
      },
      {
        quote: 'Maine has specific laws and policies regarding the sharing of DMV data with ICE',
        verdict: 'wrong',
        reason:
          'No Maine law on BMV data and ICE was found; LD 1971 (law 2026) limits police and jails and does not name the BMV.',
        sources: [DIRIGO_LD1971, BMV_PRIVACY],
        confidence: 'medium',
      },
    ],
    contradicts: [4, 11, 18, 20],
    procedureWarning: {
      text:
        'No warrant-or-court-order process for ICE requests to the Maine BMV was found. The BMV treats law enforcement as a permitted recipient, and as of Nov 2025 ICE could look up Maine records itself through Nlets. People worried about ICE can use the know-your-rights guide from ILAP, the ACLU of Maine and Maine Law’s refugee clinic, and Maine’s ICE Watch hotline, and can ask ILAP for legal help.',
      sources: [BMV_PRIVACY, WYDEN_RELEASE, S.kyrIndivisible, S.kyrWashCo],
    },
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 9,
    claims: [
      {
        quote:
          'As of 2021, there are no specific audits or oversight mechanisms in place in Maine to monitor the sharing of DMV data with ICE',
        verdict: 'unsupported',
        reason:
          'No Maine audit or oversight rule was found either way; the 2025 letters suggest states generally had little view of ICE’s Nlets queries.',
        sources: [HOODLINE_NLETS],
        confidence: 'low',
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
          'While specific instances of discrimination resulting from this data sharing agreement may not be publicly documented',
        verdict: 'unsupported',
        reason:
          'No BMV–ICE data-sharing agreement was found; the documented Maine cases (ILAP counted 22 traffic-stop handovers since Mar 2025) involve police, not DMV data.',
        sources: [S.ilapStops],
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
          'there have not been specific legislative initiatives in Maine aimed at restricting or expanding the sharing of DMV data with ICE',
        verdict: 'unsupported',
        reason:
          'No bill aimed at BMV data was found, but broader bills on immigration information sharing existed (LD 366 of 2017 would have barred limits on sharing; LD 1971, law in 2026, limits police sharing).',
        sources: [S.ld366, ACLU_ME_LD1971],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 2, 8, 17],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 12,
    claims: [
      {
        quote:
          'they have strict protocols in place to verify the identity of individuals before sharing any information with federal agencies like ICE',
        verdict: 'wrong',
        reason:
          'Through Nlets, federal and out-of-state agencies search state DMV data directly, without any state employee reviewing the lookup.',
        sources: [VOZ_RECIPIENTS, WYDEN_RELEASE],
        confidence: 'medium',
      },
      {
        quote: 'the DMV has robust data security systems and encryption protocols in place to protect the shared data',
        verdict: 'unsupported',
        reason: 'No source describes the BMV’s security measures for data reaching ICE.',
        sources: [],
        confidence: 'low',
      },
      {
        quote:
          'strict adherence to the provisions of the Driver’s Privacy Protection Act (DPPA) which regulates the sharing of personal information collected by state DMVs',
        verdict: 'supported',
        reason:
          'Maine adopted rules conforming to the DPPA in 1997 and its privacy page follows it; note the DPPA allows release to law enforcement.',
        sources: [INFORME_DPPA, BMV_PRIVACY],
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
          'there is limited public information or reports specifically detailing the extent of DMV data sharing between the state of Maine and Immigration and Customs Enforcement (ICE)',
        verdict: 'supported',
        reason:
          'No Maine-specific report was found; the only figures published (Nov 2025) are national Nlets totals, and lawmakers said little is known about how states share through Nlets.',
        sources: [WYDEN_RELEASE, HOODLINE_NLETS],
        confidence: 'low',
      },
      {
        quote:
          'The exact nature and scope of data sharing agreements between the Maine Department of Motor Vehicles (DMV) and ICE are not readily available to the public',
        verdict: 'unsupported',
        reason: 'Assumes BMV–ICE agreements exist; none was found, and the access sources describe runs through Nlets.',
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
          'Proponents argue that sharing DMV data with ICE can help identify and locate individuals who may pose a threat to public safety',
        verdict: 'general',
        reason: 'A general pro-and-con discussion; nothing specific to Maine to check.',
        sources: [],
        confidence: 'high',
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
          'One notable organization is the Maine Immigrant Rights Coalition, which has been vocal in advocating for changes to state policies regarding information sharing with federal immigration authorities',
        verdict: 'unsupported',
        reason:
          'The group exists (as the Maine Immigrants’ Rights Coalition) and works on ICE issues, but no source shows it campaigning on information sharing or BMV data.',
        sources: [S.mircFeed],
        confidence: 'medium',
      },
      {
        quote:
          'the ACLU of Maine has also been involved in efforts to push for greater transparency and accountability in how the DMV shares data with ICE',
        verdict: 'unsupported',
        reason:
          'The ACLU of Maine’s work found here concerns police and jail help to ICE (records requests, LD 1971), not BMV data.',
        sources: [S.acluRecords, ACLU_ME_LD1971],
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
        quote: 'This type of data sharing can lead to increased fears and anxieties within these communities',
        verdict: 'general',
        reason: 'General statements about effects on immigrant communities; nothing checkable about Maine.',
        sources: [],
        confidence: 'high',
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
          'Maine law prohibits the Department of the Secretary of State, which oversees the DMV, from disclosing certain information to federal immigration authorities, including ICE, without a court order or a warrant',
        verdict: 'wrong',
        reason:
          'No such Maine law was found; the BMV lists law enforcement as a permitted recipient and ICE had Nlets access to Maine records as of Nov 2025.',
        sources: [BMV_PRIVACY, WYDEN_RELEASE],
        confidence: 'medium',
      },
      {
        quote:
          'Maine has enacted policies that limit the sharing of certain data elements, such as social security numbers and photographs, with ICE unless required by law or a valid court order',
        verdict: 'wrong',
        reason:
          'Photos and Social Security numbers do get extra protection, but the exceptions follow the DPPA and include government and law enforcement agencies; there is no ICE-specific or court-order condition.',
        sources: [BMV_PRIVACY, LD306_AMENDMENT],
        confidence: 'medium',
      },
      {
        quote:
          'The state also has regulations in place to protect the privacy and confidentiality of driver and vehicle records, which restrict the dissemination of personal information to third parties',
        verdict: 'supported',
        reason:
          'Maine’s 1997 DPPA rules limit release of personal data, but their permitted uses include law enforcement, so ICE is not kept out by them.',
        sources: [INFORME_DPPA, BMV_PRIVACY],
        confidence: 'medium',
      },
    ],
    contradicts: [4, 11, 18, 20],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 18,
    claims: [
      {
        quote: 'By accessing DMV records, ICE can gather information on individuals’ addresses',
        verdict: 'supported',
        reason:
          'Licence records hold home addresses and photos, and national reports show ICE using them to locate people; Maine-specific use is not documented.',
        sources: [AMERICAN_DRAGNET, S.qzNc],
        confidence: 'medium',
      },
      {
        quote:
          'the sharing of DMV data with ICE in Maine is a controversial but integral part of the broader immigration enforcement strategies',
        verdict: 'unsupported',
        reason: 'No source describes the role of Maine BMV data in ICE operations; only national Nlets totals exist.',
        sources: [],
        confidence: 'medium',
      },
    ],
    contradicts: [1, 2, 8, 17],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 19,
    claims: [
      {
        quote:
          'When DMV data is shared with ICE, individuals who may be undocumented or have a precarious immigration status might face a higher risk of being targeted for deportation',
        verdict: 'general',
        reason: 'General consequences of data sharing; nothing checkable about Maine.',
        sources: [],
        confidence: 'high',
      },
    ],
    checked: CHECKED_ON,
  },
  {
    docId: DOC,
    question: 20,
    claims: [
      {
        quote: 'Maine has not established specific laws or policies to address this issue',
        verdict: 'supported',
        reason:
          'Still true for BMV data: no Maine law limits what the BMV gives ICE; LD 1971 (law 2026) covers police and jails only.',
        sources: [BMV_PRIVACY, DIRIGO_LD1971],
        confidence: 'medium',
      },
      {
        quote:
          'the state’s Department of Motor Vehicles may share information with federal agencies like ICE, as allowed under existing federal regulations',
        verdict: 'supported',
        reason:
          'The BMV follows the DPPA, which allows release to law enforcement, and Maine had not blocked ICE in Nlets as of Nov 2025.',
        sources: [BMV_PRIVACY, INFORME_DPPA, VOZ_RECIPIENTS],
        confidence: 'medium',
      },
      {
        quote:
          'the extent to which Maine DMV data is shared with ICE may vary depending on the practices and priorities of local officials',
        verdict: 'unsupported',
        reason: 'No source supports this; ICE’s Nlets lookups do not pass through local officials.',
        sources: [],
        confidence: 'low',
      },
    ],
    contradicts: [1, 2, 8, 17],
    checked: CHECKED_ON,
  },
];
