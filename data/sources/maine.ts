/**
 * Maine pages cited by both the review of the bundled Maine DMV answers and the state’s status.
 * Declared once so a corrected title or address reaches every citation.
 */
import type { Source } from '@/data/checked-types';

export const BMV_PRIVACY: Source = {
  title: 'Maine Bureau of Motor Vehicles: Driver Privacy',
  url: 'https://www.maine.gov/sos/bmv/privacy.html',
};
export const INFORME_DPPA: Source = {
  title: 'InforME: Driver Privacy Protection Act (DPPA) and Maine’s 1997 rules',
  url: 'https://www.maine.gov/informe/subscribers/sign-up/dppa',
};
export const DIRIGO_LD1971: Source = {
  title: 'Dirigo Safety: Police law in a nutshell, the new law limiting state and local support of immigration enforcement (LD 1971)',
  url: 'https://dirigosafety.com/police-law-in-a-nutshell-the-new-law-limiting-state-and-local-support-of-immigration-enforcement',
};
export const ACLU_ME_LD1971: Source = {
  title: 'ACLU of Maine: Bill limiting state and local support for immigration enforcement becomes law',
  url: 'https://www.aclumaine.org/press-releases/bill-limiting-state-local-support-for-immigration-enforcement-becomes-law',
};
export const LD2106_BILLTRACK: Source = {
  title: 'BillTrack50: Maine LD 2106 (2026), limits on access to protected records of schools, libraries and state institutions',
  url: 'https://www.billtrack50.com/billdetail/1921043',
};
export const LD306_AMENDMENT: Source = {
  title: 'Maine Legislature: LD 306 (128th) amendment text showing 29-A MRSA §1301(6-A), Social Security number confidentiality',
  url: 'https://legislature.maine.gov/legis/bills/bills_128th/billtexts/SP009206.asp',
};
