import { AMERICAN_DRAGNET, NCSL_LIST } from '@/data/sources/national';

/** Better references than the bundled documents, for a "learn more" link (not bundled text). */
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
    url: AMERICAN_DRAGNET.url,
  },
  {
    title: 'States Offering Driver’s Licenses to Immigrants',
    publisher: 'National Conference of State Legislatures',
    url: NCSL_LIST.url,
  },
];
