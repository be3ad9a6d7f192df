import { CHECKED_ON, type Source, type StateStatus } from '@/data/checked-types';
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
  NBC_AB1747,
  SB54_CAPIMPACT,
  SB54_WIKI,
  SECURE_JUSTICE,
} from '@/data/sources/california';
import { DPPA_TN, MERITALK_NLETS, VOZ_RECIPIENTS, WYDEN_RELEASE } from '@/data/sources/national';

/**
 * California: what the law says now about DMV data and immigration enforcement, checked against stored
 * copies of public pages. Wording is the project's own.
 */

const AB60_CHAPTER: Source = {
  title: 'Philip Levin & Associates: AB 60 (Chapter 524, Statutes of 2013) explained',
  url: 'https://lpimmigration.com/blog/california-assembly',
};
const AB60_COURTHOUSE_NEWS: Source = {
  title: 'Courthouse News: NILC demands records on DHS–ICE sharing (AB 60 licences from Jan 2, 2015)',
  url: 'https://www.courthousenews.com/info-demanded-on-dhs-ice-record-sharing/',
};
const SB54_ACLU_STATUS: Source = {
  title: 'ACLU of San Diego & Imperial Counties: California Values Act, SB 54 (signed Oct 5, 2017)',
  url: 'https://www.aclu-sdic.org/en/legislation/california-values-act-sb-54',
};
const SB54_TOOLKIT: Source = {
  title: 'ACLU of Southern California: CA Values Act toolkit (in effect January 2018)',
  url: 'https://www.aclusocal.org/en/ca-values-toolkit',
};
const SB54_BROWN: Source = {
  title: 'Davis Vanguard: Governor Brown’s signing statement on SB 54 (what the bill does not do)',
  url: 'https://www.davisvanguard.org/2017/10/governor-signs-sb-54-california-values-act/',
};
const AB1747_LEGIPLEX: Source = {
  title: 'Legiplex: AB 1747 summary (amends Government Code § 15160; effective Jan 1, 2020)',
  url: 'https://app.legiplex.com/lpx/bill/198142',
};
const AB668_PLURAL: Source = {
  title: 'Open States: California AB 668 (2019), Courthouses: privilege from civil arrest (Chapter 787, Statutes of 2019)',
  url: 'https://open.pluralpolicy.com/ca/bills/20192020/AB668',
};
const AB668_HORVITZ: Source = {
  title: 'Horvitz & Levy: California enacts law curbing immigration arrests at courthouses (Oct 2019)',
  url: 'https://www.horvitzlevy.com/?p=12739',
};
const AB668_CAAA: Source = {
  title: 'CAAA: Governor Newsom signs AB 668 (Oct 12, 2019)',
  url: 'https://www.caaa.org/?pg=latestnews&blAction=showEntry&blogEntry=8794',
};
const SB31_TEXT: Source = {
  title: 'LegiScan: SB 31 (2019), the earlier identical courthouse bill adding Civil Code § 43.54',
  url: 'https://www.legiscan.com/CA/text/SB31/2019',
};
const JALOPNIK_JAN_2026: Source = {
  title: 'Jalopnik: states locking out ICE from data networks (Jan 12, 2026; California not among them)',
  url: 'https://www.jalopnik.com/2073967/democratic-republican-states-locking-out-ice/',
};
const PAPERS_PLEASE: Source = {
  title: 'Identity Project (Papers, Please): California legislature agrees to upload driver’s licenses to national database (June 27, 2026)',
  url: 'https://papersplease.org/wp/2026/06/27/california-legislature-agrees-to-upload-drivers-licenses-to-national-database/',
};

export const CALIFORNIA_STATUS: StateStatus = {
  code: 'CA',
  headline:
    'Licences for all since 2015 and state law bars immigration use of DMV data in the police network (AB 1747), but ICE still had self-service Nlets access as of Nov 2025 and the 2026 budget sends licence data to a national AAMVA database.',
  licences: {
    verdict: 'yes',
    text:
      'Since January 2015 the DMV must issue a driver’s licence to residents who cannot prove lawful presence if they prove identity and California residency and pass the tests (AB 60, Vehicle Code § 12801.9).',
    laws: ['ca-ab60-2013'],
    sources: [AB60_BILLTRACK, AB60_WILLITS, AB60_COURTHOUSE_NEWS],
    confidence: 'high',
  },
  dmvLimits: {
    verdict: 'partly',
    text:
      'AB 60 keeps applicants’ documents out of the public record and bars using the licence as grounds for arrest, and since 2020 AB 1747 forbids anyone on the state police network (CLETS) from using DMV and other non-criminal data for immigration enforcement; SB 54 bars police from handing over personal details. No law found directly stops the DMV answering an individual request (the federal DPPA lets DMVs release records to government agencies), and the 2026 budget authorized uploading licence records to a national AAMVA database.',
    laws: ['ca-ab60-2013', 'ca-ab1747-2019', 'ca-sb54-2017'],
    sources: [AB1747_PLURAL, A80_AB1747_SIGNED, ACLU_KYR_2017, ACLU_SOCAL_RISK, EFF_CLETS_RULES, DPPA_TN, CALMATTERS_JUNE_2026, PAPERS_PLEASE],
    confidence: 'medium',
  },
  nlets: {
    verdict: 'no',
    text:
      'On Nov 12, 2025 members of Congress wrote to Gov. Newsom that California was giving ICE self-service access to residents’ DMV data through Nlets; only Illinois, New York, Massachusetts, Minnesota and Washington had blocked it. No later source found says California has blocked ICE there (a Jan 2026 list of states that did omits it).',
    laws: [],
    sources: [SECURE_JUSTICE, VOZ_RECIPIENTS, WYDEN_RELEASE, MERITALK_NLETS, JALOPNIK_JAN_2026],
    confidence: 'medium',
    asOf: '2025-11-12',
  },
  courthouse: {
    verdict: 'yes',
    text:
      'AB 668 (signed Oct 12, 2019) says no one may be civilly arrested in a courthouse while attending a court proceeding or having legal business there, which covers civil immigration arrests by ICE.',
    laws: ['ca-ab668-2019'],
    sources: [AB668_PLURAL, AB668_HORVITZ, AB668_CAAA],
    confidence: 'high',
  },
  laws: [
    {
      id: 'ca-ab60-2013',
      name: 'AB 60 (2013), Safe and Responsible Drivers Act',
      citation: 'Stats. 2013, ch. 524; Vehicle Code § 12801.9',
      year: 2013,
      effective: '2015-01',
      does:
        'Licences regardless of immigration status (applications from Jan 2, 2015); applicants’ documents are not public records; the licence may not be used as a basis for arrest or detention over status.',
      sources: [AB60_BILLTRACK, AB60_CHAPTER, AB60_WILLITS, AB60_DMV_IMPLEMENT],
    },
    {
      id: 'ca-sb54-2017',
      name: 'SB 54 (2017), California Values Act',
      citation: 'Government Code § 7284 et seq. (Chapter 17.25)',
      year: 2017,
      effective: '2018-01',
      does:
        'Bars state and local police from using their resources for immigration enforcement, including giving out personal information such as home addresses, and has the Attorney General set rules limiting immigration use of police databases; it does not bind ICE itself.',
      sources: [SB54_ACLU_STATUS, SB54_TOOLKIT, SB54_WIKI, SB54_CAPIMPACT, SB54_BROWN],
    },
    {
      id: 'ca-ab1747-2019',
      name: 'AB 1747 (2019), California Law Enforcement Telecommunications System: immigration',
      citation: 'Stats. 2019, ch. 789; Government Code § 15160',
      year: 2019,
      effective: '2020-01-01',
      does:
        'Users of CLETS, the state police network that carries DMV licence and registration data, may not use anything but criminal-history information for immigration enforcement; from July 1, 2021 non-criminal queries must state a reason and the Attorney General may audit users.',
      sources: [AB1747_PLURAL, AB1747_LEGIPLEX, A80_AB1747_SIGNED, NBC_AB1747, CLETS_ERO_CUTOFF],
    },
    {
      id: 'ca-ab668-2019',
      name: 'AB 668 (2019), Courthouses: privilege from civil arrest',
      citation: 'Stats. 2019, ch. 787; Civil Code § 43.54',
      year: 2019,
      does:
        'No civil arrest in a courthouse of a person attending a court proceeding or having legal business there; judges may enforce the privilege and the Attorney General may sue over violations.',
      sources: [AB668_PLURAL, AB668_HORVITZ, AB668_CAAA, SB31_TEXT],
    },
  ],
  notCovered: [
    'AB 60 protects applicants’ documents from public release, but it does not itself forbid the DMV from giving a person’s record to ICE; the ACLU warned that ICE could ask for an address and photo.',
    'AB 1747 and SB 54 govern police and the CLETS network; they did not switch off ICE’s self-service Nlets lookups of California DMV data, which were still open as of the Nov 12, 2025 letter.',
    'AB 1747 still allows criminal-history information to be used for immigration enforcement.',
    'The June 2026 budget lets the DMV upload licence and ID records (with the last five digits of the Social Security number, or 99999 where there is none) to AAMVA’s State-to-State system for REAL ID; safeguards such as a DMV monitoring plan by July 2027, annual reports and a state audit were in a companion measure reported as expected to be signed, and advocates warn court orders to AAMVA could still reach the data.',
    'Bills to go further were not enacted as far as found: AB 1300 (2025, judicial warrant for sharing personal data with immigration agencies) died in January 2026; the fate of AB 2156 (2026, barring release of addresses, photos or AB 60 status) was not confirmed.',
    'AB 668 covers civil arrests inside courthouses only; it does not reach arrests on the street or at home.',
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};
