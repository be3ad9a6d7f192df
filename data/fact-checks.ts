/**
 * Source notes on the bundled documents' headline claims, from the project's fact-check of
 * 2026-11-21 (checked against stored copies of public pages, not the live web). Each note quotes the
 * claim as the document states it (verbatim, so the UI can find and mark it), says what primary
 * sources show, and cites them.
 *
 * verdict: "disputed" = wrong or not supported (high or medium confidence); "unverified" = could not
 * be checked either way (open); "confirmed" = checked and correct, worth showing as well.
 */

export type FactCheckVerdict = 'disputed' | 'unverified' | 'confirmed';

export interface FactCheckSource {
  title: string;
  url?: string;
}

export interface FactCheckNote {
  id: string;
  /** ParsedDocument id, e.g. "ca-dmv-data-sharing". */
  docId: string;
  /** Question number in that document. */
  question: number;
  verdict: FactCheckVerdict;
  /** One line: why the note is there. */
  summary: string;
  /** The claim, quoted verbatim from the answer. */
  claim: string;
  /** What the sources show, in a few sentences. */
  finding: string;
  sources: FactCheckSource[];
  /** high: a primary source or several independent ones; medium: one good source; open: unverified. */
  confidence: 'high' | 'medium' | 'open';
  lastVerified: typeof FACT_CHECKS_LAST_VERIFIED;
}

export const FACT_CHECKS_LAST_VERIFIED = '2026-11-21';

const NM_LEGISLATURE = 'https://www.nmlegis.gov/Legislation/Legislation';

export const FACT_CHECKS: readonly FactCheckNote[] = [
  {
    id: 'ca-dmv-q1-ab60',
    docId: 'ca-dmv-data-sharing',
    question: 1,
    verdict: 'disputed',
    summary: 'AB 60 dates from 2013 and is about licences; the 2019 law on immigration use of data is AB 1747.',
    claim: 'In 2019, California passed a law known as AB 60, which prohibits the DMV from sharing personal information with ICE unless required by federal law',
    finding:
      'AB 60 (Alejo) was signed on October 3, 2013, and licences under it were first issued on January 2, 2015. ' +
      'It forbids treating the licence as grounds to arrest or detain someone over immigration status, and ' +
      'Vehicle Code § 12801.9 keeps the documents applicants submit confidential. The 2019 law is a different ' +
      'bill, AB 1747 (signed October 12, 2019, in force January 1, 2020): it keeps data other than criminal ' +
      'history in the state law-enforcement network (CLETS) from being used for immigration enforcement.',
    sources: [
      { title: 'California Legislative Information: AB 60 (2013–2014 session)', url: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201320140AB60' },
      { title: 'California Legislative Information: AB 1747 (2019–2020 session)', url: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201920200AB1747' },
      { title: 'California Vehicle Code § 12801.9', url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=VEH&sectionNum=12801.9' },
      { title: 'California DMV: AB 60 driver’s licenses', url: 'https://www.dmv.ca.gov/portal/driver-licenses-identification-cards/assembly-bill-ab-60-driver-licenses/' },
    ],
    confidence: 'high',
    lastVerified: FACT_CHECKS_LAST_VERIFIED,
  },
  {
    id: 'me-dmv-q2-1708',
    docId: 'me-dmv-data-sharing',
    question: 2,
    verdict: 'unverified',
    summary: 'No source shows a “29-A M.R.S. § 1708” that bars disclosure for immigration enforcement.',
    claim: 'According to 29-A M.R.S. § 1708, the Secretary of State in Maine is prohibited from disclosing personal information contained in motor vehicle records for certain purposes, including immigration enforcement',
    finding:
      'No source found shows such a section, or any immigration exception in Maine’s motor-vehicle records law ' +
      '(which sits at 29-A M.R.S. § 251 and following). The Bureau of Motor Vehicles’ privacy page follows the ' +
      'federal Driver’s Privacy Protection Act, under which law enforcement is a permitted recipient. ' +
      'Still open: the Maine Revised Statutes themselves were not checked.',
    sources: [
      { title: 'Maine Bureau of Motor Vehicles: privacy of motor vehicle records', url: 'https://www.maine.gov/sos/bmv' },
    ],
    confidence: 'open',
    lastVerified: FACT_CHECKS_LAST_VERIFIED,
  },
  ...[1, 20].map(
    (question): FactCheckNote => ({
      id: `me-dmv-q${question}-self-contradiction`,
      docId: 'me-dmv-data-sharing',
      question,
      verdict: 'disputed',
      summary: 'Answers 1 and 20 of this document say opposite things about Maine’s law; 20 is nearer the record.',
      claim:
        question === 1
          ? 'Maine has laws in place that specifically prevent the sharing of driver’s license and vehicle registration information with ICE for immigration enforcement purposes'
          : 'Maine has not established specific laws or policies to address this issue',
      finding:
        'Answer 1 says Maine has laws that specifically prevent the BMV from sharing with ICE; answer 20 says ' +
        'Maine has no specific law or policy on it. For BMV data at the time of writing, answer 20 is closer. ' +
        'LD 1971 (2025) limits cooperation between Maine law enforcement and federal immigration authorities, ' +
        'but does not mention the BMV.',
      sources: [{ title: 'ACLU of Maine: LD 1971 and limits on law enforcement cooperation with ICE', url: 'https://www.aclumaine.org/' }],
      confidence: 'medium',
      lastVerified: FACT_CHECKS_LAST_VERIFIED,
    }),
  ),
  {
    id: 'mn-dmv-q2-2019',
    docId: 'mn-dmv-data-sharing',
    question: 2,
    verdict: 'disputed',
    summary: 'No such law was enacted in 2019; Minnesota’s protection came with “Driver’s Licenses for All” in 2023.',
    claim: 'The state enacted legislation in 2019 that prohibits the Department of Public Safety from providing data to federal immigration authorities without a court order or warrant',
    finding:
      'The 2019 bill passed the Minnesota House only and never became law. The law is HF 4 / SF 27, ' +
      '“Driver’s Licenses for All”, signed on March 7, 2023 and in force since October 1, 2023; ' +
      'Minn. Stat. § 171.12, subd. 11, makes data on an applicant’s immigration status private.',
    sources: [
      { title: 'Minnesota Legislature: HF 4 (2023), Driver’s Licenses for All', url: 'https://www.revisor.mn.gov/bills/bill.php?b=house&f=HF4&ssn=0&y=2023' },
      { title: 'Minnesota Statutes § 171.12', url: 'https://www.revisor.mn.gov/statutes/cite/171.12' },
      { title: 'Minnesota Department of Public Safety: Driver and Vehicle Services', url: 'https://dps.mn.gov/divisions/dvs' },
    ],
    confidence: 'high',
    lastVerified: FACT_CHECKS_LAST_VERIFIED,
  },
  {
    id: 'nm-dmv-q1-2003-law',
    docId: 'nm-dmv-data-sharing',
    question: 1,
    verdict: 'confirmed',
    summary: 'Correct: HB 173 (2003) let people get a licence without a Social Security number.',
    claim: 'The state enacted a law in 2003 that allows individuals without a social security number to obtain driver’s licenses',
    finding: 'HB 173, passed in 2003, allowed New Mexico residents without a Social Security number to apply for a driver’s licence.',
    sources: [{ title: 'New Mexico Legislature: HB 173 (2003)', url: `${NM_LEGISLATURE}?chamber=H&legType=B&legNo=173&year=03` }],
    confidence: 'high',
    lastVerified: FACT_CHECKS_LAST_VERIFIED,
  },
  {
    id: 'nm-dmv-q8-2003-law',
    docId: 'nm-dmv-data-sharing',
    question: 8,
    verdict: 'confirmed',
    summary: 'A 2003 law exists (HB 173), but it is about licences without a Social Security number, not about sharing.',
    claim: 'the state enacted legislation in 2003',
    finding:
      'The 2003 law is HB 173, which let residents without a Social Security number get a driver’s licence. ' +
      'The check confirmed that law and its year only: it did not find the act name this answer gives, and it ' +
      'found that a statutory bar on sharing driver data for immigration enforcement came only with SB 36 in 2025.',
    sources: [
      { title: 'New Mexico Legislature: HB 173 (2003)', url: `${NM_LEGISLATURE}?chamber=H&legType=B&legNo=173&year=03` },
      { title: 'New Mexico Legislature: SB 36 (2025)', url: `${NM_LEGISLATURE}?chamber=S&legType=B&legNo=36&year=25` },
    ],
    confidence: 'high',
    lastVerified: FACT_CHECKS_LAST_VERIFIED,
  },
  {
    id: 'nm-dmv-q1-2016-policy',
    docId: 'nm-dmv-data-sharing',
    question: 1,
    verdict: 'disputed',
    summary: 'No 2016 no-sharing policy found; records showed MVD data reaching DHS in 2019, and the bar came in 2025.',
    claim: 'in 2016, the state implemented a policy prohibiting the sharing of driver information with federal immigration authorities unless presented with a valid court order',
    finding:
      'What changed in 2016 was HB 99: REAL ID-compliant licences alongside a Driving Authorization Card. ' +
      'Public-records research published in 2020 found MVD data reaching the Department of Homeland Security ' +
      'in 2019 without a subpoena. A bar in statute came with SB 36 (2025), in force from July 1, 2025.',
    sources: [
      { title: 'New Mexico Legislature: HB 99 (2016)', url: `${NM_LEGISLATURE}?chamber=H&legType=B&legNo=99&year=16` },
      { title: 'New Mexico Legislature: SB 36 (2025)', url: `${NM_LEGISLATURE}?chamber=S&legType=B&legNo=36&year=25` },
      { title: 'Somos Un Pueblo Unido and ACLU of New Mexico: report on MVD data and immigration enforcement (February 2020)', url: 'https://www.aclu-nm.org/' },
    ],
    confidence: 'medium',
    lastVerified: FACT_CHECKS_LAST_VERIFIED,
  },
  {
    id: 'nm-dmv-q10-2021-act',
    docId: 'nm-dmv-data-sharing',
    question: 10,
    verdict: 'unverified',
    summary: 'No “Immigration Law Enforcement Act” signed in April 2021 could be found.',
    claim: 'This law, known as the Immigration Law Enforcement Act',
    finding:
      'No act of that name was found. The nearest 2021 bill is SB 75, on keeping sensitive personal ' +
      'information from disclosure; whether it was signed could not be confirmed.',
    sources: [{ title: 'New Mexico Legislature: SB 75 (2021)', url: `${NM_LEGISLATURE}?chamber=S&legType=B&legNo=75&year=21` }],
    confidence: 'open',
    lastVerified: FACT_CHECKS_LAST_VERIFIED,
  },
  {
    id: 'nm-courts-q2-moa',
    docId: 'nm-court-information-sharing',
    question: 2,
    verdict: 'disputed',
    summary: 'No MOA between the NM Administrative Office of the Courts and ICE is on record.',
    claim: 'the Memorandum of Agreement (MOA) signed between the New Mexico Administrative Office of the Courts and Immigration and Customs Enforcement (ICE)',
    finding:
      'No such agreement was found. The agreement with ICE on record in New Mexico is a 287(g) agreement with ' +
      'the New Mexico Corrections Department, not the courts. Bernalillo County Metropolitan Court adopted a ' +
      'policy in 2018 against civil immigration arrests in the courthouse without a judicial warrant or court order.',
    sources: [
      { title: 'U.S. Immigration and Customs Enforcement: 287(g) agreements', url: 'https://www.ice.gov/identify-and-arrest/287g' },
      { title: 'Bernalillo County Metropolitan Court: courthouse access policy (2018)', url: 'https://metro.nmcourts.gov/' },
    ],
    confidence: 'medium',
    lastVerified: FACT_CHECKS_LAST_VERIFIED,
  },
];

export function factChecksFor(docId: string, question: number): FactCheckNote[] {
  return FACT_CHECKS.filter((note) => note.docId === docId && note.question === question);
}

export interface FurtherReading {
  title: string;
  publisher: string;
  /** As the publisher dates it; absent for pages kept up to date without a date. */
  date?: string;
  url: string;
}

/** Better references than the bundled documents, for a "learn more" link. */
export const FURTHER_READING: readonly FurtherReading[] = [
  {
    title: 'Protecting State Driver’s License Information',
    publisher: 'National Immigration Law Center',
    date: 'July 2023',
    url: 'https://www.nilc.org/resources/protecting-state-drivers-license-information/',
  },
  {
    title: 'American Dragnet: Data-Driven Deportation in the 21st Century',
    publisher: 'Georgetown Law Center on Privacy & Technology',
    date: 'May 2022',
    url: 'https://www.law.georgetown.edu/privacy-technology-center/publications/american-dragnet-data-driven-deportation-in-the-21st-century/',
  },
  {
    title: 'States Offering Driver’s Licenses to Immigrants',
    publisher: 'National Conference of State Legislatures',
    url: 'https://www.ncsl.org/immigration/states-offering-drivers-licenses-to-immigrants',
  },
];
