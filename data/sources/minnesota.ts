/**
 * Minnesota pages cited by both the review of the bundled Minnesota DMV answers and the state’s
 * status. Declared once so a corrected title or address reaches every citation.
 */
import type { Source } from '@/data/checked-types';

export const CBS_SIGNING: Source = {
  title: 'CBS Minnesota: Gov. Walz signs "Driver’s Licenses for All" bill into law (Mar 7, 2023)',
  url: 'https://www.cbsnews.com/minnesota/news/gov-walz-signs-drivers-licenses-for-all-bill-into-law/',
};
export const KROX_CH13: Source = {
  title: 'KROX: Governor Walz signs bill expanding access to driver’s licenses (Chapter 13, House File 4)',
  url: 'https://kroxam.com/governor-walz-signs-bill-expanding-access-to-drivers-licenses/',
};
export const VOA_EFFECTIVE: Source = {
  title: 'Voice of Alexandria: Walz signs "Driver’s Licenses for All" bill; in effect Oct 1 (Mar 8, 2023)',
  url: 'https://www.voiceofalexandria.com/news/local/gov-tim-walz-signs-drivers-licenses-for-all-bill/article_0130b178-bdbb-11ed-b515-aff9e732f850.html',
};
export const SUBD11_TEXT: Source = {
  title: 'Minnesota Legislature: SF 100 (2025) as introduced, reproducing Minn. Stat. 2024 § 171.12 subd. 11',
  url: 'https://www.revisor.mn.gov/bills/94/2025/0/SF/100/versions/latest?body=Senate&list=open',
};
export const STRIB_DVS_2024: Source = {
  title: 'Star Tribune: Could Trump use Driver’s License for All data for deportations? (DVS statement, Nov 2024)',
  url: 'https://www.startribune.com/could-trump-use-drivers-license-for-all-data-for-deportations-minnesota-officials-say-protections-are-in-place/601185817',
};
export const UNICORN_PRIVACY: Source = {
  title: 'Unicorn Riot: Minnesota "Driver’s Licenses For All" bill a model for data privacy protections (2023)',
  url: 'https://unicornriot.ninja/2023/minnesota-drivers-licenses-for-all-bill-a-national-model-for-data-privacy-protections-advocates-say/',
};
export const MN_168_346: Source = {
  title: 'Minn. Stat. § 168.346, privacy of personal information (vehicle data handled as under 18 U.S.C. § 2721)',
  url: 'https://lawserver.com/law/state/minnesota/mn-statutes/minnesota_statutes_168-346',
};
