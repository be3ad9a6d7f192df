import { CHECKED_ON, type Source, type StateStatus } from '@/data/checked-types';
import {
  ACLU_ME_LD1971,
  BMV_PRIVACY,
  DIRIGO_LD1971,
  INFORME_DPPA,
  LD2106_BILLTRACK,
  LD306_AMENDMENT,
} from '@/data/sources/maine';
import { HOODLINE_NLETS, MERITALK_NLETS, VOZ_RECIPIENTS, WYDEN_RELEASE } from '@/data/sources/national';

/** Pages returned by searches of stored public pages. */
const S = {
  bmvNoncitizen: {
    title: 'Maine BMV: Legal Presence, Non-Citizen (proof of legal presence required)',
    url: 'https://www11.maine.gov/sos/bmv/licenses/noncitizen.html',
  },
  pl2007c648: {
    title: 'Maine Public Law 2007, c. 648: An Act To Enhance the Security of State Credentials',
    url: 'https://mainelegislature.org/ros/LOM/lom123rd/123S1/PUBLIC648.asp',
  },
  ailaLd2309: {
    title: 'AILA: Maine passed law requiring proof of legal presence to issue driver’s licenses (LD 2309, Apr 2008)',
    url: 'http://www.aila.org/content/default.aspx?textsize=small&bc=6755%7C37844%7C37846%7C35536%7C25783',
  },
  bdn2008: {
    title: 'Bangor Daily News: Baldacci enacts bill that tightens standards for getting a driver’s license (2008)',
    url: 'https://archive.bangordailynews.com/2008/04/19/baldacci-enacts-bill-that-tightens-standards-for-getting-a-drivers-license/',
  },
  ilap2021: {
    title: 'ILAP testimony (2021): Maine law bars residents without status from getting a driver’s license',
    url: 'https://ilapmaine.org/ilap-news/04/29/2021',
  },
  houseDems: {
    title: 'Maine House Democrats: Rep. Dhalac statement on LD 1971',
    url: 'https://www.maine.gov/housedems/news/rep-dhalac-issues-statement-ld-1971',
  },
  centralMaine: {
    title: 'Central Maine: Gov. Mills will allow bill limiting police collaboration with ICE to become law',
    url: 'https://www.centralmaine.com/2025/12/15/gov-mills-will-allow-bill-limiting-police-collaboration-with-ice-to-become-law',
  },
  millsLd2106: {
    title: 'Governor Mills supports LD 2106 to keep ICE out of schools, health care facilities and libraries (Jan 29, 2026)',
    url: 'https://www.einpresswire.com/article/887683707/governor-mills-announces-support-of-bill-to-keep-ice-out-of-schools-health-care-facilities-public-libraries',
  },
} satisfies Record<string, Source>;

export const MAINE_STATUS: StateStatus = {
  code: 'ME',
  headline:
    'No state law limits what Maine’s BMV gives immigration enforcement: LD 1971 (in force mid-July 2026) restricts police and jails, not the BMV, and ICE could still search Maine driver records through Nlets as of Nov 2025; licences require proof of legal presence.',
  licences: {
    verdict: 'no',
    text:
      'Since a 2008 law, Maine issues driver’s licences and state IDs only to applicants who prove legal presence in the US, and the BMV still asks non-citizens for it. A bill to drop the requirement (LD 1138) was found, but no source shows it became law.',
    laws: ['me-legal-presence-2008'],
    sources: [S.bmvNoncitizen, S.pl2007c648, S.ailaLd2309, S.ilap2021],
    confidence: 'medium',
  },
  dmvLimits: {
    verdict: 'no',
    text:
      'No Maine law restricts what the BMV gives immigration authorities. The BMV follows the federal DPPA, which lets law enforcement receive personal data (photos and Social Security numbers have extra limits that still allow government and police use). LD 1971 limits police and jails and does not name the BMV.',
    laws: ['us-dppa-1994', 'me-ssn-confidentiality-2011', 'me-ld1971-2025'],
    sources: [BMV_PRIVACY, INFORME_DPPA, LD306_AMENDMENT, DIRIGO_LD1971],
    confidence: 'medium',
  },
  nlets: {
    verdict: 'no',
    text:
      'The Nov 12, 2025 letters from Sen. Wyden, Rep. Espaillat and 38 members of Congress included one to Gov. Mills. At that date only Illinois, New York, Massachusetts, Minnesota and Washington had blocked ICE in Nlets, with Oregon working on it; Maine had not. No later source found shows that Maine has blocked it since.',
    laws: [],
    sources: [WYDEN_RELEASE, VOZ_RECIPIENTS, MERITALK_NLETS, HOODLINE_NLETS],
    confidence: 'medium',
    asOf: '2025-11-12',
  },
  laws: [
    {
      id: 'me-ld1971-2025',
      name: 'LD 1971 (132nd Legislature, 2025 session), An Act to Protect Workers in This State by Clarifying the Relationship Between State and Local Law Enforcement Agencies and Federal Immigration Authorities',
      citation: '5 M.R.S. c. 337-E',
      year: 2026,
      effective: '2026-07',
      does:
        'Passed in June 2025 and became law without the governor’s signature on Jan 11, 2026. It bars state, county and local police and jails from civil immigration enforcement, from holding people on ICE detainers and from giving immigration authorities non-public personal details; it does not name the BMV.',
      sources: [DIRIGO_LD1971, ACLU_ME_LD1971, S.houseDems, S.centralMaine],
    },
    {
      id: 'us-dppa-1994',
      name: 'Driver’s Privacy Protection Act of 1994 (federal)',
      citation: '18 U.S.C. § 2721 ff.; Maine BMV rules adopted 1997',
      year: 1994,
      does:
        'Limits what state motor-vehicle agencies may release from driver records, but lists law enforcement and other government use among the permitted uses; Maine’s BMV privacy policy follows it.',
      sources: [BMV_PRIVACY, INFORME_DPPA],
    },
    {
      id: 'me-legal-presence-2008',
      name: 'LD 2309 (2008), An Act To Enhance the Security of State Credentials',
      citation: 'P.L. 2007, c. 648; 29-A M.R.S. § 1301(2-A), § 1410(8)',
      year: 2008,
      does:
        'Requires proof of legal presence for a Maine driver’s licence or state ID and had the Secretary of State join the federal SAVE immigration-status check.',
      sources: [S.pl2007c648, S.ailaLd2309, S.bdn2008],
    },
    {
      id: 'me-ssn-confidentiality-2011',
      name: 'Social Security number confidentiality for licence applicants',
      citation: '29-A M.R.S. § 1301(6-A), enacted by P.L. 2011, c. 149, § 4',
      year: 2011,
      does:
        'Limits passing on applicants’ Social Security numbers without legislative authorization; the text shown in a 2017 amendment allows uses the DPPA permits, so government use is not excluded.',
      sources: [LD306_AMENDMENT],
    },
    {
      id: 'me-ld2106-2026',
      name: 'LD 2106 (2026), limits on consent to entry and on access to protected records of certain public bodies',
      citation: 'LD 2106, 132nd Maine Legislature (chapter number not found)',
      year: 2026,
      does:
        'Signed Apr 23, 2026: model policies to limit immigration agents’ entry to non-public areas and access to protected records of schools, colleges, state institutions and libraries without a court order; BMV records are not among them.',
      sources: [LD2106_BILLTRACK, S.millsLd2106],
    },
  ],
  notCovered: [
    'LD 1971 governs police, sheriffs and jails; it does not name the BMV or the Secretary of State’s records.',
    'No source shows whether LD 1971’s limit on police sharing non-public personal details reaches ICE’s own lookups of BMV records through Nlets.',
    'The federal DPPA and Maine’s BMV privacy rules allow law enforcement and government agencies to receive personal data; they create no ICE-specific or court-order rule.',
    'LD 2106 (2026) protects records of schools, colleges, state institutions and libraries, not BMV records.',
    'The governor’s December 2025 repeal of the 2011 pro-cooperation executive order and the BMV’s January 2026 pause on new undercover plates for Customs and Border Protection do not, as far as sources show, change access to driver records.',
    'No Maine law or statewide court rule limiting courthouse immigration arrests was found.',
  ],
  checked: CHECKED_ON,
  confidence: 'medium',
};
