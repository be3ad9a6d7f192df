/**
 * Minnesota: what the law says now about DMV (Driver and Vehicle Services) data and immigration
 * enforcement, checked against stored copies of public pages.
 */
import { CHECKED_ON, type Source, type StateStatus } from '@/data/checked-types';
import {
  CBS_SIGNING,
  KROX_CH13,
  MN_168_346,
  STRIB_DVS_2024,
  SUBD11_TEXT,
  UNICORN_PRIVACY,
  VOA_EFFECTIVE,
} from '@/data/sources/minnesota';
import { DPPA_USES, HOODLINE_NLETS, INDEPENDENT_NLETS, MERITALK_NLETS, WYDEN_RELEASE } from '@/data/sources/national';

const HF4_HISTORY: Source = {
  title: 'LegiPlex: Minnesota HF 4 (2023) bill history and summary (chaptered Mar 7, 2023)',
  url: 'https://app.legiplex.com/mn/legislature/2023/2023-r/bills/hf4',
};
const STRIB_COURT_2025: Source = {
  title: 'Star Tribune: Minnesota Supreme Court passes on policy change to prevent ICE arrests at courthouses (Apr 1, 2025)',
  url: 'https://prod-www.startribune.com/minnesota-supreme-court-passes-on-policy-change-to-prevent-ice-arrests-at-courthouses/601312179',
};
const STRIB_COURT_2026: Source = {
  title: 'Star Tribune: White House, Minnesota chief justice quietly negotiated deal over ICE enforcement in courts (Feb 21, 2026)',
  url: 'https://www.startribune.com/white-house-minnesota-supreme-court-chief-justice-quietly-negotiated-deal-over-ice-enforcement-in-courts/601586071',
};
const SENATE_BILL_2026: Source = {
  title: 'Maple Grove Daily: As the clock ticks, could anything revive measures to rein in ICE? (May 2026)',
  url: 'https://maplegrovedaily.com/as-the-clock-ticks-could-anything-revive-measures-to-rein-in-ice/',
};

export const MINNESOTA_STATUS: StateStatus = {
  code: 'MN',
  headline:
    'Minnesota licenses drivers regardless of status (HF 4, 2023) and keeps DVS immigration-status data private by law; ICE’s self-service Nlets access was reported blocked as of Nov 2025.',
  licences: {
    verdict: 'yes',
    text:
      'Since Oct 1, 2023, Minnesota issues standard (non-REAL ID) driver’s licences and ID cards without proof of citizenship or lawful presence, under HF 4 signed by Gov. Walz on Mar 7, 2023.',
    laws: ['mn-hf4-2023'],
    sources: [CBS_SIGNING, KROX_CH13, VOA_EFFECTIVE],
    confidence: 'high',
  },
  dmvLimits: {
    verdict: 'partly',
    text:
      'Minn. Stat. § 171.12 subd. 11 makes immigration-status data (whether an applicant proved citizenship or lawful presence, and the documents used) private and bars DVS from sharing it beyond its licensing division and the Secretary of State. Other licence data may be shared as state or federal law allows; DVS says it gives data to immigration authorities only under a judge’s order, but that rule was found in its statements, not in the statute text seen.',
    laws: ['mn-hf4-2023'],
    sources: [SUBD11_TEXT, STRIB_DVS_2024, UNICORN_PRIVACY],
    confidence: 'medium',
  },
  nlets: {
    verdict: 'yes',
    text:
      'Citing Nlets, the Nov 12, 2025 letter by Sen. Wyden, Rep. Espaillat and 38 members of Congress named Minnesota with Illinois, Massachusetts and New York as states that had already blocked ICE’s access to their DMV data through Nlets (Washington followed). When Minnesota did so, and whether the block also covers HSI, was not found.',
    laws: [],
    sources: [WYDEN_RELEASE, HOODLINE_NLETS, INDEPENDENT_NLETS, MERITALK_NLETS],
    confidence: 'high',
    asOf: '2025-11-12',
  },
  laws: [
    {
      id: 'mn-hf4-2023',
      name: 'HF 4 / SF 27 (2023), Driver’s Licenses for All',
      citation: 'Laws 2023, ch. 13; Minn. Stat. § 171.12 subd. 11',
      year: 2023,
      effective: '2023-10-01',
      does:
        'Lets residents get a standard licence or ID without proving lawful presence, and makes immigration-status data held by DVS private, shared only within DVS and with the Secretary of State.',
      sources: [KROX_CH13, HF4_HISTORY, CBS_SIGNING, VOA_EFFECTIVE, SUBD11_TEXT],
    },
  ],
  notCovered: [
    'The statute protects immigration-status data only; other licence data such as name, address and photo may still be shared as state or federal law allows, and the court-order rule is DVS’s stated practice rather than text found in the statute.',
    'The federal Driver’s Privacy Protection Act still lets government agencies, law enforcement included, receive driver records without the person’s consent; there is no individual opt-out from that.',
    'The Nlets block is an administrative step reported in Nov 2025, not a law; no published date or rule for it was found, and no source says whether it also covers Homeland Security Investigations or other DHS agencies.',
    'HF 4 does not limit police or jail cooperation with ICE in general.',
    'No state law or statewide court rule limits civil immigration arrests at courthouses: the chief justice declined a statewide policy in March 2025, ICE’s February 2026 commitments to the chief justice are informal, and a 2026 bill with courthouse limits passed the Senate 34–33 but no source shows it became law.',
  ],
  checked: CHECKED_ON,
  confidence: 'high',
};

// Sources kept for the courthouse note above (no courthouse finding: there is no state law or rule).
export const MINNESOTA_COURTHOUSE_CONTEXT: readonly Source[] = [STRIB_COURT_2025, STRIB_COURT_2026, SENATE_BILL_2026];
export const MINNESOTA_DPPA_CONTEXT: readonly Source[] = [MN_168_346, DPPA_USES];
