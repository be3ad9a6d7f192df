/**
 * The checked glossary of federal and legal terms, in English and Spanish: one entry per topic term
 * of the lexicon (data/lexicon.ts). Each sentence that states a fact names the public pages that show
 * it (stored copies, looked up on CHECKED_ON). Descriptions, not legal advice.
 */
import { CHECKED_ON, type GlossaryEntry, type Source } from '@/data/checked-types';
import { IPTP_AAMVA } from '@/data/sources/california';
import {
  DPPA_TEXT,
  DPPA_TN,
  FINDARTICLES_NLETS,
  HOODLINE_NLETS,
  NILC_PROTECT_2019,
  WYDEN_RELEASE,
} from '@/data/sources/national';

const src = (title: string, url: string): Source => ({ title, url });

// --- Sources (each one a specific page returned by a search) --------------------------------------

const ICE_ABOUT = src(
  'ICE, “Who We Are” (archived copy, Dec. 2020)',
  'https://webarchive.library.unt.edu/web/20201218103444/https://www.ice.gov/about',
);
const USCIS_POST911 = src(
  'USCIS History Office, “Post-9/11” (INS split into CBP, ICE and USCIS)',
  'https://uscis.gov/history-and-genealogy/our-history/overview-of-ins-history/post-911',
);
const TENGELE_NLETS = src(
  'Summary of the Wyden–Espaillat letters on ICE access to DMV data through Nlets (Nov. 2025)',
  'https://tengele.com/news/26a27b44-7af7-4bb2-abaf-243dc1c565f2/wyden-espaillat-and-38-members-of-congress-urge-democratic-governors-to-block-ice-from-accessing-americans-dmv-data',
);
const BIOMETRIC_NLETS = src(
  'Biometric Update, Nov. 12, 2025: Democratic states face scrutiny over quiet DMV access by ICE',
  'https://www.biometricupdate.com/202511/democratic-states-face-scrutiny-over-quiet-dmv-access-by-ice',
);
const NEWSMAX_NLETS = src(
  'Newsmax, Nov. 12, 2025: Dem lawmakers urge governors to block ICE access to DMV data',
  'https://rss.newsmax.com/newsfront/democrats-ice-dmv/2025/11/12/id/1234321',
);
const NILC_WARRANTS_101 = src(
  'National Immigration Law Center, “Warrants and Subpoenas 101” (Sept. 2020)',
  'https://www.nilc.org/warrants-and-subpoenas-101/',
);
const RARITAN_WARRANTS = src(
  'Raritan Valley Community College Library, “ICE Encounters: Warrants and Subpoena Information”',
  'https://library.raritanval.edu/c.php?g=1448938&p=10768725',
);
const ICE_WARRANT_ADVISORY = src(
  'Advisory: “What is an ICE administrative warrant and what legal authority does it confer?”',
  'https://docslib.org/doc/1387328/what-is-an-ice-administrative-warrant-and-what-legal-authority-does-it-confer',
);
const TECHSTORY_FORTIFY = src(
  'TechStory: ICE’s new biometric app (Mobile Fortify) raises fears over privacy',
  'https://techstory.in/ices-new-biometric-app-raises-fears-over-privacy-and-expanding-surveillance/',
);
const BESPACIFIC_FORTIFY = src(
  'beSpacific: New ICE mobile app pushes biometric policing onto American streets',
  'https://www.bespacific.com/new-ice-mobile-app-pushes-biometric-policing-onto-american-streets/',
);
const SAN_FORTIFY = src(
  'Straight Arrow News: Facial recognition app gives ICE access to 200 million images',
  'https://san.com/cc/facial-recognition-app-gives-ice-access-to-200-million-images/',
);
const BIOMETRIC_FORTIFY = src(
  'Biometric Update, Jul. 17, 2025: ICE’s facial recognition app raises alarms',
  'https://www.biometricupdate.com/202507/ices-facial-recognition-app-raises-alarms-over-expansion-of-domestic-surveillance',
);
const NIJC_HSI = src(
  'National Immigrant Justice Center et al., backgrounder on ICE Homeland Security Investigations',
  'https://immigrantjustice.org/research-items/backgrounder-funding-ice-homeland-security-investigations-hsi-funding-trumps-anti',
);
const NILC_HSI = src(
  'NILC, “Funding for ICE Homeland Security Investigations (HSI) Is Funding for Trump’s Anti-Immigrant Agenda” (Apr. 2019)',
  'https://www.nilc.org/issues/immigration-enforcement/hsi-backgrounder-webpage',
);
const BRENNAN_HSI = src(
  'Brennan Center, “A Realignment for Homeland Security Investigations”',
  'https://brennancenter.org/our-work/research-reports/realignment-homeland-security-investigations',
);
const FACTUALLY_HSA = src(
  'Factually: How did the Homeland Security Act of 2002 restructure federal immigration responsibilities?',
  'https://factually.co/fact-checks/politics/homeland-security-act-2002-restructure-federal-immigration-responsibilities-d840fe',
);
const FACTUALLY_HSA_REORG = src(
  'Factually: How the Homeland Security Act of 2002 reorganized immigration and customs agencies',
  'https://factually.co/fact-checks/politics/homeland-security-act-2002-reorganization-immigration-customs-f8c4f5',
);
const UCLAW_AGENCIES = src(
  'UC Law San Francisco Library guide: immigration agencies',
  'https://libguides.uclawsf.edu/immigration/agencies',
);
const ACLU_100_MILE = src(
  'ACLU Washington Legislative Office fact sheet, “Customs and Border Protection’s (CBP’s) 100-Mile Rule” (copy)',
  'https://online.documentine.com/100-air-miles-map/1/customs-and-border-protection-s-cbp-s-100-mile-rule.html',
);
const SNOPES_100_MILE = src(
  'Snopes, Jun. 13, 2022: What is the US border enforcement zone?',
  'https://www.snopes.com/news/2022/06/13/what-is-usa-border-enforcement-zone/',
);
const ROUTE50_SAVE = src(
  'Route Fifty / Stateline, Nov. 2025: Homeland Security wants state driver’s license data for citizenship program',
  'https://www.route-fifty.com/management/2025/11/homeland-security-wants-state-drivers-license-data-sweeping-citizenship-program/409809/?oref=rf-category-lander-river',
);
const AAMVA_VLS = src(
  'AAMVA, Verification of Lawful Status (VLS) and the SAVE program',
  'https://www.aamva.org/VLS/',
);
const GAO_DACA = src(
  'GAO-22-104734, “Immigration: Information on Deferred Action for Childhood Arrivals” (Jan. 2022)',
  'https://readkong.com/page/immigration-information-on-deferred-action-for-childhood-5277758',
);
const NILC_DACA = src(
  'NILC, Apr. 21, 2020: New documents reveal ICE access to DACA recipients’ information',
  'https://www.nilc.org/2020/04/21/new-documents-reveal-ice-access-to-daca-recipients-information/',
);
const ALBANY_287G = src(
  'Albany Law School Government Law Center, “When Local Law-Enforcement Officers Become ICE Deputies: 287(g) Agreements”',
  'https://albanylaw.edu/government-law-center/when-local-law-enforcement-officers-become-ice-deputies-287g-agreements',
);
const IBTIMES_287G = src(
  'International Business Times, Mar. 2025: local agencies working alongside ICE under 287(g)',
  'https://www.ibtimes.com/more-80-local-law-enforcement-agencies-nationwide-are-now-working-alongside-ice-ramp-deportations-3765149',
);
const CBS_287G = src(
  'CBS News (reposted): ICE partnerships with local law enforcement triple (Apr. 2025)',
  'https://www.immigrationvisateam.com/news-ice-partnerships-with-local-law-enforcement-triple-as-trump-continues-deportation-crackdown.html',
);
const ICE_DETAINER_FAQ = src(
  'ICE, “ICE Detainers: Frequently Asked Questions” (archived, 2011)',
  'https://www.ice.gov/ice-detainers-frequently-asked-questions',
);
const AVVO_DETAINER = src(
  'Avvo legal guide: Immigration holds (ICE detainers under 8 C.F.R. § 287.7(d))',
  'https://www.avvo.com/legal-guides/ugc/immigration-holds-ice-detainers-placed-pursuant-to-8-cfr-2877d',
);
const DETAINER_LEGAL_UPDATE = src(
  '“Immigration Detainers Legal Update” (Feb. 2017)',
  'https://paperzz.com/doc/8399524/immigration-detainers-legal-update-february-2017',
);
const LEXIS_MIRANDA_OLIVARES = src(
  'LexisNexis Legal Newsroom: ICE detainer = 4th Amendment violation, Miranda-Olivares v. Clackamas County (2014)',
  'https://www.lexisnexis.com/legalnewsroom/immigration/b/insidenews/archive/2014/04/17/ice-detainer-4th-amendment-violation-miranda-olivares-v-clackamas-county.aspx',
);
const FACTUALLY_DETAINERS = src(
  'Factually: What federal court rulings have established limits on honoring ICE detainers since 2010?',
  'https://factually.co/fact-checks/justice/federal-court-rulings-limits-on-ice-detainers-since-2010-8c0d39',
);
const IPT_DETAINER_POLICY = src(
  'Immigration Policy Tracking Project: ICE revises detainer policy (Policy 10074.2, effective Apr. 2, 2017)',
  'https://immpolicytracking.org/policies/ice-revises-policies-and-procedures-regarding-issuance-of-civil-immigration-detainers/',
);
const JAILTRAINING_DETAINER = src(
  'National Institute of Jail Operations: New ICE detainer policy (Mar. 2017)',
  'http://jailtraining.org/2017/03/28/new-ice-detainer-policy/',
);
const ICE_DETAINER_POLICY = src(
  'ICE, “Detainer Policy” (archived 2018; Form I-247A from Apr. 2, 2017)',
  'https://webharvest.gov/congress115th/20181203191551/https://www.ice.gov/detainer-policy',
);
const KYR_WARRANTS = src(
  'KnowYourRightsHub: ICE warrants, judicial vs. administrative',
  'https://www.knowyourrightshub.com/us/ice/guide/warrants-explained',
);
const IJ_ADMIN_WARRANTS = src(
  'Institute for Justice, “Administrative Warrants”',
  'https://ij.org/issues/ijs-project-on-the-4th-amendment/administrative-warrants/',
);
const LGI_2026_WARRANTS = src(
  'Law Group International: Administrative vs. judicial warrants, can ICE enter your home in 2026?',
  'https://lgilawyers.com/?p=159891',
);
const FACTUALLY_WARRANTS = src(
  'Factually: How administrative (I-200/I-205) warrants differ from judicial warrants',
  'https://factually.co/fact-checks/justice/administrative-i-200-i-205-warrants-vs-judicial-warrants-visual-legal-differences-e1664b',
);
const FEDLAWYERS_SUBPOENA = src(
  'Federal Lawyers: How federal subpoenas are used in immigration and deportation cases',
  'https://www.federallawyers.com/criminal-defense/how-federal-subpoenas-are-used-in-immigration-and-deportation-cases-2',
);
const GOMEZ_2020 = src(
  'Case summary: U.S. Immigration & Customs Enforcement v. Gomez (D. Colo. 2020)',
  'https://www.studicata.com/summaries/united-states-district-court-district-of-colorado/united-states-immigration-customs-enft-v-gomez-2020-9zjcmq',
);
const CLR_SUBPOENA = src(
  'Columbia Law Review, “The Immigration Subpoena Power”',
  'https://columbialawreview.org/content/the-immigration-subpoena-power',
);
const ONLINEATHENS_FR = src(
  'Washington Post editorial (reprinted), Jul. 2019: “The future we feared is here”',
  'https://www.onlineathens.com/story/opinion/2019/07/11/what-others-say-future-we-feared-is-here/4715013007/',
);
const FINDBIOMETRICS_FR = src(
  'FindBiometrics: Documents reveal ICE’s biometric scans of DMV databases',
  'https://findbiometrics.com/documents-reveal-ices-biometric-scans-of-dmv-databases-507081/',
);
const FACTUALLY_DL_ICE = src(
  'Factually: Can local police share driver’s license data with ICE without a warrant?',
  'https://factually.co/fact-checks/justice/can-local-police-share-drivers-license-data-with-ice-without-warrant-9a9730',
);
const DBPEDIA_SCOMM = src(
  'DBpedia: Secure Communities',
  'https://lodview.it/lodview/?sparql=http%3A%2F%2Fdbpedia.org%2Fsparql&prefix=http%3A%2F%2Fdbpedia.org%2Fresource&IRI=http%3A%2F%2Fdbpedia.org%2Fresource%2FSecure_Communities',
);
const SECMAG_SCOMM = src(
  'Security Magazine: Biometrics now shared by all counties in Arizona (Secure Communities)',
  'https://www.securitymagazine.com/blogs/14-security-blog/post/81203-biometrics-now-shared-by-all-counties-in-arizona-in-managing-immigrants-1',
);
const FCW_SCOMM = src(
  'FCW, Nov. 2008: Pilot program expands fingerprint databases (Secure Communities)',
  'https://fcw.com/people/2008/11/pilot-program-expands-fingerprint-databases/197433/?oref=ng-next-story',
);
const KNOWPIA_PEP = src(
  'Knowpia: Priority Enforcement Program',
  'https://www.knowpia.com/knowpedia/Priority_Enforcement_Program',
);
const KIDDLE_SCOMM = src(
  'Kiddle encyclopedia: Secure Communities',
  'https://kids.kiddle.co/Secure_Communities',
);
const EO_13993_TEXT = src(
  'Text of Executive Order 13993 (Jan. 20, 2021), revoking Executive Order 13768',
  'https://gaimmigrationattorneys.com/2021/01/24/president-joe-bidens-executive-order-on-the-revision-of-civil-immigration-enforcement-policies-and-priorities/',
);
const TALENT_EO_2025 = src(
  'Talent Everywhere: summary of 2025 executive orders (revocation of EO 13993)',
  'https://www.talenteverywhere.org/Public-Policy/US-Employment-Based-Immigration',
);
const FBI_NCIC = src(
  'FBI testimony, Nov. 13, 2003: “The FBI’s National Crime Information Center”',
  'https://www.fbi.gov/news/testimony/the-fbis-national-crime-information-center',
);
const ICE_FOIA_IVF = src(
  'ICE FOIA response, Mar. 26, 2004: NCIC Immigration Violators File',
  'http://predatoryaliens.com/html/foi/bice_response_26mar2004.htm',
);
const SCRIBD_IVF = src(
  'State ACCESS operations manual, chapter 14: Immigration Violator File (2013)',
  'https://scribd.com/document/156476449/Chapter-14-Immigration-Violator-File',
);
const DHS_REALID_FAQ = src(
  'DHS, “REAL ID Frequently Asked Questions” (deadline May 7, 2025)',
  'https://www.dhs.gov/state-extensions',
);
const DHS_REALID_FAQ_2021 = src(
  'DHS, “REAL ID Frequently Asked Questions” (archived Jan. 2021)',
  'https://webharvest.gov/congress116th/20210116015944/https://www.dhs.gov/real-id/real-id-frequently-asked-questions',
);
const TANCINCO_REALID = src(
  'Tancinco Law: REAL ID Act to take effect May 7, 2025',
  'https://www.tancinco.com/tag/real-id-act',
);
const FINANCEPRO_REALID = src(
  'REAL ID explainer quoting DHS guidance on noncompliant cards',
  'https://financepro.fun/?p=4112',
);
const LEGALCLARITY_DPPA = src(
  'LegalClarity: 18 USC 2721, the Driver’s Privacy Protection Act',
  'https://legalclarity.org/18-usc-2721-the-drivers-privacy-protection-act',
);
const GRADA3_DMV_SALES = src(
  'Grada3, Aug. 2025: Hidden DMV marketplace, states pocket millions from driver data',
  'https://www.grada3.com/us/2025/08/17/hidden-dmv-marketplace-states-pocket-millions-list',
);
const OCF_DMV_BROKERS = src(
  'Berkeley Political Review: DMVs, data brokers, and the DPPA',
  'https://www.ocf.berkeley.edu/~prb/dmvs-data-brokers-and-the-dppa/',
);
const WIKIMILI_AAMVA = src(
  'WikiMili: American Association of Motor Vehicle Administrators',
  'https://wikimili.com/en/American_Association_of_Motor_Vehicle_Administrators',
);
const BRENNAN_DMV = src(
  'Brennan Center: Department of Motor Vehicles databases (AAMVA membership and data standards)',
  'https://www.brennancenter.org/our-work/research-reports/vrm-department-motor-vehicles-databases',
);
const MOVE_S2S = src(
  'MOVE (AAMVA magazine): State-to-State, one driver, one license',
  'http://movemag.org/identity-management/116-state-to-state',
);
const CAP_SANCTUARY = src(
  'Center for American Progress, May 2017: Understanding the case against so-called sanctuary jurisdictions',
  'https://www.americanprogress.org/issues/immigration/news/2017/05/10/432161/understanding-trumps-flimsy-case-called-sanctuary-jurisdictions/?utm_source=newsletter&utm_medium=email&utm_campaign=progReport',
);
const NYSBA_SANCTUARY = src(
  'New York State Bar Association Government Law Center: “Sanctuary” jurisdictions',
  'https://archive.nysba.org/GovernmentLawCenter/_Sanctuary__Jurisdictions/',
);
const NJ_SANCTUARY = src(
  'NJ.com, Oct. 31, 2017: What is a “sanctuary city”?',
  'http://www.nj.com/essex/index.ssf/2017/10/what_are_sanctuary_cities_and_what_do_they_mean_fo.html',
);
const IPT_FLOCK = src(
  'Immigration Policy Tracking Project: ICE using license-plate-reader cameras via state and local police (May 2025)',
  'https://immpolicytracking.org/policies/reported-ice-accessing-flock-automated-license-plate-reader-cameras-via-local-law-enforcement',
);
const SAN_FLOCK = src(
  'Straight Arrow News: ICE gains informal access to nationwide license plate camera network',
  'https://san.com/cc/ice-illegally-gains-informal-access-to-nationwide-license-plate-camera-network/',
);
const NEXTSHARK_FLOCK = src(
  'NextShark: ICE gained backdoor access to nationwide license plate camera network',
  'https://nextshark.com/ice-backdoor-access-license-plate-network',
);
const SSN_FLOCK = src(
  'Security Systems News: “Cold as ICE” (Flock license-plate readers)',
  'https://www.securitysystemsnews.com/article/cold-as-ice',
);
const WPTV_FR = src(
  'WPTV/CNN, Jul. 8, 2019: ICE, FBI use state driver’s license photos for facial-recognition scans',
  'https://www.wptv.com/news/national/ice-fbi-use-state-drivers-license-photos-for-facial-recognition-scans-washington-post-reports',
);
const VICE_FR = src(
  'Vice, Jul. 8, 2019: ICE has been mining DMV databases using facial recognition for years',
  'https://www.vice.com/en/article/9kx7np/ice-has-been-mining-dmv-databases-using-facial-recognition-for-years',
);
const WAPO_CLEAR = src(
  'Washington Post, Feb. 26, 2021: ICE investigators used a private utility database covering millions',
  'https://www.washingtonpost.com/technology/2021/02/26/ice-private-utility-data/?utm_source=rss&utm_medium=referral&utm_campaign=wp_business',
);
const INDEPENDENT_CLEAR = src(
  'The Independent, Feb. 27, 2021: ICE officers used private database covering millions',
  'https://independent.co.uk/news/world/americas/ice-investigation-database-immigration-b1808417.html',
);
const EPGN_LEXIS = src(
  'ICE is using data from LexisNexis to skirt sanctuary laws (Jul. 2022)',
  'https://epgn.ch/2022/07/26/ice-is-using-data-from-lexisnexis-to-skirt-sanctuary-laws-and-deport-immigrants',
);

// --- Glossary -------------------------------------------------------------------------------------

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    termId: 'topic:ICE',
    title: {
      en: 'ICE (U.S. Immigration and Customs Enforcement)',
      es: 'ICE (Servicio de Inmigración y Control de Aduanas de EE. UU.)',
    },
    sentences: [
      {
        en: 'ICE is the federal agency within the Department of Homeland Security that enforces immigration and customs laws inside the country; it was formed in 2003 from parts of the former Immigration and Naturalization Service and the U.S. Customs Service.',
        es: 'ICE es la agencia federal del Departamento de Seguridad Nacional que aplica las leyes de inmigración y de aduanas dentro del país; se creó en 2003 con partes del antiguo Servicio de Inmigración y Naturalización y del Servicio de Aduanas.',
        sources: [ICE_ABOUT, USCIS_POST911],
      },
      {
        en: 'Its operational branches are Enforcement and Removal Operations (arrests, detention and deportation), Homeland Security Investigations (criminal investigations) and the Office of the Principal Legal Advisor.',
        es: 'Sus ramas operativas son Operaciones de Control y Expulsión (arrestos, detención y deportación), Investigaciones de Seguridad Nacional (investigaciones penales) y la Oficina del Asesor Jurídico Principal.',
        sources: [ICE_ABOUT],
      },
      {
        en: 'ICE can reach state driver’s license records through the Nlets network: in the year to October 1, 2025, ICE made 292,114 DMV queries there and Homeland Security Investigations 605,116.',
        es: 'ICE puede llegar a los registros estatales de licencias de conducir a través de la red Nlets: en el año previo al 1 de octubre de 2025, ICE hizo allí 292,114 consultas de datos del DMV e Investigaciones de Seguridad Nacional, 605,116.',
        sources: [WYDEN_RELEASE, HOODLINE_NLETS],
      },
    ],
    basis: [
      { name: 'Homeland Security Act of 2002', citation: 'Pub. L. 107-296, 116 Stat. 2135 (6 U.S.C. § 101 et seq.)' },
      { name: 'Powers of immigration officers', citation: 'INA § 287, 8 U.S.C. § 1357' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:ERO',
    title: {
      en: 'ERO (Enforcement and Removal Operations)',
      es: 'ERO (Operaciones de Control y Expulsión de ICE)',
    },
    sentences: [
      {
        en: 'ERO is the ICE branch that identifies, arrests, transports, detains and deports people under civil immigration law, and it manages detention, bond and supervised release.',
        es: 'ERO es la rama de ICE que identifica, arresta, traslada, detiene y deporta a personas conforme a la ley migratoria civil, y administra la detención, las fianzas y la libertad supervisada.',
        sources: [ICE_ABOUT],
      },
      {
        en: 'In civil cases its officers can arrest on administrative warrants (Forms I-200 and I-205) issued by immigration officers, not by a court.',
        es: 'En casos civiles, sus agentes pueden arrestar con órdenes administrativas (Formularios I-200 e I-205) emitidas por funcionarios de inmigración, no por un tribunal.',
        sources: [NILC_WARRANTS_101, ICE_WARRANT_ADVISORY],
      },
      {
        en: 'Since 2025 ERO officers have used Mobile Fortify, a phone app that checks faces and fingerprints in the field against federal databases.',
        es: 'Desde 2025, los agentes de ERO usan Mobile Fortify, una aplicación de teléfono que compara rostros y huellas dactilares en la calle con bases de datos federales.',
        sources: [TECHSTORY_FORTIFY, BESPACIFIC_FORTIFY],
      },
    ],
    basis: [
      { name: 'Apprehension and detention of noncitizens', citation: 'INA § 236, 8 U.S.C. § 1226' },
      { name: 'Detention and removal of people ordered removed', citation: 'INA § 241, 8 U.S.C. § 1231' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:HSI',
    title: {
      en: 'HSI (Homeland Security Investigations)',
      es: 'HSI (Investigaciones de Seguridad Nacional)',
    },
    sentences: [
      {
        en: 'HSI is ICE’s criminal investigations branch, set up under that name in 2010; it handles cases such as smuggling, human trafficking, financial and cyber crime, and identity or benefit fraud.',
        es: 'HSI es la rama de investigaciones penales de ICE, creada con ese nombre en 2010; se ocupa de casos como contrabando, trata de personas, delitos financieros e informáticos, y fraude de identidad o de beneficios.',
        sources: [NIJC_HSI, NILC_HSI],
      },
      {
        en: 'Its stated role is separate from ERO’s civil immigration work, but immigrant-rights groups and the Brennan Center have documented HSI agents taking part in routine immigration enforcement.',
        es: 'Su función declarada es distinta del trabajo migratorio civil de ERO, pero organizaciones de derechos de inmigrantes y el Brennan Center han documentado la participación de agentes de HSI en operativos migratorios de rutina.',
        sources: [NILC_HSI, BRENNAN_HSI],
      },
      {
        en: 'HSI made 605,116 queries for state DMV data through Nlets in the year to October 1, 2025, about twice the 292,114 logged for ICE; lawmakers urged states to block other federal agencies doing immigration work, not only ICE.',
        es: 'HSI hizo 605,116 consultas de datos estatales del DMV a través de Nlets en el año previo al 1 de octubre de 2025, cerca del doble de las 292,114 registradas para ICE; legisladores pidieron a los estados bloquear también a otras agencias federales que hacen trabajo migratorio, no solo a ICE.',
        sources: [WYDEN_RELEASE, BIOMETRIC_NLETS],
      },
    ],
    basis: [
      { name: 'Homeland Security Act of 2002 (border and immigration enforcement functions)', citation: 'Pub. L. 107-296, § 442 (6 U.S.C. § 252)' },
      { name: 'Enforcement authority of customs officers', citation: '19 U.S.C. § 1589a' },
      { name: 'Powers of immigration officers', citation: 'INA § 287, 8 U.S.C. § 1357' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:CBP',
    title: {
      en: 'CBP (U.S. Customs and Border Protection) / Border Patrol',
      es: 'CBP (Oficina de Aduanas y Protección Fronteriza de EE. UU.) / Patrulla Fronteriza',
    },
    sentences: [
      {
        en: 'CBP is the DHS agency for ports of entry and the border, including the Border Patrol; it took over the former INS’s inspection and border-control work in 2003.',
        es: 'CBP es la agencia del DHS a cargo de los puertos de entrada y de la frontera, e incluye a la Patrulla Fronteriza; en 2003 asumió las tareas de inspección y control fronterizo del antiguo INS.',
        sources: [USCIS_POST911, FACTUALLY_HSA],
      },
      {
        en: 'Federal law lets its officers board and search vehicles for people without a warrant within a “reasonable distance” of the border, set by regulation at 100 air miles; about two-thirds of the U.S. population lives in that zone, though stops on roving patrols still need reasonable suspicion.',
        es: 'La ley federal permite a sus agentes abordar y registrar vehículos en busca de personas sin orden judicial dentro de una “distancia razonable” de la frontera, fijada por reglamento en 100 millas aéreas; cerca de dos tercios de la población de EE. UU. vive en esa zona, aunque las paradas en patrullajes móviles siguen requiriendo sospecha razonable.',
        sources: [ACLU_100_MILE, SNOPES_100_MILE],
      },
      {
        en: 'When California prepared in 2026 to send driver data to AAMVA’s national duplicate-license check, it reportedly sought assurances that CBP and ICE would not have access.',
        es: 'Cuando California se preparó en 2026 para enviar datos de conductores al sistema nacional de AAMVA contra licencias duplicadas, según se informó pidió garantías de que CBP e ICE no tendrían acceso.',
        sources: [IPTP_AAMVA],
      },
    ],
    basis: [
      { name: 'Establishment of U.S. Customs and Border Protection', citation: 'Homeland Security Act of 2002, § 411 (6 U.S.C. § 211)' },
      { name: 'Warrantless searches near the border', citation: 'INA § 287(a)(3), 8 U.S.C. § 1357(a)(3); 8 C.F.R. § 287.1(a)(2)' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:DHS',
    title: {
      en: 'DHS (U.S. Department of Homeland Security)',
      es: 'DHS (Departamento de Seguridad Nacional de EE. UU.)',
    },
    sentences: [
      {
        en: 'DHS is the cabinet department created by the Homeland Security Act of 2002; on March 1, 2003 it absorbed the former INS, whose work was split among ICE, CBP and USCIS.',
        es: 'El DHS es el departamento del gabinete creado por la Ley de Seguridad Nacional de 2002; el 1 de marzo de 2003 absorbió al antiguo INS, cuyo trabajo se repartió entre ICE, CBP y USCIS.',
        sources: [USCIS_POST911, FACTUALLY_HSA_REORG],
      },
      {
        en: 'The main responsibility for enforcing immigration law passed from the Attorney General to the Secretary of Homeland Security, while the immigration courts stayed in the Justice Department.',
        es: 'La responsabilidad principal de aplicar la ley migratoria pasó del Fiscal General al Secretario de Seguridad Nacional, mientras que los tribunales de inmigración siguieron en el Departamento de Justicia.',
        sources: [UCLAW_AGENCIES, FACTUALLY_HSA],
      },
      {
        en: 'DHS runs SAVE, the immigration-status check DMVs use, and in 2025 sought access to state driver’s license data through a law-enforcement network to expand it into a citizenship-verification tool.',
        es: 'El DHS administra SAVE, la verificación de estatus migratorio que usan los DMV, y en 2025 buscó acceso a datos estatales de licencias de conducir a través de una red policial para convertirlo en una herramienta de verificación de ciudadanía.',
        sources: [AAMVA_VLS, ROUTE50_SAVE],
      },
    ],
    basis: [
      { name: 'Homeland Security Act of 2002', citation: 'Pub. L. 107-296, 116 Stat. 2135; § 101 (6 U.S.C. § 111)' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:USCIS',
    title: {
      en: 'USCIS (U.S. Citizenship and Immigration Services)',
      es: 'USCIS (Servicio de Ciudadanía e Inmigración de EE. UU.)',
    },
    sentences: [
      {
        en: 'USCIS is the DHS agency that handles lawful immigration and naturalization: it decides applications and benefits, while ICE and CBP carry out enforcement.',
        es: 'USCIS es la agencia del DHS que gestiona la inmigración legal y la naturalización: decide solicitudes y beneficios, mientras que ICE y CBP se encargan del control migratorio.',
        sources: [USCIS_POST911, UCLAW_AGENCIES],
      },
      {
        en: 'Information given to USCIS can reach ICE: USCIS said DACA data would be shared for enforcement only in limited cases, yet records released in 2020 showed ICE could reach USCIS databases holding that data.',
        es: 'La información entregada a USCIS puede llegar a ICE: USCIS dijo que los datos de DACA solo se compartirían para fines de control en casos limitados, pero documentos publicados en 2020 mostraron que ICE podía acceder a bases de datos de USCIS que los contienen.',
        sources: [GAO_DACA, NILC_DACA],
      },
      {
        en: 'USCIS also operates SAVE, which DMVs query to verify an applicant’s lawful status before issuing a REAL ID-compliant license.',
        es: 'USCIS también opera SAVE, que los DMV consultan para verificar el estatus legal de un solicitante antes de emitir una licencia compatible con REAL ID.',
        sources: [AAMVA_VLS],
      },
    ],
    basis: [
      { name: 'Bureau of Citizenship and Immigration Services', citation: 'Homeland Security Act of 2002, § 451 (6 U.S.C. § 271)' },
      { name: 'SAVE checks for REAL ID licenses', citation: 'REAL ID Act of 2005, Pub. L. 109-13, div. B, § 202(c)(3)(C)' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:287g',
    title: {
      en: '287(g) agreement',
      es: 'Acuerdo 287(g)',
    },
    sentences: [
      {
        en: 'A 287(g) agreement lets ICE delegate certain immigration-officer powers to trained state or local officers, who act under ICE supervision; the name comes from the section of the Immigration and Nationality Act added in 1996.',
        es: 'Un acuerdo 287(g) permite a ICE delegar ciertas facultades de agente de inmigración en policías estatales o locales capacitados, que actúan bajo supervisión de ICE; el nombre viene de la sección de la Ley de Inmigración y Nacionalidad añadida en 1996.',
        sources: [ALBANY_287G, IBTIMES_287G],
      },
      {
        en: 'Agreements follow a jail model (status questions at booking), a task-force model (during routine policing such as traffic stops) or a warrant-service model; in April 2025 ICE listed 456 active agreements, more than three times the number in December 2024.',
        es: 'Los acuerdos siguen un modelo de cárcel (preguntas sobre estatus al ingresar), un modelo de grupo de trabajo (durante la labor policial de rutina, como paradas de tráfico) o un modelo de ejecución de órdenes; en abril de 2025 ICE registraba 456 acuerdos activos, más del triple que en diciembre de 2024.',
        sources: [CBS_287G],
      },
      {
        en: 'Under these agreements, local officers who find a suspected immigration violation can hold the person until ICE takes custody or issue a notice to appear that starts removal proceedings.',
        es: 'Con estos acuerdos, los agentes locales que detectan una posible infracción migratoria pueden retener a la persona hasta que ICE asuma la custodia o emitir una notificación de comparecencia que inicia un proceso de deportación.',
        sources: [CBS_287G, IBTIMES_287G],
      },
    ],
    basis: [
      { name: 'Section 287(g) of the Immigration and Nationality Act', citation: 'INA § 287(g), 8 U.S.C. § 1357(g)' },
      { name: 'Illegal Immigration Reform and Immigrant Responsibility Act of 1996', citation: 'Pub. L. 104-208, div. C, § 133' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:detainer',
    title: {
      en: 'Immigration detainer (ICE hold, Form I-247A)',
      es: 'Orden de retención migratoria (detainer o “hold” de ICE, Formulario I-247A)',
    },
    sentences: [
      {
        en: 'A detainer is ICE’s written request that a jail notify it before releasing someone and keep that person up to 48 hours (not counting weekends and holidays) beyond the normal release time so ICE can take custody.',
        es: 'Un detainer es una solicitud escrita de ICE para que una cárcel le avise antes de liberar a alguien y lo retenga hasta 48 horas (sin contar fines de semana ni feriados) después de la hora normal de salida, para que ICE asuma la custodia.',
        sources: [ICE_DETAINER_FAQ, AVVO_DETAINER],
      },
      {
        en: 'It is not a court order: a federal appeals court held in Galarza v. Szalczyk (2014) that local jails are not required to honor detainers, and other courts found that holding someone on one is a new arrest that needs probable cause.',
        es: 'No es una orden judicial: un tribunal federal de apelaciones resolvió en Galarza v. Szalczyk (2014) que las cárceles locales no están obligadas a cumplir los detainers, y otros tribunales concluyeron que retener a alguien por uno equivale a un nuevo arresto que exige causa probable.',
        sources: [DETAINER_LEGAL_UPDATE, LEXIS_MIRANDA_OLIVARES, FACTUALLY_DETAINERS],
      },
      {
        en: 'Since April 2, 2017 ICE uses Form I-247A, and its policy says each detainer should come with an administrative warrant (Form I-200 or I-205) signed by an immigration officer, not by a judge.',
        es: 'Desde el 2 de abril de 2017 ICE usa el Formulario I-247A, y su política indica que cada detainer debe ir acompañado de una orden administrativa (Formulario I-200 o I-205) firmada por un funcionario de inmigración, no por un juez.',
        sources: [ICE_DETAINER_POLICY, IPT_DETAINER_POLICY, JAILTRAINING_DETAINER],
      },
    ],
    basis: [
      { name: 'Detainer regulation', citation: '8 C.F.R. § 287.7' },
      { name: 'Detainers for controlled-substance offenses', citation: 'INA § 287(d), 8 U.S.C. § 1357(d)' },
      { name: 'ICE Policy 10074.2, Issuance of Immigration Detainers by ICE Immigration Officers', citation: 'ICE Directive 10074.2 (Mar. 24, 2017, effective Apr. 2, 2017)' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:warrant',
    title: {
      en: 'Administrative warrant vs. judicial warrant',
      es: 'Orden administrativa vs. orden judicial',
    },
    sentences: [
      {
        en: 'A judicial warrant is issued by a court and signed by a federal or state judge or magistrate; it can authorize an arrest or a search, including entry into a home.',
        es: 'Una orden judicial la emite un tribunal y la firma un juez o magistrado federal o estatal; puede autorizar un arresto o un registro, incluida la entrada a una vivienda.',
        sources: [NILC_WARRANTS_101, RARITAN_WARRANTS, FACTUALLY_WARRANTS],
      },
      {
        en: 'An administrative immigration warrant, Form I-200 (arrest) or I-205 (removal), is issued within DHS and signed by an immigration officer or immigration judge; it can support an arrest but has long been understood not to authorize entering a home without consent.',
        es: 'Una orden administrativa de inmigración, el Formulario I-200 (arresto) o I-205 (deportación), se emite dentro del DHS y la firma un funcionario o un juez de inmigración; puede respaldar un arresto, pero tradicionalmente se ha entendido que no autoriza a entrar en una vivienda sin consentimiento.',
        sources: [NILC_WARRANTS_101, KYR_WARRANTS, IJ_ADMIN_WARRANTS],
      },
      {
        en: 'In early 2026 DHS asserted that officers may enter the homes of people with final removal orders on an administrative warrant alone; civil-liberties lawyers dispute that position.',
        es: 'A comienzos de 2026 el DHS sostuvo que sus agentes pueden entrar en la vivienda de personas con orden final de deportación solo con una orden administrativa; abogados de libertades civiles cuestionan esa postura.',
        sources: [LGI_2026_WARRANTS, IJ_ADMIN_WARRANTS],
      },
    ],
    basis: [
      { name: 'Fourth Amendment (searches and seizures)', citation: 'U.S. Const. amend. IV' },
      { name: 'Arrest on warrant (Form I-200)', citation: 'INA § 236(a), 8 U.S.C. § 1226(a); 8 C.F.R. § 287.5(e)(2)' },
      { name: 'Warrant of removal (Form I-205)', citation: '8 C.F.R. § 241.2' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:subpoena',
    title: {
      en: 'Subpoena (judicial or administrative)',
      es: 'Citación (subpoena) judicial o administrativa',
    },
    sentences: [
      {
        en: 'A judicial subpoena is a court order to testify or hand over documents, issued by a court and signed by a judge or court clerk; refusing it can bring legal penalties.',
        es: 'Una citación judicial es una orden de un tribunal para declarar o entregar documentos, emitida por el tribunal y firmada por un juez o un secretario judicial; negarse puede acarrear sanciones legales.',
        sources: [NILC_WARRANTS_101, RARITAN_WARRANTS],
      },
      {
        en: 'ICE also issues administrative (immigration) subpoenas without a judge’s approval; they are not court orders, and to compel compliance ICE must ask a federal court, as it did successfully against the Denver sheriff in 2020.',
        es: 'ICE también emite citaciones administrativas (de inmigración) sin aprobación de un juez; no son órdenes judiciales y, para obligar a cumplirlas, ICE debe acudir a un tribunal federal, como hizo con éxito contra el alguacil de Denver en 2020.',
        sources: [NILC_WARRANTS_101, FEDLAWYERS_SUBPOENA, GOMEZ_2020],
      },
      {
        en: 'ICE has used such subpoenas to obtain records from cities and states with sanctuary policies, and to ask DMVs for face searches of license photos.',
        es: 'ICE ha usado este tipo de citaciones para obtener registros de ciudades y estados con políticas santuario, y para pedir a los DMV búsquedas faciales en las fotos de licencias.',
        sources: [CLR_SUBPOENA, ONLINEATHENS_FR, FINDBIOMETRICS_FR],
      },
    ],
    basis: [
      { name: 'Immigration subpoena power', citation: 'INA § 235(d)(4), 8 U.S.C. § 1225(d)(4)' },
      { name: 'Subpoenas in immigration matters', citation: '8 C.F.R. § 287.4' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:court-order',
    title: {
      en: 'Court order',
      es: 'Orden judicial',
    },
    sentences: [
      {
        en: 'A court order is a directive from a judge; judicial warrants and judicial subpoenas are both written court orders, unlike ICE’s own warrants and subpoenas.',
        es: 'Una orden judicial es un mandato de un juez; las órdenes de arresto o registro judiciales y las citaciones judiciales son órdenes escritas de un tribunal, a diferencia de las órdenes y citaciones propias de ICE.',
        sources: [NILC_WARRANTS_101],
      },
      {
        en: 'Federal privacy law lets DMVs release personal information under a court order, and a minority of states require a court order or warrant before their agencies hand over driver data.',
        es: 'La ley federal de privacidad permite a los DMV entregar información personal por orden judicial, y una minoría de estados exige una orden judicial antes de que sus agencias entreguen datos de conductores.',
        sources: [DPPA_TN, FACTUALLY_DL_ICE],
      },
      {
        en: 'Such a rule covers requests to the state, but it does not by itself switch off self-service lookups through Nlets: in November 2025 members of Congress said ICE often kept warrantless access in states that had passed court-order laws.',
        es: 'Esa regla cubre las solicitudes al estado, pero por sí sola no desactiva las consultas directas a través de Nlets: en noviembre de 2025, miembros del Congreso señalaron que ICE a menudo conservaba acceso sin orden judicial en estados que habían aprobado leyes de orden judicial.',
        sources: [TENGELE_NLETS, WYDEN_RELEASE],
      },
    ],
    basis: [
      { name: 'Driver’s Privacy Protection Act, use in proceedings or under a court order', citation: '18 U.S.C. § 2721(b)(4)' },
      { name: 'Fourth Amendment (warrants issued on probable cause)', citation: 'U.S. Const. amend. IV' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:secure-communities',
    title: {
      en: 'Secure Communities',
      es: 'Comunidades Seguras (Secure Communities)',
    },
    sentences: [
      {
        en: 'Secure Communities is an ICE program in which fingerprints taken when someone is booked into jail, and sent to the FBI, are also checked against DHS immigration records; a match alerts ICE, which may then issue a detainer.',
        es: 'Comunidades Seguras es un programa de ICE por el cual las huellas tomadas al ingresar a alguien en la cárcel, que se envían al FBI, también se comparan con los registros migratorios del DHS; si hay coincidencia se avisa a ICE, que puede emitir un detainer.',
        sources: [DBPEDIA_SCOMM, SECMAG_SCOMM],
      },
      {
        en: 'It began as a pilot in 2008, was replaced by the Priority Enforcement Program announced in November 2014, was revived by executive order on January 25, 2017 and was ended again by executive order on January 20, 2021.',
        es: 'Comenzó como programa piloto en 2008, fue reemplazado por el Programa de Cumplimiento Prioritario anunciado en noviembre de 2014, se reactivó por orden ejecutiva el 25 de enero de 2017 y se volvió a terminar por orden ejecutiva el 20 de enero de 2021.',
        sources: [FCW_SCOMM, KNOWPIA_PEP, KIDDLE_SCOMM, EO_13993_TEXT],
      },
      {
        en: 'In January 2025 the new administration revoked the 2021 order that had ended it.',
        es: 'En enero de 2025 el nuevo gobierno revocó la orden de 2021 que le había puesto fin.',
        sources: [TALENT_EO_2025],
      },
    ],
    basis: [
      { name: 'Executive Order 13768, Enhancing Public Safety in the Interior of the United States (2017)', citation: '82 Fed. Reg. 8799' },
      { name: 'Executive Order 13993, Revision of Civil Immigration Enforcement Policies and Priorities (2021; revoked EO 13768)', citation: '86 Fed. Reg. 7051' },
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },
  {
    termId: 'topic:Nlets',
    title: {
      en: 'Nlets (International Justice and Public Safety Network)',
      es: 'Nlets (Red Internacional de Justicia y Seguridad Pública)',
    },
    sentences: [
      {
        en: 'Nlets, formerly the National Law Enforcement Telecommunications System, is a nonprofit network run by state law-enforcement agencies and based in Arizona; it lets about 18,000 agencies in the U.S. and Canada look up other states’ driver, vehicle and criminal-justice records.',
        es: 'Nlets, antes llamado Sistema Nacional de Telecomunicaciones de las Fuerzas del Orden, es una red sin fines de lucro operada por agencias policiales estatales y con sede en Arizona; permite a unas 18,000 agencias de EE. UU. y Canadá consultar registros de conductores, vehículos y justicia penal de otros estados.',
        sources: [WYDEN_RELEASE, BIOMETRIC_NLETS, FINDARTICLES_NLETS, NEWSMAX_NLETS],
      },
      {
        en: 'Each state decides what it makes available and to which agencies; by November 2025 Illinois, Massachusetts, Minnesota and New York had blocked ICE, Washington followed, and Oregon was working on it.',
        es: 'Cada estado decide qué pone a disposición y de qué agencias; para noviembre de 2025, Illinois, Massachusetts, Minnesota y Nueva York habían bloqueado a ICE, Washington los siguió y Oregón estaba en proceso.',
        sources: [WYDEN_RELEASE, HOODLINE_NLETS, TENGELE_NLETS],
      },
      {
        en: 'Lookups need no review by state staff, so a state law requiring a court order for DMV data does not by itself stop them; in the year to October 1, 2025, ICE made 292,114 DMV queries on Nlets and HSI 605,116.',
        es: 'Las consultas no requieren revisión de personal del estado, así que una ley estatal que exija orden judicial para los datos del DMV no las detiene por sí sola; en el año previo al 1 de octubre de 2025, ICE hizo 292,114 consultas del DMV en Nlets y HSI, 605,116.',
        sources: [WYDEN_RELEASE, TENGELE_NLETS, NEWSMAX_NLETS],
      },
    ],
    basis: [
      {
        name: 'No statute creates Nlets; sharing rests on state choices and the Driver’s Privacy Protection Act exception for government agencies',
        citation: '18 U.S.C. § 2721(b)(1)',
      },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:NCIC',
    title: {
      en: 'NCIC (National Crime Information Center)',
      es: 'NCIC (Centro Nacional de Información Criminal)',
    },
    sentences: [
      {
        en: 'NCIC is the FBI’s computerized database of criminal-justice records, such as wanted persons, missing persons and stolen property; it has run since 1967 and is open to virtually every U.S. law-enforcement agency.',
        es: 'El NCIC es la base de datos computarizada del FBI con registros de justicia penal, como personas buscadas, personas desaparecidas y bienes robados; funciona desde 1967 y está abierta a prácticamente todas las agencias policiales de EE. UU.',
        sources: [FBI_NCIC],
      },
      {
        en: 'It includes an Immigration Violator File with records on deported felons, people who did not leave after a removal order, and other immigration violators, so a routine police check can return an immigration record.',
        es: 'Incluye un Archivo de Infractores Migratorios con registros de personas deportadas por delitos graves, de quienes no salieron tras una orden de deportación y de otros infractores migratorios, por lo que una consulta policial de rutina puede devolver un registro migratorio.',
        sources: [ICE_FOIA_IVF, SCRIBD_IVF],
      },
      {
        en: 'ICE’s Mobile Fortify face-recognition app reportedly draws on NCIC and Nlets, among other databases.',
        es: 'Según informes, la aplicación de reconocimiento facial Mobile Fortify de ICE consulta el NCIC y Nlets, entre otras bases de datos.',
        sources: [BIOMETRIC_FORTIFY],
      },
    ],
    basis: [
      { name: 'Acquisition and exchange of criminal identification records by the Attorney General', citation: '28 U.S.C. § 534' },
      { name: 'Criminal justice information systems', citation: '28 C.F.R. Part 20' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:REAL-ID',
    title: {
      en: 'REAL ID',
      es: 'REAL ID (licencias e identificaciones compatibles)',
    },
    sentences: [
      {
        en: 'The REAL ID Act of 2005 set federal minimum standards for state driver’s licenses and ID cards; since May 7, 2025, a compliant card (usually marked with a star) or another accepted ID such as a passport is needed to board domestic flights and enter certain federal facilities.',
        es: 'La Ley REAL ID de 2005 fijó estándares federales mínimos para las licencias de conducir y tarjetas de identificación estatales; desde el 7 de mayo de 2025 se necesita una tarjeta compatible (normalmente marcada con una estrella) u otra identificación aceptada, como un pasaporte, para abordar vuelos nacionales y entrar en ciertas instalaciones federales.',
        sources: [DHS_REALID_FAQ, DHS_REALID_FAQ_2021, TANCINCO_REALID],
      },
      {
        en: 'A REAL ID-compliant card requires proof of lawful status, checked through DHS’s SAVE system; states may still issue non-compliant licenses, including to people who cannot prove status, and those cards must show that they are not valid for federal purposes.',
        es: 'Una tarjeta compatible con REAL ID exige prueba de estatus legal, que se verifica con el sistema SAVE del DHS; los estados pueden seguir emitiendo licencias no compatibles, también a personas que no pueden probar su estatus, y esas tarjetas deben indicar que no sirven para fines federales.',
        sources: [NILC_PROTECT_2019, AAMVA_VLS, FINANCEPRO_REALID],
      },
      {
        en: 'DHS has cautioned that holding a non-compliant card does not indicate that someone is undocumented, since people obtain them for many reasons.',
        es: 'El DHS ha advertido que tener una tarjeta no compatible no indica que alguien sea indocumentado, ya que la gente las obtiene por muchas razones.',
        sources: [FINANCEPRO_REALID],
      },
    ],
    basis: [
      { name: 'REAL ID Act of 2005', citation: 'Pub. L. 109-13, div. B, § 202 (49 U.S.C. § 30301 note)' },
      { name: 'Non-compliant licenses (distinct design, not for federal purposes)', citation: 'REAL ID Act § 202(d)(11)' },
      { name: 'REAL ID regulations', citation: '6 C.F.R. Part 37' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:DPPA',
    title: {
      en: 'Driver’s Privacy Protection Act (DPPA)',
      es: 'Ley de Protección de la Privacidad de los Conductores (DPPA)',
    },
    sentences: [
      {
        en: 'The DPPA, a 1994 federal law, bars state DMVs and their staff from releasing personal information from motor-vehicle records (such as name, address, photo and Social Security number) unless one of its listed exceptions applies.',
        es: 'La DPPA, una ley federal de 1994, prohíbe a los DMV estatales y a su personal divulgar información personal de los registros de vehículos (como nombre, dirección, foto y número de Seguro Social) salvo que se aplique alguna de las excepciones que enumera.',
        sources: [DPPA_TEXT, LEGALCLARITY_DPPA],
      },
      {
        en: 'One exception covers any government agency, including law enforcement, carrying out its functions, so the DPPA itself does not stop DMV data from reaching ICE; limits on that come from state laws and state practice.',
        es: 'Una excepción abarca a cualquier agencia gubernamental, incluidas las policiales, en el ejercicio de sus funciones, por lo que la DPPA por sí sola no impide que los datos del DMV lleguen a ICE; los límites a eso provienen de leyes y prácticas estatales.',
        sources: [DPPA_TN, DPPA_TEXT, NILC_PROTECT_2019],
      },
      {
        en: 'Other exceptions allow sales to businesses such as insurers, private investigators and bulk data buyers; Oregon’s DMV alone has earned over $60 million from such sales since 2019.',
        es: 'Otras excepciones permiten ventas a empresas como aseguradoras, investigadores privados y compradores de datos al por mayor; solo el DMV de Oregón ha ganado más de 60 millones de dólares con esas ventas desde 2019.',
        sources: [GRADA3_DMV_SALES, OCF_DMV_BROKERS],
      },
    ],
    basis: [
      { name: 'Driver’s Privacy Protection Act of 1994', citation: 'Pub. L. 103-322, title XXX; 18 U.S.C. §§ 2721–2725' },
      { name: 'Upheld by the Supreme Court', citation: 'Reno v. Condon, 528 U.S. 141 (2000)' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:AAMVA',
    title: {
      en: 'AAMVA (American Association of Motor Vehicle Administrators)',
      es: 'AAMVA (Asociación Estadounidense de Administradores de Vehículos Motorizados)',
    },
    sentences: [
      {
        en: 'AAMVA is a nonprofit association of U.S. and Canadian motor-vehicle agencies, not a government agency; it writes licensing standards and model guidance and runs shared data services for DMVs.',
        es: 'AAMVA es una asociación sin fines de lucro de agencias de vehículos motorizados de EE. UU. y Canadá, no una agencia de gobierno; redacta estándares y guías modelo para licencias y opera servicios de datos compartidos para los DMV.',
        sources: [WIKIMILI_AAMVA, BRENNAN_DMV],
      },
      {
        en: 'Its services include State-to-State, which checks whether an applicant already holds a license in another state, and a link that lets DMVs query DHS’s SAVE system on immigration status.',
        es: 'Entre sus servicios están State-to-State, que verifica si un solicitante ya tiene licencia en otro estado, y una conexión que permite a los DMV consultar el sistema SAVE del DHS sobre el estatus migratorio.',
        sources: [MOVE_S2S, AAMVA_VLS],
      },
      {
        en: 'In 2026 California prepared to send license-holder data, including whether a person has a Social Security number, to State-to-State after reportedly receiving assurances that bulk searches would be blocked and ICE and CBP kept out.',
        es: 'En 2026 California se preparó para enviar a State-to-State datos de titulares de licencias, incluido si la persona tiene número de Seguro Social, tras recibir, según se informó, garantías de que se bloquearían las búsquedas masivas y se dejaría fuera a ICE y CBP.',
        sources: [IPTP_AAMVA],
      },
    ],
    basis: [
      { name: 'No statute creates AAMVA; REAL ID requires states to give other states electronic access to their driver databases', citation: 'REAL ID Act of 2005, Pub. L. 109-13, div. B, § 202(d)(12)' },
      { name: 'Lawful-status checks through SAVE', citation: 'REAL ID Act of 2005, § 202(c)(3)(C)' },
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },
  {
    termId: 'topic:sanctuary',
    title: {
      en: 'Sanctuary policy (state, city or county)',
      es: 'Política santuario (estado, ciudad o condado santuario)',
    },
    sentences: [
      {
        en: '“Sanctuary” has no definition in federal statute or regulation; it is a label for places that limit how far their police, jails and agencies help federal immigration enforcement.',
        es: '“Santuario” no tiene definición en leyes ni reglamentos federales; es una etiqueta para lugares que limitan cuánto ayudan su policía, sus cárceles y sus agencias al control migratorio federal.',
        sources: [CAP_SANCTUARY, NYSBA_SANCTUARY],
      },
      {
        en: 'Common measures include declining ICE detainer requests, limiting information shared about immigrants and restricting agents’ access to jails or courthouses; even so, all jurisdictions share a good deal of information, and ICE can still make arrests on its own.',
        es: 'Entre las medidas habituales están no atender las solicitudes de retención de ICE, limitar la información que se comparte sobre inmigrantes y restringir el acceso de agentes a cárceles o tribunales; aun así, todas las jurisdicciones comparten bastante información e ICE puede seguir haciendo arrestos por su cuenta.',
        sources: [NYSBA_SANCTUARY, NJ_SANCTUARY],
      },
      {
        en: 'A policy aimed at police may not reach the DMV: in 2025 members of Congress found that driver data from states describing themselves as sanctuaries was still open to ICE through Nlets.',
        es: 'Una política dirigida a la policía puede no alcanzar al DMV: en 2025, miembros del Congreso encontraron que los datos de conductores de estados que se presentan como santuario seguían abiertos a ICE a través de Nlets.',
        sources: [BIOMETRIC_NLETS, TENGELE_NLETS],
      },
    ],
    basis: [
      { name: 'Federal bar on restricting the sharing of citizenship or immigration-status information', citation: '8 U.S.C. § 1373' },
      { name: 'Tenth Amendment limit on commandeering state officers', citation: 'U.S. Const. amend. X; Printz v. United States, 521 U.S. 898 (1997)' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:ALPR',
    title: {
      en: 'License-plate readers (ALPR)',
      es: 'Lectores automáticos de placas (ALPR)',
    },
    sentences: [
      {
        en: 'Automated license-plate readers are cameras that log passing vehicles’ plates with time and place; one vendor, Flock Safety, runs over 40,000 cameras in more than 5,000 U.S. communities, and police typically search the data without a warrant.',
        es: 'Los lectores automáticos de placas son cámaras que registran las placas de los vehículos que pasan, con hora y lugar; una empresa, Flock Safety, opera más de 40,000 cámaras en más de 5,000 comunidades de EE. UU., y la policía suele consultar los datos sin orden judicial.',
        sources: [SAN_FLOCK, NEXTSHARK_FLOCK],
      },
      {
        en: 'ICE has no contract with Flock, but records showed over 4,000 searches between June 2024 and May 2025 that local and state police ran with reasons such as “immigration” or “ICE+ERO”, often at federal agents’ informal request.',
        es: 'ICE no tiene contrato con Flock, pero registros mostraron más de 4,000 búsquedas entre junio de 2024 y mayo de 2025 que policías locales y estatales hicieron con motivos como “immigration” o “ICE+ERO”, a menudo por pedido informal de agentes federales.',
        sources: [IPT_FLOCK, SAN_FLOCK, SSN_FLOCK],
      },
      {
        en: 'Some places limit this: Illinois law bars using plate-reader data for immigration enforcement, and Richmond, Virginia, cut off federal access after an improper immigration-related search in 2025.',
        es: 'Algunos lugares lo limitan: la ley de Illinois prohíbe usar datos de lectores de placas para el control migratorio, y Richmond (Virginia) cortó el acceso federal tras una búsqueda indebida relacionada con inmigración en 2025.',
        sources: [SAN_FLOCK, IPT_FLOCK],
      },
    ],
    basis: [
      { name: 'No federal statute specifically governs license-plate-reader data; general limit of the Fourth Amendment', citation: 'U.S. Const. amend. IV' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:facial-recognition',
    title: {
      en: 'Facial recognition',
      es: 'Reconocimiento facial',
    },
    sentences: [
      {
        en: 'Facial-recognition software compares a photo of an unknown person with stored photos; state DMV databases hold the photos of millions of people who have never been charged with a crime.',
        es: 'El software de reconocimiento facial compara la foto de una persona desconocida con fotos almacenadas; las bases de datos de los DMV estatales guardan fotos de millones de personas que nunca han sido acusadas de un delito.',
        sources: [WPTV_FR, VICE_FR],
      },
      {
        en: 'Records published in 2019 by Georgetown Law researchers showed ICE asking DMVs in Utah, Vermont and Washington to run face searches of license photos, sometimes on an email or an administrative subpoena rather than a court order.',
        es: 'Documentos publicados en 2019 por investigadores de Georgetown Law mostraron que ICE pidió a los DMV de Utah, Vermont y Washington búsquedas faciales en fotos de licencias, a veces con un simple correo o una citación administrativa en lugar de una orden judicial.',
        sources: [VICE_FR, ONLINEATHENS_FR, FINDBIOMETRICS_FR],
      },
      {
        en: 'Since 2025 ICE officers have used Mobile Fortify, a phone app that matches faces and fingerprints in the field against government databases reported to hold about 200 million images.',
        es: 'Desde 2025 los agentes de ICE usan Mobile Fortify, una aplicación de teléfono que compara rostros y huellas en la calle con bases de datos del gobierno que, según informes, contienen unos 200 millones de imágenes.',
        sources: [SAN_FORTIFY, BIOMETRIC_FORTIFY, TECHSTORY_FORTIFY],
      },
    ],
    basis: [
      { name: 'No federal statute specifically governs face searches; general limit of the Fourth Amendment', citation: 'U.S. Const. amend. IV' },
      { name: 'Driver’s Privacy Protection Act: license photos may go to government agencies without consent', citation: '18 U.S.C. § 2721(a)(2), (b)(1)' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
  {
    termId: 'topic:data-brokers',
    title: {
      en: 'Data brokers',
      es: 'Corredores de datos (data brokers)',
    },
    sentences: [
      {
        en: 'Data brokers are companies that collect and sell personal records such as addresses, utility accounts, vehicle registrations and arrest records, drawn from public and commercial sources.',
        es: 'Los corredores de datos son empresas que recopilan y venden registros personales, como direcciones, cuentas de servicios públicos, registros de vehículos y antecedentes de arresto, tomados de fuentes públicas y comerciales.',
        sources: [WAPO_CLEAR, EPGN_LEXIS],
      },
      {
        en: 'ICE pays for access to such databases, including Thomson Reuters’ CLEAR and LexisNexis’s Accurint, which let agents find people without a warrant, a subpoena or a request to local police, even where sanctuary rules limit local sharing.',
        es: 'ICE paga por acceder a estas bases de datos, como CLEAR de Thomson Reuters y Accurint de LexisNexis, que permiten a sus agentes localizar personas sin orden judicial, sin citación y sin pedirlo a la policía local, incluso donde las normas santuario limitan lo que se comparte localmente.',
        sources: [WAPO_CLEAR, INDEPENDENT_CLEAR, EPGN_LEXIS],
      },
      {
        en: 'Part of their data comes from DMVs themselves, which may sell records to bulk buyers such as LexisNexis and Experian under exceptions in the federal DPPA.',
        es: 'Parte de sus datos viene de los propios DMV, que pueden vender registros a compradores al por mayor como LexisNexis y Experian al amparo de excepciones de la ley federal DPPA.',
        sources: [GRADA3_DMV_SALES, OCF_DMV_BROKERS],
      },
    ],
    basis: [
      { name: 'No federal statute bars agencies from buying commercial data; DPPA rules on resale of DMV records', citation: '18 U.S.C. § 2721(c)' },
      { name: 'Warrant required for phone-company location records (the limit purchases can sidestep)', citation: 'Carpenter v. United States, 585 U.S. 296 (2018)' },
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },
];
