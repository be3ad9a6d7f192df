/**
 * California pages cited by both the review of the bundled California DMV answers and the state’s
 * status (or the glossary). Declared once so a corrected title or address reaches every citation.
 */
import type { Source } from '@/data/checked-types';

export const AB60_BILLTRACK: Source = {
  title: 'BillTrack50: CA AB 60 (2013–14), Driver’s licenses: eligibility: required documentation (signed Oct 3, 2013)',
  url: 'https://www.billtrack50.com/BillDetail/297355',
};
export const AB60_WILLITS: Source = {
  title: 'Willits News: Ask the DMV about AB 60 (applications from Jan 2, 2015)',
  url: 'https://www.willitsnews.com/2015/01/03/ask-the-dmv-about-ab-60-2/',
};
export const AB60_DMV_IMPLEMENT: Source = {
  title: 'DMV announcement on implementing AB 60 (reposted): licence may not be used for arrest or detention over status',
  url: 'https://www.fels.net/1/labor-safety/immigration-blog/377-dmv-update-on-implementation-of-immigrant-drivers-licenses.html',
};
export const ACLU_SOCAL_RISK: Source = {
  title: 'ACLU of Southern California: Is there a risk when applying for an AB 60 driver license?',
  url: 'https://www.aclusocal.org/en/news/there-risk-when-applying-ab-60-driver-license',
};
export const ACLU_KYR_2017: Source = {
  title: 'ACLU know-your-rights on AB 60 (reposted by Davis Vanguard, Feb 2017)',
  url: 'https://www.davisvanguard.org/2017/02/know-your-rights-ab-60-in-an-era-of-resistance/',
};

export const NBC_AB1747: Source = {
  title: 'NBC 7 San Diego: New California law to protect personal information on state databases from immigration authorities',
  url: 'https://www.nbcsandiego.com/news/local/ice-drivers-license-gonzales/1966317/',
};
export const A80_AB1747_SIGNED: Source = {
  title: 'Asm. Lorena Gonzalez: Governor signs immigrant data privacy bill AB 1747 (Oct 12, 2019)',
  url: 'https://a80.asmdc.org/press-releases/governor-signs-immigrant-data-privacy-bill-lorena-gonzalez',
};
export const AB1747_PLURAL: Source = {
  title: 'Open States: California AB 1747 (2019), CLETS: immigration (Chapter 789, Statutes of 2019)',
  url: 'https://open.pluralpolicy.com/ca/bills/20192020/AB1747',
};
export const CLETS_ERO_CUTOFF: Source = {
  title: 'EFF op-ed (Common Dreams): California DOJ cuts off ICE deportation officers from CLETS (Dec 2019)',
  url: 'https://www.commondreams.org/views/2019/12/18/california-doj-cuts-ice-deportation-officers-state-law-enforcement-database?cd-origin=rss',
};
export const EFF_CLETS_RULES: Source = {
  title: 'EFF: asking California DOJ to enforce the ban on using CLETS for immigration enforcement (June 2019)',
  url: 'https://www.eff.org/zh-hans/deeplinks/2019/06/eff-california-doj-enforce-prohibition-assisting-immigration-enforcement',
};

export const SB54_WIKI: Source = {
  title: 'Wikipedia: California Senate Bill 54 (2017)',
  url: 'https://en.wikipedia.org/wiki/California_Senate_Bill_54_(2017)',
};
export const SB54_CAPIMPACT: Source = {
  title: 'Capitol Impact (McGeorge): SB 54 explained',
  url: 'https://www.capimpactca.com/2017/11/uplr-session-010-sb-54/',
};

export const SECURE_JUSTICE: Source = {
  title: 'Secure Justice: California’s immigration firewall has a blind spot (quotes the Nov 12, 2025 letter to Gov. Newsom)',
  url: 'https://secure-justice.org/blog/californias-immigration-firewall-has-a-blind-spot',
};
export const CALMATTERS_JUNE_2026: Source = {
  title: 'CalMatters (via Modesto Focus): California to share driver license data despite fears (June 2026)',
  url: 'https://themodestofocus.org/california-to-share-driver-license-data-despite-fears-it-could-expose-unauthorized-immigrants/',
};
export const IPTP_AAMVA: Source = {
  title: 'Immigration Policy Tracking Project: concerns about federal access after California shares immigrant-driver data with AAMVA (Apr. 2026)',
  url: 'https://immpolicytracking.org/policies/california-to-share-data-on-immigrant-drivers-nationally/',
};
