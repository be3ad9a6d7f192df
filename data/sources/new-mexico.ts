/**
 * New Mexico pages cited by more than one of the reviews of the bundled DMV and courts answers and
 * the state’s DMV and courts status. Declared once so a corrected title or address reaches every
 * citation.
 */
import type { Source } from '@/data/checked-types';

export const SB36_STATUS: Source = {
  title: 'Roadrunner Capitol Reports: SB 36 (2025) bill detail — signed by the governor Apr. 10, Laws 2025 ch. 138, effective July 1, 2025',
  url: 'https://www.roadrunnercapitol.com/legislation-public.php?legislation_id=362',
};
export const SB36_MVC: Source = {
  title: 'Insurance Business: New Mexico SB 36 amends § 66-2-7.1 of the Motor Vehicle Code (effective July 1, 2025)',
  url: 'https://insurancebusinessmag.com/us/news/claims/new-mexico-clamps-down-on-personal-data-sharing--insurers-take-note-532804.aspx',
};
export const SB36_SUMMARY: Source = {
  title: 'FastDemocracy: bill summary of New Mexico SB 36 (2025), Nondisclosure of Sensitive Personal Information Act',
  url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=NMB00011105&billsummary_session=2025&billsummary_state=nm',
};
export const SB36_CIVIL: Source = {
  title: 'El Semanario (Source NM): SB 36 would bar MVD staff from giving driver data for civil immigration enforcement; buyers must certify (Apr. 10, 2025)',
  url: 'https://www.elsemanarioonline.com/groups-ask-nm-governor-to-protect-immigrants-and-sexual-assault-survivors-personal-data',
};
export const SB36_FELONY: Source = {
  title: 'Grant County Beat: SB 36 passes the House 42–23; felony proceedings not affected (2025)',
  url: 'https://grantcountybeat.com/home/2025-nm-legislative-session/legislation-to-safeguard-new-mexicans-personal-data-headed-to-the-governors-desk',
};

export const MVC_2007_TEXT: Source = {
  title: 'New Mexico Legislature: SB 591 (2007) final text of § 66-2-7.1 — allows disclosure for use by any governmental agency',
  url: 'https://www.nmlegis.gov/Sessions/07%20Regular/final/SB0591.html',
};
export const ACLU_SOMOS_2020: Source = {
  title: 'ACLU of New Mexico: Somos Un Pueblo Unido and ACLU-NM report on state agencies’ disclosures to DHS in 2019 (Feb. 3, 2020)',
  url: 'https://aclu-nm.org/en/node/1030',
};
export const REPORT_2025: Source = {
  title: 'Source NM (republished): report on how ICE can reach New Mexico motor vehicle and other data through data brokers (Jan. 30, 2025)',
  url: 'https://usnewsandbusiness.com/?p=77745',
};
export const NMPR_2019: Source = {
  title: 'NM Political Report: NM won’t provide driver’s license data to Trump administration (Oct. 25, 2019)',
  url: 'https://nmpoliticalreport.com/2019/10/25/nm-wont-provide-drivers-license-data-to-trump-administration/',
};
export const NILC_2013: Source = {
  title: 'NILC: Driver’s Licenses in New Mexico (Jan. 10, 2013)',
  url: 'https://www.nilc.org/issues/drivers-licenses/nr011013/',
};
export const HB99_SIGNED: Source = {
  title: 'NM Political Report: Gov signed the REAL ID bill, so what’s next? (Mar. 9, 2016)',
  url: 'https://nmpoliticalreport.com/2016/03/09/gov-signed-the-real-id-bill-so-whats-next/',
};
export const HB99_TEXT: Source = {
  title: 'New Mexico Legislature: HB 99 (2016) text — REAL ID compliance and driving cards for certain foreign nationals',
  url: 'https://www.nmlegis.gov/Sessions/16%20Regular/bills/house/HB0099.html',
};
export const HB99_ABQJ: Source = {
  title: 'Albuquerque Journal (reposted): Gov. signs Real ID measure into law — driving authorization cards (2016)',
  url: 'https://susanamartinez.com/news/abq-journal-gov-signs-real-id-measure-into-law',
};
export const SB75_KRQE: Source = {
  title: 'KRQE: SB 75 passes the House Mar. 14, 2021 and heads to the governor',
  url: 'https://www.krqe.com/news/politics-government/legislature/bill-protecting-new-mexicans-personal-info-heads-to-governors-desk/',
};

export const HB9_SIGNED: Source = {
  title: 'NM Political Report: Immigrant Safety Act (HB 9) signed Feb. 5, 2026',
  url: 'https://nmpoliticalreport.com/2026/02/05/bill-to-close-ice-facilities-in-new-mexico-signed-into-law-by-gov/',
};
export const HB9_EFFECTIVE: Source = {
  title: 'NM Political Report: HB 9 would take effect May 20, 2026 (Feb. 4, 2026)',
  url: 'https://nmpoliticalreport.com/2026/02/04/gov-set-to-sign-bill-closing-ice-facilities-in-new-mexico',
};
export const HB9_ACLU: Source = {
  title: 'ACLU of New Mexico: Governor signs the Immigrant Safety Act, HB 9 (Feb. 2026)',
  url: 'https://www.aclu-nm.org/?p=7734',
};
export const HB9_VISAVERGE: Source = {
  title: 'VisaVerge: HB 9 takes effect May 20, 2026; ICE keeps its federal arrest and detention authority',
  url: 'https://www.visaverge.com/immigration/new-mexico-house-bill-9-makes-immigrant-safety-act-law-ending-federal-detention',
};
export const HB9_ONLY_CURRY: Source = {
  title: 'Source NM via Tri-City Record: Lawmakers add ban on law enforcement agreements with ICE to Immigrant Safety Act',
  url: 'https://www.tricityrecordnm.com/articles/n-m-lawmakers-add-ban-on-law-enforcement-agreements-with-ice-to-immigrant-safety-act',
};
export const NMCD_287G_MOA: Source = {
  title: 'Memorandum of Agreement between ICE and the New Mexico Corrections Department (287(g))',
  url: 'https://vdocuments.us/new-mexico-department-of-corrections-new-287g-agreement-with-ice.html',
};

export const METRO_POLICY: Source = {
  title: 'Albuquerque Journal: Governor objects to ICE arrests at courthouse (Metro Court access policy)',
  url: 'https://www.abqjournal.com/1283787/ice-arrests-at-courthouse-disturb-governor.html?utm_source=abqjournal.com&utm_medium=sidebar+-+post+list+-+north&utm_campaign=post+list',
};
export const METRO_VIDEO_SUIT: Source = {
  title: 'Albuquerque Journal: ACLU seeks video of ICE arrest at courthouse',
  url: 'https://www.abqjournal.com/1353537/aclu-seeks-video-of-ice-arrest-at-courthouse-lawsuit-argues-courts-refusal-to-release-footage-is-improper.html',
};
export const PETITION_ACLU: Source = {
  title: 'ACLU of New Mexico (Aug 29, 2018): Community leaders petition NM Supreme Court to limit ICE arrest authority',
  url: 'https://www.aclu-nm.org/en/press-releases/community-leaders-petition-new-mexico-supreme-court-limit-ices-arrest-authority',
};
export const PETITION_DENIED: Source = {
  title: 'Santa Fe New Mexican: Legislator plans bill to counter courthouse immigration arrests (petition denied)',
  url: 'https://www.santafenewmexican.com/news/local_news/legislator-plans-bill-to-counter-courthouse-immigration-arrests/article_2eccc93b-c6f0-504f-bbdf-e7558d2f2d38.html',
};
export const INDRITZ_TESTIMONY: Source = {
  title: 'Testimony of Tova Indritz to the NM Legislature’s Courts, Corrections & Justice Committee (July 10, 2019): courthouse-arrest rule petition was denied',
  url: 'https://docslib.org/doc/3281550/testimony-of-tova-indritz-before-the-courts',
};
export const LAWSUIT_ACLU: Source = {
  title: 'ACLU of New Mexico (Jul 22, 2020): AG, public defenders, DA and groups sue ICE over courthouse arrests',
  url: 'https://www.aclu-nm.org/es/node/1100',
};
export const LAWSUIT_KUNM: Source = {
  title: 'KUNM (Jul 23, 2020): N.M. group sues ICE to stop courthouse immigration arrests',
  url: 'https://www.kunm.org/local-news/2020-07-23/n-m-group-sues-ice-to-stop-courthouse-immigration-arrests',
};
export const COURT_ONLINE_ACCESS: Source = {
  title: 'KRWG: NM Supreme Court approves policy for online access to court case records',
  url: 'http://krwg.org/post/new-mexico-supreme-court-approves-policy-online-access-court-case-records',
};

export const KYR_NMILC: Source = {
  title: 'New Mexico Immigrant Law Center: Know Your Rights',
  url: 'https://nmilc.org/get-help-2/know-your-rights/',
};
export const KYR_ACLU: Source = {
  title: 'ACLU of New Mexico: Know your rights when interacting with immigration agents',
  url: 'http://aclu-nm.org/en/news/know-your-rights-when-interacting-immigration-agents',
};
