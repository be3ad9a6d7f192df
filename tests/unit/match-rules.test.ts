// Precision rules for names that are often something else (the traps of the term list).
import { describe, expect, it } from 'vitest';
import { aboutCountryGeorgia } from '@/utils/match-rules';
import { hits, ids } from './match-helpers';

describe('state names', () => {
  it('finds names with either apostrophe in possessives', () => {
    expect(hits("California's law and California’s courts; New Mexico’s MVD")).toEqual([
      "California's → state:CA",
      'California’s → state:CA',
      'New Mexico’s → state:NM',
      'MVD → agency:NM-MVD',
    ]);
  });
  it('finds demonyms, plural and singular', () => {
    expect(ids('Mainers, New Mexicans, Californians and Minnesotans; a Mainer and a Minnesotan')).toEqual([
      'state:ME',
      'state:NM',
      'state:CA',
      'state:MN',
      'state:ME',
      'state:MN',
    ]);
  });
  it('finds shouted names in headlines', () => {
    expect(ids('NEW MEXICO ENDS DATA SHARING')).toEqual(['state:NM']);
  });
  it('keeps "New Mexico" apart from Mexico, and California apart from Baja California', () => {
    expect(ids('Mexico City and the Gulf of Mexico')).toEqual([]);
    expect(hits('She left Baja California for California.')).toEqual(['California → state:CA']);
    expect(ids('Baja California Sur')).toEqual([]);
  });
  it('skips names inside outlets, places and teams', () => {
    expect(ids('according to the New York Times')).toEqual([]);
    expect(ids('He told the New York Post and New York Magazine.')).toEqual([]);
    expect(ids('a New York Daily News reporter')).toEqual([]);
    expect(ids('Voters in Washington County approved it; Dakota County did too.')).toEqual([]);
    expect(ids('the Minnesota Vikings beat the Texas Rangers')).toEqual([]);
    expect(ids('If you want to make it in New York City, you')).toEqual([]);
    expect(ids('a protest on Pennsylvania Avenue')).toEqual([]);
    expect(ids('New York Is a City of Things Unnoticed')).toEqual([]);
    expect(ids('SUBSCRIBE TO THE NEW YORK TIMES')).toEqual([]);
    expect(ids('the California sun')).toEqual(['state:CA']);
  });
  it('skips a name that a capitalised word mid-sentence makes part of another name', () => {
    expect(ids('as first reported by Searchlight New Mexico last week')).toEqual([]);
    expect(ids('he told CBS New York on Monday')).toEqual([]);
    expect(ids('the legendary quarterback Joe Montana said')).toEqual([]);
  });
  it('keeps regions, parties and sentence starts before a name', () => {
    expect(ids('in southern New Mexico and Southern California')).toEqual(['state:NM', 'state:CA']);
    expect(ids('Democratic Minnesota lawmakers said')).toEqual(['state:MN']);
    expect(ids('In New Mexico, the MVD')).toEqual(['state:NM', 'agency:NM-MVD']);
    expect(ids('at his home in Garrison, New York, according to')).toEqual(['state:NY']);
  });
  it('skips "the New York " that ends a text node (the next node is <em>Times</em>)', () => {
    expect(ids('fire back, with the New York ')).toEqual([]);
    expect(ids('moved to New York')).toEqual(['state:NY']);
  });
  it('ignores "Jersey" without "New"', () => {
    expect(ids('bombs in Manhattan and on the Jersey Shore; a signed jersey')).toEqual([]);
    expect(ids('Atlantic City, N.J., and New Jersey')).toEqual(['state:NJ', 'state:NJ']);
  });
  it('reads a title-cased headline as a headline', () => {
    expect(hits('Senate Control Could Come Down to a Georgia Runoff Once Again')).toEqual(['Georgia → state:GA']);
  });
});

describe('a state inside the proper name of something else', () => {
  // A capitalised word after a state's name continues another name — breed, brand, team, magazine,
  // school, ship — unless some word of that name is about the state (government, courts, agencies,
  // laws, politics, its people, a weekday).
  const somethingElse: string[] = [
    'She entered her cat, a Maine Coon named Felix, in the county fair.',
    'The farm still raises the Rhode Island Red, a hardy breed that lays brown eggs.',
    'He rode a Tennessee Walking Horse in the parade through downtown.',
    'The company behind Arizona Iced Tea kept its price at 99 cents for decades.',
    'He ordered a bucket of Kentucky Fried Chicken for the whole crew.',
    'Fans of the Minnesota Vikings packed the stadium despite the cold.',
    'Texas Rangers fans waited for hours in the rain.',
    'The story first ran in Texas Monthly before it was picked up nationally.',
    'Visitors to the USS Arizona memorial in Pearl Harbor left flowers.',
    'USS Arizona sank on Dec. 7, 1941, with more than 1,100 sailors aboard.',
    'The beach along Lake Michigan was closed on Sunday.',
    // Universities: "Ohio State" is the school or its team, never the state.
    'Fans of Ohio State stormed the field after the game.',
    'He studied at Ohio State University before moving west.',
    'She coached at Texas Christian University and later at Texas A&M for years.',
    'She went to Georgia Tech and then worked at Georgia Power for a decade.',
    'The New Jersey Turnpike was closed for hours after the crash.',
  ];
  it.each(somethingElse)('not the state: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  const stillTheState: Array<[string, string[]]> = [
    ['the New Mexico Motor Vehicle Division said', ['New Mexico Motor Vehicle Division → agency:NM-MVD']],
    ['The New Mexico Motor Vehicles Division said it would stop.', ['New Mexico → state:NM']],
    ['the California DMV said', ['California DMV → agency:CA-DMV']],
    ['Texas Gov. Greg Abbott signed the bill into law.', ['Texas → state:TX']],
    ['California Attorney General Rob Bonta said the state would sue.', ['California → state:CA']],
    ['the Minnesota Department of Public Safety said', ['Minnesota Department of Public Safety → agency:MN-DPS']],
    ['Drivers can renew at any Maine BMV office.', ['Maine BMV → agency:ME-BMV']],
    ['the New Mexico Supreme Court ruled', ['New Mexico Supreme Court → agency:NM-supreme-court']],
    ['The Wisconsin Supreme Court heard the case.', ['Wisconsin → state:WI']],
    ['Texas Republicans pushed the measure through.', ['Texas → state:TX']],
    ['Illinois lawmakers passed the bill.', ['Illinois → state:IL']],
    ['The Iowa Caucuses were held in January.', ['Iowa → state:IA']],
    // The word about the state may end the name.
    ['The Ohio State Highway Patrol said the driver was held.', ['Ohio → state:OH']],
    ['Supporters of the New York Green Light Law say it works.', ['New York → state:NY']],
    ['The Texas Dream Act lets some students pay in-state tuition.', ['Texas → state:TX']],
    ['Officials in New York State say they will not share data.', ['New York → state:NY']],
    ['A Minnesota Somali community leader said residents were afraid.', ['Minnesota → state:MN']],
    ['Officials in California Tuesday said no data was shared.', ['California → state:CA']],
    ['In Texas ICE agents arrested 40 people last week.', ['Texas → state:TX', 'ICE → topic:ICE']],
    // A possessive is the state's own thing.
    ["Maine's Acadia National Park drew record crowds.", ["Maine's → state:ME"]],
  ];
  it.each(stillTheState)('the state: %s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('reads a headline by its known suffixes only: capitals there say nothing', () => {
    expect(ids('Maine Lawmakers Vote To End Data Sharing With ICE')).toEqual(['state:ME', 'topic:ICE']);
    expect(ids('Minnesota Vikings Win Again In Overtime')).toEqual([]);
  });
  it('reads a text of capitalised words only as a label, where a first name is still a person', () => {
    expect(ids('California Wildfires')).toEqual(['state:CA']);
    expect(ids('Virginia Woolf')).toEqual([]);
  });
});

describe('sentence boundaries: the words before a name count only in its own sentence', () => {
  const cases: Array<[string, 'en' | 'es', string[]]> = [
    ['We noticed the change. Today New Mexico announced a new rule.', 'en', ['state:NM']],
    ['What changed? Today Minnesota said it would stop.', 'en', ['state:MN']],
    ['It came as a surprise! Yesterday Maine officials said so.', 'en', ['state:ME']],
    ['Nobody asked for a warrant. Then Georgia officials handed over the files.', 'en', ['state:GA']],
    // The sentence before may end in a capitalised word.
    ['The records went to ICE. New Mexico judges objected.', 'en', ['topic:ICE', 'state:NM']],
    ['He resigned on Tuesday. California officials declined to comment.', 'en', ['state:CA']],
    ['Muchos no tienen licencia de conducir. En California la ley lo permite.', 'es', ['topic:drivers-license', 'state:CA']],
    ['Se cerró la oficina. Hoy Nuevo México anunció un cambio.', 'es', ['state:NM']],
    // In the same sentence, a capitalised word before the name still makes it part of a longer one.
    ['the legendary quarterback Joe Montana said', 'en', []],
    ['It was a scoop. The story ran in Searchlight New Mexico first.', 'en', []],
  ];
  it.each(cases)('%s', (text, lang, expected) => {
    expect(ids(text, lang)).toEqual(expected);
  });
});

describe('Washington: the state only with a cue', () => {
  it('finds the state with a state cue', () => {
    expect(ids('an activist in Washington state said')).toEqual(['state:WA']);
    expect(ids('the Washington State Patrol')).toEqual(['state:WA']);
    expect(ids('the state of Washington sued')).toEqual(['state:WA']);
    expect(ids('Washington Gov. Jay Inslee')).toEqual(['state:WA']);
    expect(ids("Washington's governor signed it")).toEqual(['state:WA']);
    expect(ids('farms in eastern Washington')).toEqual(['state:WA']);
    expect(ids('born in Seattle, Washington, in 1970')).toEqual(['state:WA']);
    expect(ids('OLYMPIA, Wash. (AP) —')).toEqual(['state:WA']);
  });
  it('ignores the capital, the government and people', () => {
    expect(ids('a job in guest relations in the Washington bureau')).toEqual([]);
    expect(ids('the Washington elite')).toEqual([]);
    expect(ids('18 years after Washington invaded the country')).toEqual([]);
    expect(ids('Denzel Washington and George Washington; as seen on Kerry Washington, 2020')).toEqual([]);
    expect(ids('a publication of The Washington Post')).toEqual([]);
    expect(ids('longtime Washingtonians')).toEqual([]);
  });
  it('reads "Washington, D.C." as the District', () => {
    expect(hits('in Washington, D.C., and Washington DC')).toEqual([
      'Washington, D.C. → state:DC',
      'Washington DC → state:DC',
    ]);
    expect(hits('WaPo: D.C. Should Be Careful')).toEqual(['D.C. → state:DC']);
  });
});

describe('first-name states: Georgia, Virginia, Indiana, Tennessee', () => {
  it('skips people', () => {
    expect(ids('said Love Island star Georgia Harrison on Monday')).toEqual([]);
    expect(ids('a novel by Virginia Woolf')).toEqual([]);
    expect(ids('he played Indiana Jones again')).toEqual([]);
    expect(ids('a play by Tennessee Williams')).toEqual([]);
  });
  it('skips people in a byline, although a byline is capitalised like a headline', () => {
    expect(ids('By Georgia Harrison and Denzel Washington Jr. · Updated 9:14 a.m.')).toEqual([]);
    expect(ids('Photos by Virginia Lee Hunter')).toEqual([]);
    // A headline is still a headline.
    expect(ids('Georgia Voters Head To The Polls')).toEqual(['state:GA']);
  });
  it('skips the band, the island, the country and the font', () => {
    expect(ids('a Florida Georgia Line concert')).toEqual([]);
    expect(ids('the island of South Georgia is remote')).toEqual([]);
    expect(ids('Tbilisi, the capital of Georgia, saw protests')).toEqual([]);
    expect(ids('Tiflis, la capital de Georgia, vivió protestas', 'es')).toEqual([]);
    expect(ids('Georgia')).toEqual([]);
  });
  it('reads a whole article to tell the country from the state', () => {
    expect(aboutCountryGeorgia('Protests in Tbilisi entered a third week. Georgia’s ruling party said it would not yield.')).toBe(true);
    expect(aboutCountryGeorgia('Georgian Dream won the vote; the opposition said Georgia was drifting from Europe.')).toBe(true);
    // An article about the state that mentions the country once stays about the state.
    expect(aboutCountryGeorgia('ATLANTA — Georgia’s driver services agency, which once hired a contractor from Tbilisi…')).toBe(false);
    expect(aboutCountryGeorgia('SAVANNAH, Ga. — A man born in Tbilisi was detained by ICE.')).toBe(false);
    expect(aboutCountryGeorgia('Georgia lawmakers passed the bill on Tuesday.')).toBe(false);
    expect(aboutCountryGeorgia('Las protestas en Tiflis siguieron. El partido Sueño Georgiano dijo que Georgia no cederá.')).toBe(true);
    expect(aboutCountryGeorgia('Los legisladores de Georgia aprobaron la ley en Atlanta.')).toBe(false);
  });
  it('keeps the state before its institutions and in prose', () => {
    expect(ids('the Georgia runoff')).toEqual(['state:GA']);
    expect(ids('Georgia Republicans and the Georgia Senate')).toEqual(['state:GA', 'state:GA']);
    expect(ids('Gov. Brian Kemp of Georgia said')).toEqual(['state:GA']);
    expect(ids('a Virginia Republican said')).toEqual(['state:VA']);
    expect(ids('the Indiana governor')).toEqual(['state:IN']);
  });
});

describe('agency names other states share: only with their state named', () => {
  it('ignores a bare acronym', () => {
    expect(ids('The MVD said the office is closed.')).toEqual([]);
    expect(ids('AOC tweeted about it')).toEqual([]);
    expect(ids('DPS troopers and the BMV')).toEqual([]);
    expect(ids('Secretary of State Marco Rubio')).toEqual([]);
  });
  it('counts it when the same text names the state', () => {
    expect(ids('New Mexico drivers must visit the MVD')).toEqual(['state:NM', 'agency:NM-MVD']);
    expect(ids('Maine’s BMV, part of the Secretary of State')).toEqual(['state:ME', 'agency:ME-BMV', 'agency:ME-SOS']);
    expect(ids('The Administrative Office of the Courts in N.M.')).toEqual(['agency:NM-AOC', 'state:NM']);
  });
  it('counts it when the caller names the state nearby', () => {
    expect(ids('The MVD said the office is closed.', 'en', ['NM'])).toEqual(['agency:NM-MVD']);
    expect(ids('DVS and DPS', 'en', ['MN'])).toEqual(['agency:MN-DVS', 'agency:MN-DPS']);
  });
  it('does not count another state', () => {
    expect(ids('The Arizona MVD said')).toEqual(['state:AZ']);
    expect(ids('the Indiana Bureau of Motor Vehicles')).toEqual(['state:IN']);
  });
  it('does not count an agency that another state’s name stands before, even when its own state is named', () => {
    expect(ids('The Arizona Administrative Office of the Courts agreed; New Mexico has not.')).toEqual(['state:AZ', 'state:NM']);
    expect(ids('Unlike the Arizona MVD, New Mexico keeps its records.')).toEqual(['state:AZ', 'state:NM']);
    expect(ids('Indiana’s Bureau of Motor Vehicles and Maine officials')).toEqual(['state:IN', 'state:ME']);
    expect(ids('The Maine BMV and the Indiana BMV')).toEqual(['agency:ME-BMV', 'state:IN']);
  });
  it('finds the Spanish name of the courts’ office with its state', () => {
    expect(ids('La Oficina Administrativa de los Tribunales de Nuevo México dejó de compartir datos.', 'es')).toEqual([
      'agency:NM-AOC',
      'state:NM',
    ]);
    expect(ids('La Oficina Administrativa de los Tribunales dijo que sí.', 'es')).toEqual([]);
  });
  it('finds state-specific names without help', () => {
    expect(hits('the New Mexico MVD and the Minnesota DPS')).toEqual([
      'New Mexico MVD → agency:NM-MVD',
      'Minnesota DPS → agency:MN-DPS',
    ]);
    expect(ids('a Driving Authorization Card')).toEqual(['agency:NM-DAC']);
    expect(ids('queries through CLETS')).toEqual(['agency:CA-CLETS']);
    expect(hits('the California Department of Motor Vehicles')).toEqual([
      'California Department of Motor Vehicles → agency:CA-DMV',
    ]);
    expect(ids('an AB 60 license')).toEqual(['agency:CA-AB60']);
    expect(ids('the California Values Act (SB 54)')).toEqual(['agency:CA-values-act', 'agency:CA-values-act']);
    expect(ids('the Bernalillo County Metropolitan Court')).toEqual(['agency:NM-metro-court']);
  });
});
