/**
 * Pages about no single state, each cited from more than one file: the coverage of the Nov 12, 2025
 * letters on ICE’s access to DMV data through Nlets, the federal DPPA, and the multi-state surveys.
 * Declared once so a corrected title or address reaches every citation.
 */
import type { Source } from '@/data/checked-types';

/** A republished copy: the page the searches returned. */
export const WYDEN_RELEASE: Source = {
  title: 'Sen. Wyden press release: Wyden, Espaillat and 38 members of Congress urge governors to block ICE from DMV data via Nlets (Nov. 12, 2025)',
  url: 'https://pubt.io/view/4D7AD966B0207EEEDAF24C9918948AA95580375E',
};
export const VOZ_RECIPIENTS: Source = {
  title: 'Voz, Nov 13, 2025: the 19 governors who received the Nlets letters, by name',
  url: 'https://voz.us/en/politics/251113/30912/congressional-democrats-call-on-every-state-in-the-country-to-block-ice-access-to-driver-data.html',
};
export const MERITALK_NLETS: Source = {
  title: 'MeriTalk: Democrats warn states of ICE’s quiet access to DMV records; only five states block ICE (Nov. 2025)',
  url: 'https://meritalk.com/articles/democrats-warn-states-of-ices-quiet-access-to-dmv-records',
};
export const HOODLINE_NLETS: Source = {
  title: 'Hoodline: Congress members urge Democratic governors to limit ICE access to DMV data (Nov 13, 2025)',
  url: 'https://hoodline.com/2025/11/congress-members-urge-democratic-governors-to-limit-ice-access-to-dmv-data-over-privacy-concerns/',
};
export const FEDSCOOP_NLETS: Source = {
  title: 'FedScoop: Dem governors unwittingly share DMV data with ICE, lawmakers warn (Nov. 2025)',
  url: 'https://fedscoop.com/ice-database-drivers-license-registration-facial-recognition',
};
export const FINDARTICLES_NLETS: Source = {
  title: 'FindArticles: Democrats warn governors on DMV data shared with ICE — photos and face recognition (Nov. 2025)',
  url: 'https://www.findarticles.com/democrats-warn-governors-on-dmv-data-shared-with-ice',
};
export const INDEPENDENT_NLETS: Source = {
  title: 'The Independent: Only these four Democratic-led states aren’t sharing drivers’ data with ICE (Nov 12, 2025)',
  url: 'https://www.the-independent.com/news/world/americas/ice-democratic-states-protecting-drivers-license-data-b2864155.html',
};

export const NILC_PROTECT_2019: Source = {
  title: 'NILC: Protecting State Driver’s License Information (Aug 2019)',
  url: 'https://www.nilc.org/issues/drivers-licenses/protecting-state-drivers-license-information/',
};
export const NILC_PROTECT_2023: Source = {
  title: 'NILC: Protecting State Driver’s License Information (last updated July 2023)',
  url: 'https://www.nilc.org/protecting-state-drivers-license-information/',
};
export const AMERICAN_DRAGNET: Source = {
  title: 'Georgetown Law Center on Privacy & Technology: American Dragnet (2022)',
  url: 'https://www.law.georgetown.edu/privacy-technology-center/publications/american-dragnet-data-driven-deportation-in-the-21st-century/',
};
export const NCSL_LIST: Source = {
  title: 'NCSL: States Offering Driver’s Licenses to Immigrants (19 states and DC named)',
  url: 'https://www.ncsl.org/immigration/states-offering-drivers-licenses-to-immigrants',
};
export const NCSL_2014: Source = {
  title: 'NCSL: States Offering Driver’s Licenses to Immigrants (Nov 2014)',
  url: 'http://www.ncsl.org/research/immigration/states-offering-driver-s-licenses-to-immigrants.aspx',
};

export const DPPA_TEXT: Source = {
  title: 'FindLaw: 18 U.S.C. § 2721, Prohibition on release and use of personal information from state motor vehicle records',
  url: 'http://codes.lp.findlaw.com/uscode/18/I/123/2721',
};
export const DPPA_TN: Source = {
  title: 'Tennessee DOS: Federal Driver’s Privacy Protection Act (government and law-enforcement use permitted)',
  url: 'https://www.tn.gov/help/app-faq/help-and-faqs-for-driver-license-inquiries1/federal-driver-s-privacy-protection-act.html',
};
export const DPPA_USES: Source = {
  title: 'Tennessee DOS: Federal Driver’s Privacy Protection Act, permitted uses (government agencies incl. law enforcement)',
  url: 'https://apps.tn.gov/imvr/dppa.html',
};
