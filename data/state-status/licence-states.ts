/**
 * "What the law says now" for the 16 states and DC (outside California, Maine, Minnesota and New
 * Mexico) that issue driver’s licences or driving cards regardless of immigration status.
 * Checked against stored copies of public pages; every url below was returned by a search.
 */
import { CHECKED_ON, type Source, type StateStatus } from '@/data/checked-types';
import { HOODLINE_NLETS, MERITALK_NLETS, NCSL_2014, VOZ_RECIPIENTS, WYDEN_RELEASE } from '@/data/sources/national';

// ---------------------------------------------------------------------------------------------
// Shared sources
// ---------------------------------------------------------------------------------------------

/** Sources for "no" on Nlets for a state that was not named among those that had blocked ICE. */
const NLETS_NOT_BLOCKED: Source[] = [WYDEN_RELEASE, HOODLINE_NLETS, MERITALK_NLETS];
const NLETS_NOT_BLOCKED_RECIPIENT: Source[] = [WYDEN_RELEASE, HOODLINE_NLETS, VOZ_RECIPIENTS];

const GOVERNING_LOOPHOLES: Source = {
  title: 'Governing: Massachusetts aims to close driver’s license data loopholes',
  url: 'https://www.governing.com/security/massachusetts-aims-to-close-drivers-license-data-loopholes',
};

// Pages cited more than once in this file, declared once so the citations cannot drift apart.
const CO_CIRC_SB25_276: Source = {
  title: 'Colorado Immigrant Rights Coalition: Understanding SB25-276',
  url: 'https://coloradoimmigrant.org/our-work/sb25-276/',
};
const CO_SB21_131: Source = {
  title: 'Colorado General Assembly: SB21-131 Protect Personal Identifying Information Kept By State',
  url: 'https://leg.colorado.gov/bills/SB21-131',
};
const CO_SB21_131_BILLTRACK: Source = {
  title: 'BillTrack50: CO SB131 (2021), signed 06/25/2021',
  url: 'https://www.billtrack50.com/billdetail/1330648',
};
const CO_SB25_276_TEXT: Source = {
  title: 'Colorado General Assembly: SB 25-276 as signed (5/23/2025)',
  url: 'https://s3.us-west-2.amazonaws.com/beta.leg.colorado.gov/b821f466b3bbc68ca62258295eddb584',
};
const CO_COURTHOUSE_ARRESTS: Source = {
  title: 'Colorado Hometown Weekly (Denver Post): ICE agents can no longer make civil arrests at courthouses in Colorado',
  url: 'https://www.coloradohometownweekly.com/2020/03/24/ice-colorado-courthouse-immigration-arrests/',
};
const CT_PA13_89_SUMMARY: Source = {
  title: 'Connecticut OLR: Public Act 13-89 summary',
  url: 'http://cga.ct.gov/2013/sum/2013SUM00089-R02HB-06495-SUM.htm',
};
const CT_TRUST_ACT_2025: Source = {
  title: 'CT Public: Updates to CT Trust Act in October, what to know',
  url: 'https://www.ctpublic.org/news/2025-09-03/updates-ct-trust-act-october-what-to-know',
};
const CT_COURTHOUSE_RULE: Source = {
  title: 'CT Mirror: New rule on ICE arrests in Connecticut courthouses (Sept 16, 2025)',
  url: 'https://ctmirror.org/2025/09/16/ice-arrests-ct-courthouses',
};
const DE_CH67: Source = {
  title: 'Delaware Code, session laws: Chapter 67 (formerly SB 59), 148th General Assembly',
  url: 'https://delcode.delaware.gov/sessionlaws/ga148/chp067.shtml',
};
const DE_ONLINE_2018: Source = {
  title: 'Delaware Online: Lawmaker worries ICE may abuse Delaware undocumented driver info (2018)',
  url: 'https://www.delawareonline.com/story/news/local/2018/01/23/lawmaker-worries-ice-may-abuse-delaware-undocumented-driver-info/1048175001/',
};
const DC_LAW_20_62_BILL: Source = {
  title: 'DC Council bill text citing D.C. Law 20-62 (limited purpose credential)',
  url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=DCB00022409&billsummary_session=25&billsummary_state=dc',
};
const DC_NADEAU_LETTER: Source = {
  title: 'Councilmember Nadeau: letter seeking clarification on DMV handling of immigrant personal information (2017)',
  url: 'https://www.brianneknadeau.com/updates/press-release/nadeau-seeks-clarification-dmv-handling-immigrant-personal-information-office',
};
const IL_NBC_2024: Source = {
  title: 'NBC Chicago: Undocumented residents now eligible for standard Illinois licenses (July 2024)',
  url: 'https://www.nbcchicago.com/news/local/undocumented-residents-receive-illinois-drivers-licenses/3479952/',
};
const IL_CBS_STANDARD: Source = {
  title: 'CBS Chicago: Standard licenses for undocumented immigrants take effect',
  url: 'https://www.cbsnews.com/chicago/news/undocumented-immigrants-standard-illinois-drivers-licenses/',
};
const IL_625_ILCS_6_110_3: Source = {
  title: 'Illinois Compiled Statutes: 625 ILCS 5/6-110.3',
  url: 'https://beta.ilga.gov/ftp/ILCS/Ch%200625/Act%200005/062500050K6-110.3.html',
};
const IL_MALDEF_COURTS: Source = {
  title: 'MALDEF: Gov. Pritzker signs bill protecting safe access to courts (Dec 2025)',
  url: 'https://www.maldef.org/2025/12/illinois-gov-j-b-pritzker-signs-bill-protecting-safe-access-to-courts-for-all',
};
const MD_CASA_PRIVACY: Source = {
  title: 'CASA: Protecting the privacy of Maryland drivers',
  url: 'https://wearecasa.org/maryland-protecting-privacy-of-drivers/',
};
const MD_BACKBONE: Source = {
  title: 'The Backbone: Maryland allegedly illegally sharing driver’s license data with ICE',
  url: 'https://the-backbone.beehiiv.com/p/maryland-allegedly-illegally-sharing-driver-s-license-data-with-ice',
};
const MA_BOSTON_IRISH: Source = {
  title: 'Boston Irish (RIAN): Massachusetts’s new driver’s license law',
  url: 'https://bostonirish.com/commentary/2022/rian-immigration-center-takes-look-massachusettss-new-drivers-license-law',
};
const MA_BOSTON25_RMV: Source = {
  title: 'Boston 25: MA barring ICE from accessing RMV records without a warrant or court order',
  url: 'https://www.boston25news.com/news/local/25-investigates-ma-barring-ice-accessing-rmv-records-without-warrant-or-court-order/B6TVZ6Q4JFCXPDAW2XJSA7QM2U/',
};
const NV_CLINIC: Source = {
  title: 'CLINIC: State laws extending driving privileges, Nevada',
  url: 'https://cliniclegal.org/resources/articles-clinic/state-laws-extending-driving-privileges-all-residents-nevada',
};
const NJ_DIRECTIVE_07_19: Source = {
  title: 'NJ Supreme Court Directive #07-19 (text)',
  url: 'https://assets.documentcloud.org/documents/6024764/COURTS-ICE-DIRECTIVE.txt',
};
const NJ_ACLU_SAFE_COMMUNITIES: Source = {
  title: 'ACLU-NJ: Murphy signs Safe Communities Act, pocket vetoes two bills',
  url: 'https://www.aclu-nj.org/?p=7207',
};
const NY_CIS_GREEN_LIGHT: Source = {
  title: 'CIS: New York Green-Light Law (signed June 17, 2019)',
  url: 'https://cis.org/Report/New-York-GreenLight-Law-Creates-Serious-and-Unprecedented-Hurdles-Immigration-Enforcement?utm_source=akdart',
};
const NY_USA_TODAY_2019: Source = {
  title: 'USA Today (PressReader): New York’s Green Light Law takes effect (Dec 2019)',
  url: 'https://www.pressreader.com/usa/usa-today-us-edition/20191220/281560882694872',
};
const NY_IDP_COURTS_ACT: Source = {
  title: 'Immigrant Defense Project: Protect Our Courts Act signed (Dec 15, 2020)',
  url: 'https://www.immigrantdefenseproject.org/immigrant-defense-project-and-the-ice-out-of-courts-coalition-celebrates-signing-of-protect-our-courts-act/',
};
const OR_ASTORIAN_HB2015: Source = {
  title: 'Daily Astorian: Congressional inaction made HB 2015 inevitable',
  url: 'https://www.dailyastorian.com/opinion/editorials/our-view-congressional-inaction-made-hb-inevitable/article_2c7d7f74-d10a-5269-981c-423606056db2.html',
};
const OR_ORS_180_805: Source = {
  title: 'ORS 180.805 (2017 edition)',
  url: 'https://www.oregonlaws.org/ors/180.805',
};
const OR_DOJ_SANCTUARY_REPORT: Source = {
  title: 'Oregon DOJ: 2nd annual Sanctuary Promise report',
  url: 'https://doj.state.or.us/media-home/news-media-releases/oregon-doj-receives-2nd-annual-sanctuary-promise-report-from-criminal-justice-commission',
};
const OR_COURTHOUSE_RULE: Source = {
  title: 'American Judges Association blog: Oregon Supreme Court issues rule to limit ICE courthouse arrests (Dec 2019)',
  url: 'https://blog.amjudges.org/2019/12/09/oregon-supreme-court-issues-rule-to-limit-ice-courthouse-arrests/',
};
const RI_31_10_4_1: Source = {
  title: 'R.I. Gen. Laws § 31-10.4-1',
  url: 'http://webserver.rilin.state.ri.us/Statutes/TITLE31/31-10.4/31-10.4-1_31-10.4-1.htm',
};
const RI_31_10_4_3: Source = {
  title: 'R.I. Gen. Laws § 31-10.4-3 (confidentiality)',
  url: 'https://lawserver.com/law/state/rhode-island/ri-laws/rhode_island_general_laws_31-10-4-3',
};
const UT_DESERET_2005: Source = {
  title: 'Deseret News: Driving cards approved (March 2005)',
  url: 'https://www.deseret.com/2005/3/2/19879937/driving-cards-approved/',
};
const VT_MIGRANT_JUSTICE_2020: Source = {
  title: 'Vermont Business Magazine: AG’s office facilitates settlement of Migrant Justice lawsuit (2013 law described)',
  url: 'https://vermontbiz.com/news/2020/january/15/ags-office-facilitates-settlement-migrant-justice-lawsuit',
};
const VT_20_VSA_207: Source = {
  title: 'Vermont Statutes: 20 V.S.A. § 4651',
  url: 'https://legislature.vermont.gov/statutes/fullchapter/20/207',
};
const VA_HB2163: Source = {
  title: 'Richmond Sunlight: HB2163 (2021), signed by governor',
  url: 'https://www.richmondsunlight.com/bill/2021/hb2163/',
};
const WA_ONEAMERICA_2018: Source = {
  title: 'OneAmerica: Time to weigh in on the new Washington driver’s license (2018)',
  url: 'https://weareoneamerica.org/2018/05/21/time-to-weigh-in-on-the-new-washington-drivers-license/',
};
const WA_5497_REPORT: Source = {
  title: 'Washington Legislature: Final bill report E2SSB 5497 (2019)',
  url: 'http://lawfilesext.leg.wa.gov/biennium/2019-20/Htm/Bill%20Reports/Senate/5497-S2.E%20SBR%20FBR%2019.htm?q=20200707101537',
};
const WA_RCW_2_28_300: Source = {
  title: 'RCW 2.28.300 (definitions, Courts Open to All Act)',
  url: 'http://app.leg.wa.gov/RCW/default.aspx?cite=2.28.300',
};

const NLETS_NOTE =
  'A state law that limits what the DMV hands over does not by itself switch off the self-service lookups that federal agencies, ICE included, can run through Nlets; that is a separate technical setting.';

// ---------------------------------------------------------------------------------------------
// Status by jurisdiction
// ---------------------------------------------------------------------------------------------

export const LICENCE_STATES_STATUS: readonly StateStatus[] = [
  // ------------------------------------------------------------------------------- Colorado --
  {
    code: 'CO',
    headline:
      'State law bars the DMV from sharing records for civil immigration enforcement without a court-issued subpoena, warrant or order, but ICE’s Nlets access was still open as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'The Colorado Road and Community Safety Act (SB13-251) lets residents get a licence or ID without proof of lawful presence; a 2025 law dropped the affidavit about applying for lawful status.',
      laws: ['co-sb13-251', 'co-sb25-276'],
      sources: [NCSL_2014, CO_CIRC_SB25_276],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'yes',
      text: 'Since 2021 the Department of Revenue may not share motor vehicle records for investigating or assisting federal immigration enforcement unless federal or state law or a court-issued subpoena, warrant or order requires it; SB25-276 (2025) tightened the rules on collecting and sharing personal identifying information.',
      laws: ['co-sb21-131', 'co-sb25-276'],
      sources: [CO_SB21_131, CO_SB21_131_BILLTRACK, CO_SB25_276_TEXT],
      confidence: 'high',
    },
    nlets: {
      verdict: 'no',
      text: 'As of the Nov 12, 2025 letter to Gov. Polis, Colorado was not among the states that had blocked ICE in Nlets (only Illinois, New York, Massachusetts, Minnesota and then Washington had). No later source found showing a block.',
      laws: [],
      sources: NLETS_NOT_BLOCKED_RECIPIENT,
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    courthouse: {
      verdict: 'yes',
      text: 'SB20-083 (signed March 2020) bars civil arrests, including ICE civil immigration arrests, in or around courthouses and of people travelling to or from court, unless a judge has issued the process.',
      laws: ['co-sb20-083'],
      sources: [
        CO_COURTHOUSE_ARRESTS,
        { title: 'American Judges Association blog: Colorado bans ICE arrests in courthouses', url: 'https://blog.amjudges.org/2020/03/31/colorado-bans-ice-arrests-in-courthouses/' },
      ],
      confidence: 'high',
    },
    laws: [
      {
        id: 'co-sb13-251',
        name: 'SB13-251, Colorado Road and Community Safety Act',
        citation: 'Colorado SB13-251 (2013)',
        year: 2013,
        does: 'Created licences and IDs for residents who cannot prove lawful presence.',
        sources: [
          NCSL_2014,
          { title: 'NILC toolkit: Access to Driver’s Licenses (SB13-251 materials)', url: 'https://www.nilc.org/issues/drivers-licenses/dlaccesstoolkit3d/' },
        ],
      },
      {
        id: 'co-sb21-131',
        name: 'SB21-131, Protect Personal Identifying Information Kept By State',
        citation: 'Colorado SB21-131 (2021)',
        year: 2021,
        does: 'Bars state employees, and the Department of Revenue for motor vehicle records, from sharing non-public personal information for federal immigration enforcement without a court-issued subpoena, warrant or order; requires certifications from database users and civil penalties.',
        sources: [CO_SB21_131, CO_SB21_131_BILLTRACK],
      },
      {
        id: 'co-sb25-276',
        name: 'SB25-276, measures to protect civil rights regardless of immigration status',
        citation: 'Colorado SB25-276 (2025)',
        year: 2025,
        does: 'Removed the lawful-presence affidavit for licences and IDs and extended limits on collecting and sharing personal identifying information to local governments, with reporting and penalties.',
        sources: [CO_SB25_276_TEXT, CO_CIRC_SB25_276],
      },
      {
        id: 'co-sb20-083',
        name: 'SB20-083, civil arrests at courthouses',
        citation: 'Colorado SB20-083 (2020)',
        year: 2020,
        does: 'Protects people at, going to or leaving court from civil arrest unless a judge has issued the process.',
        sources: [CO_COURTHOUSE_ARRESTS],
      },
    ],
    notCovered: [
      NLETS_NOTE,
      'The law allows disclosure for criminal investigations and under court process; in 2025 state agencies answered some federal immigration subpoenas, one of them in error.',
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },

  // ---------------------------------------------------------------------------- Connecticut --
  {
    code: 'CT',
    headline:
      'Connecticut issues drive-only licences, but no law found limits what the DMV gives ICE, and ICE’s Nlets access was still open as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'Public Act 13-89 (2013) created licences “for driving purposes only” for people who cannot prove lawful presence or lack a Social Security number, from January 1, 2015.',
      laws: ['ct-pa-13-89'],
      sources: [CT_PA13_89_SUMMARY, NCSL_2014],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'no',
      text: 'Connecticut’s Trust Act (2013, amended 2019 and 2025) limits what police, and since 2025 prosecutors and parole, may do for ICE; no source found that extends it to DMV records. In 2017 ICE had access to DMV data through the state’s COLLECT law-enforcement network, and advocates said the 2025 amendments lacked data protections.',
      laws: ['ct-trust-act'],
      sources: [
        { title: 'Hearst (copy): Despite Connecticut’s vow to fight Trump, ICE has access to immigrant driver’s license data (2017)', url: 'https://www.alipac.us/f12/despite-connecticut%92s-vow-fight-trump-ice-has-access-immigrant-driver%92s-licens-344421/' },
        { title: 'News 12: CT lawmakers approve expansion of Trust Act (May 2025)', url: 'https://newyork.news12.com/ct-lawmakers-approve-expansion-of-trust-act-limiting-role-of-law-enforcement-collaboration-with-ice' },
        CT_TRUST_ACT_2025,
      ],
      confidence: 'medium',
    },
    nlets: {
      verdict: 'no',
      text: 'As of the Nov 12, 2025 letter to Gov. Lamont, Connecticut had not blocked ICE in Nlets; no later source found showing a block.',
      laws: [],
      sources: NLETS_NOT_BLOCKED_RECIPIENT,
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    courthouse: {
      verdict: 'partly',
      text: 'A policy of the Chief Justice (Sept 16, 2025) bars arrests inside courthouses except on a judicial warrant or signed order and bars masked officers; it is a court policy, covers the building, and officials conceded it is hard to enforce.',
      laws: ['ct-courthouse-policy-2025'],
      sources: [
        CT_COURTHOUSE_RULE,
        { title: 'CT Mirror op-ed: legislature must act to further protect our courts (Nov 2025)', url: 'https://ctmirror.org/2025/11/12/ctslegislature-must-act-to-further-protect-our-courts' },
      ],
      confidence: 'high',
    },
    laws: [
      {
        id: 'ct-pa-13-89',
        name: 'Public Act 13-89 (sHB 6495), drive-only licences',
        citation: 'Conn. Public Act 13-89 (2013)',
        year: 2013,
        effective: '2015-01-01',
        does: 'Requires the DMV to issue driving-only licences to people who cannot prove lawful presence.',
        sources: [CT_PA13_89_SUMMARY],
      },
      {
        id: 'ct-trust-act',
        name: 'Connecticut Trust Act (2013; amended 2019 and 2025)',
        citation: 'Conn. Gen. Stat. § 54-192h',
        year: 2013,
        does: 'Limits police and corrections cooperation with ICE detainers and information sharing; the 2025 amendments reach prosecutors and the parole board and allow lawsuits. It does not address DMV records.',
        sources: [
          { title: 'Governor Lamont: final passage of legislation strengthening the Trust Act (2019)', url: 'https://portal.ct.gov/office-of-the-governor/news/press-releases/2019/05-2019/governor-lamont-applauds-final-passage-of-legislation-strengthening-the-connecticut-trust-act' },
          CT_TRUST_ACT_2025,
        ],
      },
      {
        id: 'ct-courthouse-policy-2025',
        name: 'Chief Justice’s courthouse arrest policy (2025)',
        citation: 'Connecticut Judicial Branch policy, Sept 16, 2025',
        year: 2025,
        effective: '2025-09-16',
        does: 'No arrests in courthouses without a judicial warrant or order; no face coverings for officers inside.',
        sources: [CT_COURTHOUSE_RULE],
      },
    ],
    notCovered: [
      NLETS_NOTE,
      'No statute found that bars the DMV from answering ICE requests; the Trust Act governs police, not the DMV.',
      'The courthouse policy is not a statute; lawmakers said they meant to codify it, which was not confirmed here.',
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // ------------------------------------------------------------------------------- Delaware --
  {
    code: 'DE',
    headline:
      'Delaware keeps driving-privilege-card records confidential except for criminal investigations, a narrow limit; ICE’s Nlets access was still open as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'SB 59 (2015) created driving privilege cards for people who cannot prove lawful presence.',
      laws: ['de-sb59-2015'],
      sources: [
        DE_CH67,
        { title: 'Delaware Register: Regulation 2225, Driving Privilege Permit and Card (2016)', url: 'http://regulations.delaware.gov/register/april2016/final/19%20DE%20Reg%20937%2004-01-16.htm' },
      ],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'partly',
      text: 'The 2015 law keeps card holders’ personal information confidential but lets the DMV cooperate with criminal investigations; reporting in 2025 noted that Delaware law still lets the DMV share records with federal law enforcement. HB 60 (2025), which would require the Attorney General’s approval or a court order, was still pending in April 2025; its fate was not confirmed.',
      laws: ['de-sb59-2015'],
      sources: [
        DE_ONLINE_2018,
        { title: 'Bill would restrict undocumented driver info sharing with ICE (HB 60, March 2025)', url: 'https://usnewsandbusiness.com/bill-would-restrict-undocumented-driver-info-sharing-with-ice' },
        { title: 'Cape Gazette: Immigration bills await action in House (April 2025)', url: 'https://capegazette.com/article/immigration-bills-await-action-house-committee/289964' },
      ],
      confidence: 'medium',
    },
    nlets: {
      verdict: 'no',
      text: 'As of the Nov 12, 2025 letter to Gov. Meyer, Delaware had not blocked ICE in Nlets; the governor’s office said it was looking into it. No later source found showing a block.',
      laws: [],
      sources: [
        ...NLETS_NOT_BLOCKED_RECIPIENT,
        { title: 'Delaware Call: Loophole in state police database allows ICE access to Delaware DMV information (Nov 15, 2025)', url: 'https://delawarecall.com/2025/11/15/obscure-loophole-in-state-police-database-allows-ice-access-to-delaware-dmv-information' },
      ],
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'de-sb59-2015',
        name: 'SB 59 (2015), driving privilege cards',
        citation: '80 Del. Laws c. 67; 21 Del. C. § 2711(d)',
        year: 2015,
        does: 'Creates driving privilege cards without proof of lawful presence; card information kept confidential except for criminal investigations.',
        sources: [DE_CH67, DE_ONLINE_2018],
      },
    ],
    notCovered: [
      NLETS_NOTE,
      'Immigration violations can be crimes, so a criminal-investigation exception can still let data reach immigration agents.',
      'Whether HB 60 (2025) became law was not confirmed.',
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // ------------------------------------------------------------------- District of Columbia --
  {
    code: 'DC',
    headline:
      'DC shields information about legal presence absent a warrant or subpoena, but other DMV data can go to government agencies, and ICE’s Nlets access was not reported blocked as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'The Driver’s Safety Amendment Act of 2013 created limited purpose licences and IDs for residents who cannot prove lawful presence (in force January 2014).',
      laws: ['dc-law-20-62'],
      sources: [NCSL_2014, DC_LAW_20_62_BILL],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'partly',
      text: 'Under the 2013 Act the DMV may not give out information about legal presence without a warrant or subpoena, but may still share other personal information with government agencies for their core functions.',
      laws: ['dc-law-20-62'],
      sources: [DC_NADEAU_LETTER],
      confidence: 'medium',
    },
    nlets: {
      verdict: 'no',
      text: 'As of Nov 12, 2025 only Illinois, New York, Massachusetts, Minnesota and Washington were reported to have blocked ICE in Nlets; the District was not among them. No later source found.',
      laws: [],
      sources: NLETS_NOT_BLOCKED,
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'dc-law-20-62',
        name: 'Driver’s Safety Amendment Act of 2013',
        citation: 'D.C. Law 20-62; D.C. Official Code § 50-1401.05',
        year: 2013,
        effective: '2014-01-17',
        does: 'Limited purpose licences and IDs without proof of lawful presence; legal-presence information protected absent a warrant or subpoena.',
        sources: [DC_LAW_20_62_BILL, DC_NADEAU_LETTER],
      },
    ],
    notCovered: [
      NLETS_NOTE,
      'Names, addresses and photos are not covered by the legal-presence shield; the limited purpose credential itself can signal status.',
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // --------------------------------------------------------------------------------- Hawaii --
  {
    code: 'HI',
    headline:
      'Hawaii keeps limited-purpose licence applications confidential, but no broader limit on DMV sharing was found, and ICE’s Nlets access was still open as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'Act 172 of 2015 (HB 1007) created limited purpose licences and permits for people who cannot prove authorized presence; issuing began in January 2016.',
      laws: ['hi-act-172-2015'],
      sources: [
        { title: 'Hawaii DOT: limited purpose driver’s license effective Jan 1, 2016', url: 'https://hidot.hawaii.gov/blog/2015/12/17/hawaiis-limited-purpose-drivers-license-provisional-drivers-license-and-instruction-permit-effective-jan-1-2016/' },
        { title: 'Star-Advertiser: advocates hail new license (Act 172)', url: 'https://staradvertiser.com/2016/01/04/hawaii-news/homeless-advocates-others-hail-new-license/?puzzleType=wg_guesstionary' },
      ],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'partly',
      text: 'The 2015 law makes documents and information collected for a limited purpose licence confidential; it does not address the rest of the driver record or immigration enforcement as such.',
      laws: ['hi-act-172-2015'],
      sources: [
        { title: 'Disappeared News: quoting the HB 1007 (2015) confidentiality clause', url: 'http://www.disappearednews.com/2016/12/hawaii-should-require-that-data-for-its.html' },
      ],
      confidence: 'low',
    },
    nlets: {
      verdict: 'no',
      text: 'As of the Nov 12, 2025 letter to Gov. Green, Hawaii had not blocked ICE in Nlets; no later source found.',
      laws: [],
      sources: NLETS_NOT_BLOCKED_RECIPIENT,
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'hi-act-172-2015',
        name: 'Act 172 (HB 1007, 2015), limited purpose driver’s licences',
        citation: 'Session Laws of Hawaii 2015, Act 172',
        year: 2015,
        effective: '2016-01-01',
        does: 'Limited purpose licences without proof of authorized presence; application documents kept confidential.',
        sources: [
          { title: 'Hawaii Senate committee report on HB 1007 (2015)', url: 'https://www.capitol.hawaii.gov/session2015/CommReports/HB1007_SD2_SSCR1308_.htm' },
          { title: 'Hawaii HB 1761 (2022) findings citing Act 172', url: 'https://www.capitol.hawaii.gov/sessions/session2022/bills/HB1761_HD1_.HTM' },
        ],
      },
    ],
    notCovered: [
      NLETS_NOTE,
      'The confidentiality clause covers application documents; its exceptions were not checked here.',
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // ------------------------------------------------------------------------------- Illinois --
  {
    code: 'IL',
    headline:
      'State law bars the Secretary of State from giving immigration agents driver data without a court order, judicial warrant or court subpoena, and ICE’s Nlets access is blocked',
    licences: {
      verdict: 'yes',
      text: 'Illinois issued temporary visitor licences from 2013; since July 1, 2024 (HB 3882) people without status get standard licences marked “Federal Limits Apply”.',
      laws: ['il-hb3882-2023'],
      sources: [IL_NBC_2024, IL_CBS_STANDARD],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'yes',
      text: 'The Secretary of State may not release personal information, photos or documents to an immigration agent unless a court order, a judicial warrant or a court subpoena requires it, must notify the person within 3 business days, and may not keep data-sharing agreements unless partners certify no civil immigration use.',
      laws: ['il-625-ilcs-6-110-3'],
      sources: [
        IL_625_ILCS_6_110_3,
        { title: 'Capitol City Now: standard licences replace TVDLs; data sharing restricted', url: 'https://capitolcitynow.com/?p=7989' },
      ],
      confidence: 'high',
    },
    nlets: {
      verdict: 'yes',
      text: 'Illinois was named by Nlets, per the Nov 12, 2025 congressional letter, as one of the states that had already blocked ICE.',
      laws: [],
      sources: [WYDEN_RELEASE, HOODLINE_NLETS, MERITALK_NLETS],
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    courthouse: {
      verdict: 'yes',
      text: 'A law signed Dec 9, 2025 (the Court Access, Safety, and Participation Act) bars civil arrests, including immigration arrests without a judicial order, in, near or on the way to and from Illinois courthouses, and lets people sue.',
      laws: ['il-court-access-2025'],
      sources: [
        IL_MALDEF_COURTS,
        { title: 'Daily Herald: Pritzker signs bill enacting immigrant protections at courthouses', url: 'https://www.dailyherald.com/20251209/illinois-state-politics/pritzker-signs-bill-enacting-immigrant-protections-at-courthouses-and-on-campus' },
      ],
      confidence: 'high',
    },
    laws: [
      {
        id: 'il-hb3882-2023',
        name: 'HB 3882 (2023), standard licences for people without status',
        citation: 'Public Act 103-0210',
        year: 2023,
        effective: '2024-07-01',
        does: 'Replaced temporary visitor licences with standard licences and restricted use of licence data for immigration enforcement.',
        sources: [
          { title: 'Legiplex: HB3882 enrolled, Public Act 103-0210', url: 'https://app.legiplex.com/il/legislature/2023/2023-r/bills/hb3882/drafts-latest' },
          IL_NBC_2024,
        ],
      },
      {
        id: 'il-625-ilcs-6-110-3',
        name: 'Restrictions on use of information for certain purposes',
        citation: '625 ILCS 5/6-110.3',
        year: 2023,
        does: 'No release of driver data, photos or documents to immigration agents without a court order, judicial warrant or court subpoena; notice to the person; certifications from data partners. Year given is that of the 2023 licence law reported to carry these limits; whether an earlier version of the section existed was not checked.',
        sources: [IL_625_ILCS_6_110_3],
      },
      {
        id: 'il-court-access-2025',
        name: 'Court Access, Safety, and Participation Act (2025)',
        citation: 'Illinois, signed Dec 9, 2025',
        year: 2025,
        effective: '2025-12-09',
        does: 'Bars civil arrests at and around courthouses without a judicial order and creates a right to sue.',
        sources: [IL_MALDEF_COURTS],
      },
    ],
    notCovered: [
      'The Nlets block concerns ICE; whether other DHS agencies (such as Homeland Security Investigations or CBP) are also blocked was not confirmed.',
      'The 2025 courthouse law was expected to face a federal challenge; no ruling was checked here.',
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },

  // ------------------------------------------------------------------------------- Maryland --
  {
    code: 'MD',
    headline:
      'State law requires a warrant before the MVA shares data for civil immigration enforcement, but ICE’s Nlets access was still open as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'Since a 2013 law Maryland has issued a second-tier licence to residents regardless of immigration status.',
      laws: ['md-2013-licences'],
      sources: [NCSL_2014, MD_CASA_PRIVACY],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'yes',
      text: 'The Maryland Driver Privacy Act (2021, enacted over the governor’s veto) requires state agencies to refuse access to personal information and photos for civil immigration enforcement unless a valid warrant is presented.',
      laws: ['md-driver-privacy-act-2021'],
      sources: [
        MD_BACKBONE,
        { title: 'Tenth Amendment Center: Maryland House passes HB23 (2021)', url: 'https://blog.tenthamendmentcenter.com/?p=36956' },
      ],
      confidence: 'medium',
    },
    nlets: {
      verdict: 'no',
      text: 'As of the Nov 12, 2025 letter to Gov. Moore, ICE still had self-service access to Maryland data through Nlets; no later source found showing a block.',
      laws: [],
      sources: [...NLETS_NOT_BLOCKED_RECIPIENT, MD_BACKBONE],
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'md-2013-licences',
        name: 'Maryland second-tier licences (2013)',
        citation: 'Maryland, 2013 session',
        year: 2013,
        does: 'Licences for residents who cannot prove lawful presence.',
        sources: [MD_CASA_PRIVACY],
      },
      {
        id: 'md-driver-privacy-act-2021',
        name: 'Maryland Driver Privacy Act (HB 23, 2021)',
        citation: 'Maryland HB 23 (2021)',
        year: 2021,
        does: 'Warrant required before state agencies give personal data or photos for immigration enforcement; no direct ICE access; annual reporting.',
        sources: [MD_CASA_PRIVACY, MD_BACKBONE],
      },
    ],
    notCovered: [
      NLETS_NOTE,
      'The 2026 ban on 287(g) agreements (HB 444) concerns jails and police, not MVA data.',
      'A 2026 bill to tighten warrant rules for state databases was reported advancing; its outcome was not confirmed.',
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // -------------------------------------------------------------------------- Massachusetts --
  {
    code: 'MA',
    headline:
      'State law and Attorney General rules bar the RMV from giving ICE data without a warrant or court order, and ICE’s Nlets access is blocked',
    licences: {
      verdict: 'yes',
      text: 'The Work and Family Mobility Act, enacted over the governor’s veto in June 2022 and upheld by voters that November, opened standard licences to residents regardless of status from July 1, 2023.',
      laws: ['ma-wfma-2022'],
      sources: [
        MA_BOSTON_IRISH,
        { title: 'Milford Daily News: Work and Family Mobility Act enacted over Baker veto', url: 'https://www.milforddailynews.com/story/news/2022/06/10/ma-drivers-license-immigrants-bill-enacted-over-governors-veto/7566919001/' },
      ],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'yes',
      text: 'The Act keeps applicants’ information out of the public record and bars disclosure except as federal law or Attorney General regulations allow; the Attorney General’s 2023 regulations bar the RMV from giving ICE data without a warrant or court order.',
      laws: ['ma-wfma-2022'],
      sources: [
        MA_BOSTON25_RMV,
        { title: 'Boston Globe: AG Campbell orders RMV not to share immigrants’ information with ICE (June 30, 2023)', url: 'https://www.bostonglobe.com/2023/06/30/metro/ag-campbell-orders-rmv-not-share-immigrants-information-with-ice-proposed-new-state-regulations/' },
      ],
      confidence: 'high',
    },
    nlets: {
      verdict: 'yes',
      text: 'Massachusetts was named, per Nlets data cited in the Nov 12, 2025 congressional letter, as one of the states that had blocked ICE.',
      laws: [],
      sources: [WYDEN_RELEASE, HOODLINE_NLETS, MERITALK_NLETS],
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'ma-wfma-2022',
        name: 'Work and Family Mobility Act (H.4805, 2022)',
        citation: 'Massachusetts H.4805 (2022), enacted over veto June 9, 2022',
        year: 2022,
        effective: '2023-07-01',
        does: 'Standard licences regardless of status; applicant information non-public and disclosed only as federal law or AG regulations allow.',
        sources: [MA_BOSTON_IRISH, MA_BOSTON25_RMV],
      },
    ],
    notCovered: [
      'The Nlets block concerns ICE; whether other DHS agencies are blocked was not confirmed.',
      'No statewide law or court rule limiting civil immigration arrests at courthouses was checked here.',
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },

  // --------------------------------------------------------------------------------- Nevada --
  {
    code: 'NV',
    headline:
      'Nevada law bars the DMV from releasing immigration-status information for immigration enforcement, but ICE’s Nlets access was not reported blocked as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'SB 303 (2013) created the driver authorization card for residents who cannot prove lawful presence, issued from January 2014.',
      laws: ['nv-sb303-2013'],
      sources: [
        NV_CLINIC,
        { title: 'Northern Nevada Business Weekly: DMV to issue driver cards today (Jan 2014)', url: 'https://www.nnbw.com/news/2014/jan/01/dmv-to-issue-driver-cards-today/' },
      ],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'partly',
      text: 'SB 303 bars the DMV from releasing information about legal presence or immigration status, and card information, for the enforcement of immigration laws; it does not on its face close other routes to addresses and photos.',
      laws: ['nv-sb303-2013'],
      sources: [
        NV_CLINIC,
        { title: 'Claims Journal: Nevada Assembly approves driver privilege cards (2013)', url: 'https://www.claimsjournal.com/news/west/2013/05/29/229759.htm' },
      ],
      confidence: 'medium',
    },
    nlets: {
      verdict: 'no',
      text: 'As of Nov 12, 2025 only Illinois, New York, Massachusetts, Minnesota and Washington were reported to have blocked ICE in Nlets; Nevada was not among them. No later source found.',
      laws: [],
      sources: NLETS_NOT_BLOCKED,
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'nv-sb303-2013',
        name: 'SB 303 (2013), driver authorization cards',
        citation: 'Nevada SB 303 (2013)',
        year: 2013,
        effective: '2014-01',
        does: 'Driver authorization cards without proof of lawful presence; no release of immigration-status information for immigration enforcement.',
        sources: [
          { title: 'SB 303 enrolled text', url: 'https://paperzz.com/doc/8678944/sb-303' },
          NV_CLINIC,
        ],
      },
    ],
    notCovered: [NLETS_NOTE, 'The limit is framed around immigration-status information; the exact reach of the statute over addresses and photos was not checked.'],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // ----------------------------------------------------------------------------- New Jersey --
  {
    code: 'NJ',
    headline:
      'New Jersey’s 2019 licence law limits MVC disclosure for immigration enforcement, but ICE’s Nlets access was still open as of November 2025 and broader 2026 privacy bills were vetoed',
    licences: {
      verdict: 'yes',
      text: 'A4743/S3229, signed in December 2019, created a standard licence available to residents who cannot prove lawful presence; the start was delayed by COVID.',
      laws: ['nj-a4743-2019'],
      sources: [
        { title: 'NJ Legislature: Assembly Appropriations statement to A4743 (Dec 2019)', url: 'https://www.njleg.state.nj.us/2018/Bills/A5000/4743_S2.HTM' },
        { title: 'Norris McLaughlin: Governor Murphy signs law allowing undocumented immigrants to obtain licences', url: 'https://norrismclaughlin.com/ib/undocumented/new-jersey-governor-phil-murphy-passes-law-for-undocumented-immigrants-allowing-obtain-drivers-licenses/' },
        { title: 'InsiderNJ: public comments on MVC regulations implementing A4743/S3229 (2020)', url: 'https://insidernj.com/press-release/nearly-1400-public-comments-submitted-new-jersey-motor-vehicle-commission-proposed-regulations-expand-access-drivers-licenses' },
      ],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'yes',
      text: 'The licence law lets licence data go out for criminal justice purposes but not for immigration enforcement, on the model advocates describe as shared with New York. The exact statutory wording was not read here.',
      laws: ['nj-a4743-2019'],
      sources: [GOVERNING_LOOPHOLES, IL_CBS_STANDARD],
      confidence: 'low',
    },
    nlets: {
      verdict: 'no',
      text: 'As of the Nov 12, 2025 letter to Gov. Murphy, New Jersey had not blocked ICE in Nlets; an advocacy FAQ also notes ICE can reach MVC data through Nlets. No later source found showing a block.',
      laws: [],
      sources: [
        ...NLETS_NOT_BLOCKED_RECIPIENT,
        { title: 'Let’s Drive NJ: Can the MVC share my info with immigration authorities?', url: 'https://www.letsdrivenj.org/can_the_mvc_share_my_info_with_the_federal_government_or_immigration_authorities' },
      ],
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    courthouse: {
      verdict: 'partly',
      text: 'Supreme Court Directive #07-19 (May 2019) has courthouse security ask ICE for a warrant and wait until proceedings end, but it does not forbid warrantless arrests; the Safe Communities Act (signed Jan 2026) directs the Attorney General to write protective policies for sensitive places including courthouses.',
      laws: ['nj-directive-07-19', 'nj-safe-communities-2026'],
      sources: [
        NJ_DIRECTIVE_07_19,
        { title: 'NJ Spotlight: mixed reaction to Rabner’s new rules on courthouse arrests', url: 'https://www.njspotlight.com/2019/05/19-05-27-advocates-laud-rabners-new-limits-on-courthouse-arrests-of-immigrants-by-ice-mostly/' },
        NJ_ACLU_SAFE_COMMUNITIES,
      ],
      confidence: 'medium',
    },
    laws: [
      {
        id: 'nj-a4743-2019',
        name: 'A4743/S3229 (2019), standard and REAL ID licences',
        citation: 'New Jersey A4743 (2018–2019 session)',
        year: 2019,
        does: 'Standard licences without proof of lawful presence; limits on disclosure of licence data.',
        sources: [
          { title: 'NJ Legislature: A4743 committee statement', url: 'https://www.njleg.state.nj.us/2018/Bills/A5000/4743_S1.HTM' },
          GOVERNING_LOOPHOLES,
        ],
      },
      {
        id: 'nj-directive-07-19',
        name: 'NJ Supreme Court Administrative Directive #07-19',
        citation: 'Directive #07-19 (May 23, 2019)',
        year: 2019,
        effective: '2019-05-23',
        does: 'Courthouse protocol for ICE: identify, show a warrant, arrest after proceedings; limits courts’ collection of immigration data.',
        sources: [NJ_DIRECTIVE_07_19],
      },
      {
        id: 'nj-safe-communities-2026',
        name: 'Safe Communities Act (A6308/S5036)',
        citation: 'New Jersey A6308/S5036, signed Jan 20, 2026',
        year: 2026,
        does: 'Requires the Attorney General to develop policies protecting access to sensitive locations, including courthouses.',
        sources: [NJ_ACLU_SAFE_COMMUNITIES],
      },
    ],
    notCovered: [
      NLETS_NOTE,
      'The Privacy Protection Act and the bill codifying the Immigrant Trust Directive were pocket-vetoed in January 2026; they were reintroduced, and their fate later in 2026 was not confirmed.',
      'Police limits come from the Attorney General’s Immigrant Trust Directive (2018), which is not a statute.',
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // ------------------------------------------------------------------------------- New York --
  {
    code: 'NY',
    headline:
      'State law bars the DMV from giving ICE data without a judge’s order, ICE’s Nlets access is blocked, and a federal suit against the law was dismissed in December 2025',
    licences: {
      verdict: 'yes',
      text: 'The Driver’s License Access and Privacy Act (Green Light law), signed June 17, 2019 and in force in December 2019, opened standard licences to people without status.',
      laws: ['ny-green-light-2019'],
      sources: [NY_CIS_GREEN_LIGHT, NY_USA_TODAY_2019],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'yes',
      text: 'The DMV may not give its records to agencies that enforce immigration law unless a judge orders it, and must tell the person within days when such a request arrives; the state cut ICE and CBP off its database when the law took effect. A federal judge dismissed the Justice Department’s challenge on Dec 23, 2025.',
      laws: ['ny-green-light-2019'],
      sources: [
        NY_USA_TODAY_2019,
        { title: 'Revolution English: Green Light Law denies ICE and Border Patrol access to NY DMV database', url: 'https://revolutionenglish.org/green-light-law-denies-ice-and-border-patrol-access-to-new-yorks-dmv-database/' },
        { title: 'Devdiscourse: Federal judge upholds New York’s Green Light Law (Dec 2025)', url: 'https://www.devdiscourse.com/article/law-order/3740286-federal-judge-upholds-new-yorks-green-light-law' },
      ],
      confidence: 'high',
    },
    nlets: {
      verdict: 'yes',
      text: 'New York was named, per Nlets data cited in the Nov 12, 2025 congressional letter, as one of the states that had blocked ICE.',
      laws: [],
      sources: [WYDEN_RELEASE, HOODLINE_NLETS, MERITALK_NLETS],
      confidence: 'high',
      asOf: '2025-11-12',
    },
    courthouse: {
      verdict: 'yes',
      text: 'The Protect Our Courts Act (signed Dec 15, 2020) bars civil arrests of people going to, attending or leaving court unless a judge signed the warrant or order; the Justice Department sued over it in 2025.',
      laws: ['ny-protect-our-courts-2020'],
      sources: [
        NY_IDP_COURTS_ACT,
        { title: 'Law360: New York blocks ICE from entering state’s courthouses', url: 'https://www.law360.com/articles/1338211/new-york-blocks-ice-from-entering-state-s-courthouses' },
        { title: 'Long Island Immigration: DOJ sues New York to block the Protect Our Courts Act', url: 'https://www.longislandimmigration.com/doj-sues-new-york-state-attempting-to-block-the-protect-our-courts-act/' },
      ],
      confidence: 'high',
    },
    laws: [
      {
        id: 'ny-green-light-2019',
        name: 'Driver’s License Access and Privacy Act (Green Light law, 2019)',
        citation: 'New York, signed June 17, 2019',
        year: 2019,
        effective: '2019-12',
        does: 'Standard licences regardless of status; no DMV data to immigration enforcement agencies without a judge’s order; notice to the person.',
        sources: [
          NY_CIS_GREEN_LIGHT,
          { title: 'Particle: judge dismisses DOJ challenge', url: 'https://particle.news/story/federal-judge-dismisses-doj-challenge-to-new-yorks-green-light-drivers-license-law' },
        ],
      },
      {
        id: 'ny-protect-our-courts-2020',
        name: 'Protect Our Courts Act (S425/A2176, 2020)',
        citation: 'New York S425/A2176 (2020)',
        year: 2020,
        effective: '2020-12-15',
        does: 'No civil arrests at or travelling to and from court without a judicial warrant or order.',
        sources: [NY_IDP_COURTS_ACT],
      },
    ],
    notCovered: [
      'Records can still be released on a judge’s order or warrant.',
      'The Justice Department could appeal the December 2025 dismissal; no appeal was checked.',
      'The outcome of the federal suit against the Protect Our Courts Act was not checked.',
    ],
    checked: CHECKED_ON,
    confidence: 'high',
  },

  // --------------------------------------------------------------------------------- Oregon --
  {
    code: 'OR',
    headline:
      'Oregon law bars public bodies, the DMV included, from disclosing addresses and similar details for immigration enforcement; in November 2025 the state was still working on an Nlets block',
    licences: {
      verdict: 'yes',
      text: 'HB 2015 (2019) removed the proof-of-legal-presence requirement for standard licences and IDs from January 1, 2021 (a 2013 attempt was rejected by voters in 2014).',
      laws: ['or-hb2015-2019'],
      sources: [OR_ASTORIAN_HB2015, NCSL_2014],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'yes',
      text: 'ORS 180.805 (2017) bars any public body from disclosing a person’s address, workplace, contact details and similar data for federal immigration enforcement unless law requires it; the 2021 Sanctuary Promise Act added enforcement and a reporting line.',
      laws: ['or-ors-180-805', 'or-hb3265-2021'],
      sources: [OR_ORS_180_805, OR_DOJ_SANCTUARY_REPORT],
      confidence: 'high',
    },
    nlets: {
      verdict: 'no',
      text: 'As of Nov 12, 2025 Oregon had not yet blocked ICE in Nlets but was working on it; no later source found confirming the block was completed.',
      laws: [],
      sources: [WYDEN_RELEASE, HOODLINE_NLETS, MERITALK_NLETS],
      confidence: 'low',
      asOf: '2025-11-12',
    },
    courthouse: {
      verdict: 'yes',
      text: 'A Uniform Trial Court Rule issued by Chief Justice Walters in late 2019 bars civil arrests in or near state courthouses unless a judge signed the warrant.',
      laws: ['or-utcr-3-190'],
      sources: [OR_COURTHOUSE_RULE],
      confidence: 'medium',
    },
    laws: [
      {
        id: 'or-hb2015-2019',
        name: 'HB 2015 (2019), Equal Access to Roads Act',
        citation: 'Oregon HB 2015 (2019)',
        year: 2019,
        effective: '2021-01-01',
        does: 'Standard licences without proof of legal presence.',
        sources: [OR_ASTORIAN_HB2015],
      },
      {
        id: 'or-ors-180-805',
        name: 'HB 3464 (2017), public bodies and immigration enforcement',
        citation: 'ORS 180.805',
        year: 2017,
        effective: '2017-08-15',
        does: 'No disclosure by public bodies of addresses, workplaces, contacts and the like for immigration enforcement, unless law requires it.',
        sources: [
          OR_ORS_180_805,
          { title: 'OSBA: HB 3464 passes House', url: 'http://www.osba.org/News-Center/Announcements/2017-06-20_ImmigrantInformation.aspx' },
        ],
      },
      {
        id: 'or-hb3265-2021',
        name: 'HB 3265 (2021), Sanctuary Promise Act',
        citation: 'Oregon HB 3265 (2021)',
        year: 2021,
        does: 'Strengthens the sanctuary laws, with a violation hotline and yearly reports.',
        sources: [OR_DOJ_SANCTUARY_REPORT],
      },
      {
        id: 'or-utcr-3-190',
        name: 'Uniform Trial Court Rule on civil arrests (2019)',
        citation: 'Oregon UTCR 3.190',
        year: 2019,
        does: 'No civil arrests in or near courthouses without a judge-signed warrant.',
        sources: [OR_COURTHOUSE_RULE],
      },
    ],
    notCovered: [
      NLETS_NOTE,
      'ORS 180.805 allows disclosure where state or federal law requires it.',
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // --------------------------------------------------------------------------- Rhode Island --
  {
    code: 'RI',
    headline:
      'Rhode Island shields driver-privilege-card applications and proof documents, not the whole driver record, and ICE’s Nlets access was still open as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'A 2022 law created driver privilege cards for residents who cannot prove lawful presence, effective July 1, 2023; a 2023 amendment made the card look like a standard licence.',
      laws: ['ri-2022-dpc'],
      sources: [
        { title: 'Governor McKee signs legislation granting driving privileges (June 30, 2022)', url: 'https://governor.ri.gov/press-releases/governor-mckee-signs-legislation-granting-driving-privileges-undocumented-residents' },
        RI_31_10_4_1,
        { title: 'RI Public Law 2023 ch. 031 (H 5780)', url: 'http://webserver.rilegislature.gov/PublicLaws/law23/law23031.htm' },
      ],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'partly',
      text: 'The DMV may not release card applications, proof documents or the type of proof used except to the person or on a court order (and documents on a criminal subpoena); this does not cover the rest of the driver record.',
      laws: ['ri-2022-dpc'],
      sources: [RI_31_10_4_3],
      confidence: 'medium',
    },
    nlets: {
      verdict: 'no',
      text: 'As of the Nov 12, 2025 letter to Gov. McKee, Rhode Island had not blocked ICE in Nlets; no later source found.',
      laws: [],
      sources: NLETS_NOT_BLOCKED_RECIPIENT,
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'ri-2022-dpc',
        name: 'Driver privilege cards (2022-S 2006Aaa / H 7939A)',
        citation: 'P.L. 2022, ch. 241 and 242; R.I. Gen. Laws ch. 31-10.4',
        year: 2022,
        effective: '2023-07-01',
        does: 'Driver privilege cards without proof of lawful presence; applications and proof documents confidential.',
        sources: [RI_31_10_4_1, RI_31_10_4_3],
      },
    ],
    notCovered: [NLETS_NOTE, 'Names, addresses and photos in the driver record are not covered by the confidentiality clause.'],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // ----------------------------------------------------------------------------------- Utah --
  {
    code: 'UT',
    headline:
      'Utah issues driving privilege cards, but no law limiting what its driver licence division gives ICE was found, and ICE’s Nlets access was not reported blocked as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'SB 227 (2005) replaced licences for people without status with driving privilege cards, which cannot be used as identification.',
      laws: ['ut-sb227-2005'],
      sources: [UT_DESERET_2005, NCSL_2014],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'unknown',
      text: 'No Utah law found that limits sharing driver data with immigration enforcement; a 2020 proposal on ICE facial recognition searches was reported but its outcome was not confirmed. Card applicants must give fingerprints to the state Bureau of Criminal Identification.',
      laws: [],
      sources: [
        { title: 'Biometric Update: Maryland and Utah consider restricting ICE use of facial recognition (2020)', url: 'https://www.biometricupdate.com/202003/maryland-and-utah-consider-restricting-ice-use-of-facial-recognition-on-drivers-license-databases' },
        { title: 'Utah SB 129 (2016): fingerprint and photograph submission for driving privilege cards', url: 'https://le.utah.gov/~2016/bills/sbillint/SB0129.htm' },
      ],
      confidence: 'low',
    },
    nlets: {
      verdict: 'no',
      text: 'As of Nov 12, 2025 only Illinois, New York, Massachusetts, Minnesota and Washington were reported to have blocked ICE in Nlets; Utah was not among them. No later source found.',
      laws: [],
      sources: NLETS_NOT_BLOCKED,
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'ut-sb227-2005',
        name: 'SB 227 (2005), driving privilege cards',
        citation: 'Utah SB 227 (2005); Utah Code § 53-3-205.5',
        year: 2005,
        does: 'Driving privilege cards for people who cannot get a licence, not valid as identification.',
        sources: [UT_DESERET_2005],
      },
    ],
    notCovered: [NLETS_NOTE, 'No data-sharing limit was found, so the federal Driver’s Privacy Protection Act exception for government agencies is presumably the operative rule; not verified.'],
    checked: CHECKED_ON,
    confidence: 'low',
  },

  // -------------------------------------------------------------------------------- Vermont --
  {
    code: 'VT',
    headline:
      'Vermont issues driver privilege cards; the DMV’s limits on helping ICE come mainly from a 2020 court settlement rather than a statute, and ICE’s Nlets access was not reported blocked as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'A 2013 law created driver privilege cards available regardless of immigration status, first issued in 2014.',
      laws: ['vt-2013-dpc'],
      sources: [NCSL_2014, VT_MIGRANT_JUSTICE_2020],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'partly',
      text: 'By statute (Act of March 28, 2017) agencies may not disclose immigration status or national origin to federal officials for a registry, a narrow rule. The broader limits on DMV copying and sharing with ICE come from the January 2020 settlement of the Migrant Justice lawsuit, which is binding but not a law.',
      laws: ['vt-20-vsa-4651'],
      sources: [
        VT_20_VSA_207,
        { title: 'Vermont AG: settlement of lawsuit brought by Migrant Justice (Jan 15, 2020)', url: 'https://ago.vermont.gov/blog/2020/01/15/attorney-generals-office-facilitates-settlement-lawsuit-brought-migrant-justice' },
        { title: 'Vermont Public: DMV promises to limit sharing of immigration status with feds', url: 'https://www.vermontpublic.org/vpr-news/2020-01-15/in-settlement-vermont-dmv-promises-to-limit-sharing-of-immigration-status-with-feds' },
      ],
      confidence: 'medium',
    },
    nlets: {
      verdict: 'no',
      text: 'As of Nov 12, 2025 only Illinois, New York, Massachusetts, Minnesota and Washington were reported to have blocked ICE in Nlets; Vermont was not among them. No later source found.',
      laws: [],
      sources: NLETS_NOT_BLOCKED,
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'vt-2013-dpc',
        name: 'Driver privilege cards (2013)',
        citation: 'Vermont, 2013 session',
        year: 2013,
        effective: '2014',
        does: 'Driver privilege cards without regard to immigration status.',
        sources: [VT_MIGRANT_JUSTICE_2020],
      },
      {
        id: 'vt-20-vsa-4651',
        name: 'S.79 (2017), protection of personally identifying information',
        citation: '20 V.S.A. § 4651',
        year: 2017,
        effective: '2017-03-28',
        does: 'No disclosure of immigration status, national origin and similar data to federal officials for registration programs.',
        sources: [VT_20_VSA_207],
      },
    ],
    notCovered: [
      NLETS_NOTE,
      'The 2017 statute only concerns registries; the DMV’s broader restraint rests on the 2020 settlement.',
      'Vermont’s 2017 and 2025 laws on police agreements with ICE do not address DMV records.',
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // ------------------------------------------------------------------------------- Virginia --
  {
    code: 'VA',
    headline:
      'Virginia law bars the DMV from releasing data for civil immigration enforcement without consent or a judicial order, subpoena or warrant, but ICE’s Nlets access was not reported blocked as of November 2025',
    licences: {
      verdict: 'yes',
      text: 'A 2020 law created driver privilege cards for residents who cannot prove legal presence, available from January 2021.',
      laws: ['va-dpc-2020'],
      sources: [
        { title: 'WRIC: What you need to know about Virginia’s driver privilege card (Dec 2020)', url: 'https://www.wric.com/news/virginia-news/what-you-need-to-know-about-virginias-driver-privilege-card/' },
        { title: 'Virginia Star: Undocumented immigrants allowed to legally drive in 2021', url: 'https://thevirginiastar.com/news/virginia-undocumented-immigrants-allowed-to-legally-drive-in-2021-under-new-law/jtaylor/2020/12/18/' },
      ],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'yes',
      text: 'HB 2163 (signed March 30, 2021) limits release of DMV records to government and police agencies for civil immigration enforcement unless the person consents or the agency shows a judicial order, subpoena or warrant; the person is notified and recipients must sign agreements.',
      laws: ['va-hb2163-2021'],
      sources: [
        VA_HB2163,
        { title: 'Plural Policy: VA HB 2163 (2021)', url: 'https://open.pluralpolicy.com/va/bills/2021/HB2163' },
      ],
      confidence: 'high',
    },
    nlets: {
      verdict: 'no',
      text: 'As of Nov 12, 2025 only Illinois, New York, Massachusetts, Minnesota and Washington were reported to have blocked ICE in Nlets; Virginia was not among them. No later source found.',
      laws: [],
      sources: NLETS_NOT_BLOCKED,
      confidence: 'medium',
      asOf: '2025-11-12',
    },
    laws: [
      {
        id: 'va-dpc-2020',
        name: 'Driver privilege cards (2020)',
        citation: 'Va. Code § 46.2-328.3',
        year: 2020,
        effective: '2021-01-01',
        does: 'Driver privilege cards without proof of legal presence for residents who filed Virginia taxes.',
        sources: [
          { title: 'Hampton Roads Law Firm: Va. Code § 46.2-328.3', url: 'https://hamptonroadslawfirm.com/driver-privilege-card-for-undocumented-workers' },
          { title: 'WTVR: Northam signs driver privilege card legislation', url: 'https://wtvr.com/news/local-news/undocumented-immigrants-now-able-to-receive-driver-privilege-cards-in-virginia' },
        ],
      },
      {
        id: 'va-hb2163-2021',
        name: 'HB 2163 (2021), DMV privileged information',
        citation: 'Virginia HB 2163 (2021)',
        year: 2021,
        does: 'No DMV data for civil immigration enforcement without consent or a judicial order, subpoena or warrant; notice; written agreements with recipients, including State Police.',
        sources: [VA_HB2163],
      },
    ],
    notCovered: [NLETS_NOTE, 'The limit concerns civil immigration enforcement; criminal requests follow other rules.'],
    checked: CHECKED_ON,
    confidence: 'medium',
  },

  // ----------------------------------------------------------------------------- Washington --
  {
    code: 'WA',
    headline:
      'State law bars agencies, the DOL included, from sharing data for immigration enforcement without a court order, and ICE’s Nlets access was cut off in late 2025; CBP still had access in early 2026',
    licences: {
      verdict: 'yes',
      text: 'Washington has never required proof of lawful status for its standard licence, and its 2017 REAL ID law kept that licence open to all residents.',
      laws: ['wa-2017-real-id'],
      sources: [
        { title: 'AAMVA: Driver licensing for undocumented immigrants in 2013 (Washington without lawful status requirement)', url: 'https://pdfslide.us/documents/driver-licensing-for-undocumented-immigrants-in-2013-american.html' },
        WA_ONEAMERICA_2018,
      ],
      confidence: 'high',
    },
    dmvLimits: {
      verdict: 'yes',
      text: 'The Keep Washington Working Act (2019) bars state agencies from using their resources to help immigration enforcement and limits disclosure to what law or a court order requires. The DOL has repeatedly been found giving ICE access anyway and cut off a direct search account in August 2025.',
      laws: ['wa-kww-2019'],
      sources: [
        { title: 'RCW 43.17.425', url: 'https://print.casetext.com/statute/revised-code-of-washington/title-43-state-government-executive/chapter-4317-administrative-departments-and-agencies-general-provisions/section-4317425-immigration-and-citizenship-status-state-agency-restrictions' },
        WA_5497_REPORT,
        { title: 'Migrant Insider (KING 5): Washington terminates ICE account', url: 'https://migrantinsider.com/p/washington-terminates-ice-account' },
      ],
      confidence: 'high',
    },
    nlets: {
      verdict: 'yes',
      text: 'The Nov 12, 2025 letter reported that Washington had blocked ICE after talks with its authors; a University of Washington report found ICE used Nlets lookups for arrests until mid-November 2025, and in February 2026 the governor said ICE was shut off while CBP access remained.',
      laws: [],
      sources: [
        WYDEN_RELEASE,
        MERITALK_NLETS,
        { title: 'Spokesman-Review (Seattle Times): Immigration agents still accessed WA licensing data (Jan 8, 2026)', url: 'https://www.spokesman.com/stories/2026/jan/08/immigration-agents-still-access-wa-licensing-data-/' },
        { title: 'Northwest Asian Weekly: protesters demand DOL stop federal access (Feb 2026)', url: 'https://nwasianweekly.com/2026/02/roads-have-become-a-hunting-ground-protestors-demand-wa-department-of-licensing-gov-ferguson-stop-federal-immigration-agencies-from-accessing-state-license-data' },
      ],
      confidence: 'medium',
      asOf: '2026-02',
    },
    courthouse: {
      verdict: 'yes',
      text: 'The Courts Open to All Act (2020) bars civil arrests in and around court facilities unless a judge ordered them and limits what court staff share with immigration authorities.',
      laws: ['wa-cota-2020'],
      sources: [
        WA_RCW_2_28_300,
        { title: 'Washington Legislature: House bill report SHB 2567 (2020)', url: 'http://lawfilesext.leg.wa.gov/biennium/2019-20/Htm/Bill%20Reports/House/2567-S%20HBR%20APH%2020.htm?q=20210620180256' },
      ],
      confidence: 'high',
    },
    laws: [
      {
        id: 'wa-2017-real-id',
        name: 'REAL ID compliance law (2017)',
        citation: 'Washington, 2017 session',
        year: 2017,
        does: 'Kept the standard licence available to all residents regardless of status, marked “federal limits apply”.',
        sources: [WA_ONEAMERICA_2018],
      },
      {
        id: 'wa-kww-2019',
        name: 'Keep Washington Working Act (E2SSB 5497, 2019)',
        citation: 'Laws of 2019, ch. 440; RCW 43.17.425',
        year: 2019,
        does: 'No state agency resources for immigration enforcement; disclosure only as law or a court order requires.',
        sources: [
          WA_5497_REPORT,
          { title: 'Safe Immigrants: Keep Washington Working Act (signed May 21, 2019)', url: 'https://www.safeimmigrants.us/washington-state-keep-washington-working-act' },
        ],
      },
      {
        id: 'wa-cota-2020',
        name: 'Courts Open to All Act (SHB 2567, 2020)',
        citation: 'Laws of 2020, ch. 37; RCW 2.28.300–.330',
        year: 2020,
        does: 'No civil arrests at court facilities without a court order; limits on court staff sharing with immigration authorities.',
        sources: [WA_RCW_2_28_300],
      },
    ],
    notCovered: [
      'CBP (Border Patrol), also part of DHS, still had access to DOL data through Nlets as of February 2026, and it has been used before immigration arrests.',
      'Past cut-offs (2018, August 2025) were followed by findings that access continued through other channels.',
    ],
    checked: CHECKED_ON,
    confidence: 'medium',
  },
];
