/** Lexicons for recognising who a name refers to: honorifics, titles, organisations and places. */
import { CITIES_OF_SEVERAL_WORDS } from './generatedCities';
import { wordSet } from './wordSet';

/** Honorifics: they mark a person and are dropped from the canonical name. */
export const HONORIFICS = wordSet(`mr. mrs. ms. miss dr. prof. sir dame lord lady rev. fr. mr mrs ms dr prof messrs.
  hon. honourable honorable comrade comr.`);
export const MALE_HONORIFICS = wordSet(`mr. mr sir lord messrs. fr.`);
export const FEMALE_HONORIFICS = wordSet(`mrs. ms. miss mrs ms dame lady`);

/** Titles that can stand before a name ("President Trump", "Sen. Okafor"). They mark a person. */
export const TITLES = wordSet(`president vice prime minister secretary senator sen. rep. representative
  gov. governor mayor chancellor king queen prince princess pope ambassador envoy general gen. col. lt. capt. sgt.
  adm. admiral commissioner chairman chairwoman chair director judge justice speaker leader chief attorney
  spokesman spokeswoman spokesperson premier sheikh emir ayatollah cardinal bishop rabbi imam sheriff taoiseach tánaiste tanaiste
  principal headteacher headmaster headmistress pastor chaplain cm pm
  lawmaker councilman councilwoman congressman congresswoman assemblyman assemblywoman delegate minority majority
  deputy acting former foreign defense defence interior finance special state national security adviser advisor
  candidate nominee officer agent inspector superintendent professor coach president-elect
  ceo founder executive trustee treasurer solicitor counsel economist analyst engineer architect manager
  commander marshal detective constable captain skipper sergeant corporal lieutenant colonel brigadier democrat republican libertarian vp svp evp cfo coo cto cmo
  supt. supt det. det insp. insp cmdr. cmdr cpl. pvt. maj. msgr. atty. amb. asst. cllr. cllr lieut. spc. ald. assemb. treas. pres.
  const. cst. pc dci mp mla mep msp undersecretary under-secretary`);

/** TITLES and HONORIFICS in one set: asked of many words, most in neither, one look-up instead of two. */
export const TITLES_AND_HONORIFICS: ReadonlySet<string> = new Set([...TITLES, ...HONORIFICS]);

/**
 * Titles' short forms whose full stop wink-nlp cuts off as a token of its own ("Rev", "."), so that they would end
 * a sentence and split "the Rev. Ana Ruiz" from her title. tokens.ts glues the stop back on.
 */
export const SPLIT_TITLE_ABBREVIATIONS = new Set(['rev', 'supt', 'det', 'insp', 'cmdr', 'cpl', 'pvt', 'maj', 'adm', 'msgr', 'atty', 'amb',
  'asst', 'cllr', 'lieut', 'spc', 'ald', 'assemb', 'treas', 'pres', 'fr', 'const', 'cst']);

/** Nouns that head a role ("the Kremlin spokesperson", "a senior official"): a description of a person. */
export const ROLE_HEADS = wordSet(`spokesman spokeswoman spokesperson adviser advisor secretary minister president
  chairman chairwoman chair director official officer envoy ambassador senator representative governor mayor
  leader chief aide assistant deputy strategist manager lawyer attorney counsel analyst economist expert
  professor researcher scientist author editor reporter correspondent columnist commentator historian
  candidate nominee founder executive ceo head commander general judge justice prosecutor investigator
  lawmaker congressman congresswoman legislator negotiator diplomat consultant pollster organizer activist
  chancellor premier king queen prince pope speaker whip member partner owner employee worker resident
  witness victim doctor physician nurse teacher student officer agent spokesman sheriff strategist operative
  man woman father mother son daughter wife husband brother sister friend neighbor neighbour voter supporter
  citizen child boy girl veteran protester demonstrator owner person businessman businesswoman donor fan
  host anchor moderator guest caller viewer reader writer narrator voice boss parent captain coach manager skipper
  striker winger keeper goalkeeper defender midfielder forward player teammate rookie veteran star singer actor
  quarterback linebacker cornerback receiver pitcher catcher shortstop outfielder infielder goaltender goalie batter
  batsman bowler wicketkeeper jockey cyclist sprinter swimmer boxer wrestler golfer gymnast referee umpire fullback
  guitarist drummer bassist pianist keyboardist vocalist frontman frontwoman rapper composer conductor dancer novelist
  poet photographer designer filmmaker
  actress musician artist chef farmer driver pilot surgeon dentist pharmacist paramedic firefighter trooper deputy
  juror plaintiff defendant source insider confidant colleague relative
  secretary-general director-general attorney-general solicitor-general inspector-general governor-general
  surgeon-general postmaster-general`);

/** ROLE_HEADS and TITLES in one set: what someone is, asked of many words, most in neither, one look-up instead of two. */
export const ROLES_AND_TITLES: ReadonlySet<string> = new Set([...ROLE_HEADS, ...TITLES]);

/** Words that make a capitalised name an organisation. */
export const ORGANIZATION_HEADS = wordSet(`house department ministry party committee council agency commission court
  congress senate parliament assembly administration government cabinet office bureau service services
  times post news journal herald tribune telegraph guardian gazette review press network networks channel
  radio television tv magazine daily weekly wire university college institute institution school academy
  foundation fund bank corporation corp. corp inc. inc co. company companies group holdings partners association
  union federation league alliance coalition organization organisation society club campaign caucus guild syndicate
  consortium cooperative collective trust chamber records
  board authority authorities commission command forces force army navy police guard church council
  observatory museum gallery library theatre theater center centre centers centres rail railroad railway airline airlines plc ltd llc lab laboratory hospital clinic network kremlin pentagon whitehall elysee downing state
  reuters bloomberg cnn nbc abc cbs msnbc fox npr bbc pbs ap afp politico axios nato un eu fbi cia nsa
  irs sec fda epa gop dnc rnc aclu opec imf who twitter facebook google youtube instagram microsoft apple amazon
  tiktok reddit wikipedia netflix
  observer chronicle examiner inquirer enquirer courier sentinel dispatch bulletin monitor courant ledger
  energy healthcare insurance motors airways pharmaceuticals technologies industries enterprises ventures solutions
  entertainment studios telecom software petroleum utilities logistics shipping construction developments brewery
  brewing foods transport transit railways consulting realty hotels stores retail systems labs dynamics electronics
  semiconductors robotics devices instruments aerospace pharma therapeutics biosciences analytics communications
  mining minerals resources presidency secretariat directorate inspectorate elementary kindergarten preschool seminary polytechnic
  nations
  rovers rangers wanderers athletic albion fc afc cf`);

/** Countries, their common short forms, and a few supranational places. */
const COUNTRY_LIST = `Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|
  Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Bulgaria|Burma|Cambodia|Cameroon|Canada|Chad|Chile|
  China|Colombia|Congo|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|England|Eritrea|Estonia|
  Ethiopia|Europe|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|India|
  Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
  Lebanon|Libya|Lithuania|Luxembourg|Macedonia|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Montenegro|Morocco|
  Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|
  Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|
  Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|
  Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|
  United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|
  Zimbabwe|Gaza|West Bank|Crimea|Africa|Asia|America|Latin America|Middle East`;

/**
 * The short forms news style gives US states and Canadian provinces after a town ("Riverton, N.Y.", "Kestrel Falls, Iowa",
 * "Kestrel, Ont."): places, never speakers or bodies.
 */
const STATE_ABBREVIATIONS: Record<string, string> = {
  'ala.': 'Alabama', 'ariz.': 'Arizona', 'ark.': 'Arkansas', 'calif.': 'California', 'colo.': 'Colorado',
  'conn.': 'Connecticut', 'del.': 'Delaware', 'fla.': 'Florida', 'ga.': 'Georgia', 'ill.': 'Illinois', 'ind.': 'Indiana',
  'kan.': 'Kansas', 'ky.': 'Kentucky', 'la.': 'Louisiana', 'md.': 'Maryland', 'mass.': 'Massachusetts', 'mich.': 'Michigan',
  'minn.': 'Minnesota', 'mo.': 'Missouri', 'mont.': 'Montana', 'neb.': 'Nebraska', 'nev.': 'Nevada',
  'n.h.': 'New Hampshire', 'n.j.': 'New Jersey', 'n.m.': 'New Mexico', 'n.y.': 'New York', 'n.c.': 'North Carolina',
  'n.d.': 'North Dakota', 'okla.': 'Oklahoma', 'ore.': 'Oregon', 'pa.': 'Pennsylvania', 'r.i.': 'Rhode Island',
  's.c.': 'South Carolina', 's.d.': 'South Dakota', 'tenn.': 'Tennessee', 'vt.': 'Vermont', 'va.': 'Virginia',
  'wash.': 'Washington', 'w.va.': 'West Virginia', 'wis.': 'Wisconsin', 'wyo.': 'Wyoming', 'd.c.': 'Washington, D.C.',
  'ont.': 'Ontario', 'que.': 'Quebec', 'b.c.': 'British Columbia', 'alta.': 'Alberta', 'sask.': 'Saskatchewan',
  'n.s.': 'Nova Scotia', 'n.b.': 'New Brunswick',
};

/** Lowercased name → canonical place name. Short forms and cities map to their canonical spelling. */
export const PLACES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const name of COUNTRY_LIST.split('|').map((n) => n.trim())) map.set(name.toLowerCase(), name);
  const aliases: Record<string, string> = {
    'u.s.': 'United States', 'us': 'United States', 'u.s.a.': 'United States', 'usa': 'United States',
    'united states of america': 'United States', 'america': 'United States',
    'u.k.': 'United Kingdom', 'uk': 'United Kingdom', 'great britain': 'United Kingdom', 'britain': 'United Kingdom',
    'u.a.e.': 'United Arab Emirates', 'uae': 'United Arab Emirates',
  };
  for (const [alias, name] of Object.entries(aliases)) map.set(alias, name);
  for (const [abbreviation, name] of Object.entries(STATE_ABBREVIATIONS)) map.set(abbreviation, name);
  const cities = `Moscow|Kyiv|Kiev|Washington|London|Paris|Berlin|Beijing|Tokyo|Brussels|Jerusalem|Tehran|Baghdad|
    Damascus|Kabul|Cairo|Ankara|Istanbul|Rome|Madrid|Warsaw|Vienna|Geneva|Riyadh|Doha|Dubai|Seoul|Pyongyang|
    Taipei|Delhi|New Delhi|Islamabad|Minsk|Havana|Caracas|Ottawa|Canberra|Sydney|New York|Los Angeles|Chicago|
    Houston|Boston|Miami|Philadelphia|Atlanta|Dallas|San Francisco|Seattle|Detroit|Denver|Phoenix|Las Vegas|
    Iowa|Ohio|Florida|Texas|California|Virginia|Pennsylvania|Michigan|Wisconsin|Nevada|Arizona|Colorado|
    New Hampshire|South Carolina|North Carolina|New Jersey|Massachusetts|Illinois|Minnesota|Missouri|Indiana|
    Kentucky|Tennessee|Alabama|Mississippi|Louisiana|Oklahoma|Kansas|Nebraska|Utah|Oregon|Maryland|Connecticut|
    Vermont|Maine|Alaska|Hawaii|Idaho|Montana|Wyoming|Arkansas|Delaware|Rhode Island|West Virginia`;
  for (const name of cities.split('|').map((n) => n.trim())) if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), name);
  // Cities of two words or more, from the GeoNames gazetteer (generatedCities.ts): "Sioux Falls", "Santa Rosa".
  for (const name of CITIES_OF_SEVERAL_WORDS) if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), name);
  return map;
})();

/** Demonyms → their place, so "Russian President" yields a role and "the Russian side" can point to Russia. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  american: 'United States', russian: 'Russia', ukrainian: 'Ukraine', chinese: 'China', british: 'United Kingdom',
  french: 'France', german: 'Germany', israeli: 'Israel', palestinian: 'Palestine', iranian: 'Iran',
  iraqi: 'Iraq', syrian: 'Syria', turkish: 'Turkey', japanese: 'Japan', korean: 'Korea', indian: 'India',
  pakistani: 'Pakistan', afghan: 'Afghanistan', mexican: 'Mexico', canadian: 'Canada', european: 'Europe',
  italian: 'Italy', spanish: 'Spain', polish: 'Poland', saudi: 'Saudi Arabia', egyptian: 'Egypt',
  western: 'the West', eastern: '', african: 'Africa', brazilian: 'Brazil', australian: 'Australia',
  // Nouns for a person from a country ("the Scot said", "the Dane"), which an epithet uses like "the Brazilian".
  scotsman: 'Scotland', scotswoman: 'Scotland', welshman: 'Wales', irishman: 'Ireland',
  irishwoman: 'Ireland', englishman: 'England', frenchman: 'France', frenchwoman: 'France', dutchman: 'Netherlands',
  briton: 'United Kingdom', dane: 'Denmark', swede: 'Sweden', finn: 'Finland', norwegian: 'Norway',
  spaniard: 'Spain', argentine: 'Argentina', argentinian: 'Argentina', colombian: 'Colombia', chilean: 'Chile',
  peruvian: 'Peru', venezuelan: 'Venezuela', nigerian: 'Nigeria', kenyan: 'Kenya',
  ghanaian: 'Ghana', ethiopian: 'Ethiopia', filipino: 'Philippines', indonesian: 'Indonesia', belgian: 'Belgium',
  austrian: 'Austria', croatian: 'Croatia', serbian: 'Serbia', kiwi: 'New Zealand',
}));

const WEEKDAY_NAMES = 'monday tuesday wednesday thursday friday saturday sunday';

/** The days of the week: "on Monday". */
export const WEEKDAYS = wordSet(WEEKDAY_NAMES);

/** The days of the week and the months, and the days around today. */
const DAYS_AND_MONTHS = `${WEEKDAY_NAMES} january february march april may june july
  august september october november december today yesterday tomorrow`;

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = wordSet(`${DAYS_AND_MONTHS} i the a an this that
  these those he she they we it his her their our its mr mrs ms but and or so yet however meanwhile still also
  after before when while if although though because since as at in on of for with by from to nevertheless
  moreover furthermore indeed instead then there here what who why how where further additionally separately
  similarly overall finally likewise besides otherwise earlier later now thus hence notably importantly specifically
  previously currently recently initially ultimately eventually meanwhile elsewhere rival rivals fellow rather perhaps maybe`);

/** Labels before a colon that name a kind of item or an editor's note, not a source ("Watch: …", "CORRECTION: …"). */
export const ITEM_LABELS = wordSet(`watch update updated breaking related exclusive video videos photo photos note opinion analysis
  commentary live read see listen correction corrections clarification clarifications erratum disclosure editor editors
  editorial quiz podcast factbox explainer timeline q&a report recap transcript contributing revealed bombshell wow paid latest
  busted boom shock shocking huge alert abstract byline summary highlights`);

/**
 * Initials of common nouns, written in capitals like a body's acronym but naming none: "her GP", "on TV", "GDP",
 * "the CEO", "an ICU", "EVs". (A body's acronym, "NHS", "BBC", is not here.)
 */
export const COMMON_INITIALISMS = wordSet(`gp tv gdp gnp cpi dna rna ai ceo cfo coo cto cio mvp atm pc suv ev hiv aids icu er ivf mri
  ct pdf usb gps hr pr hq ipo etf vat gst ufo diy faq vip id pin sms url lgbt lgbtq lgbtqia covid ppe ptsd adhd ocd bmi
  iq rpm mph kph bbq tba tbd eta asap rsvp ok it qb dvd cd led lcd ssd cpu gpu ram uv csr`);

/** Days, months and the days around today: a date, which no actor is ("Monday said", "March 23"). */
export const CALENDAR_WORDS = wordSet(`${DAYS_AND_MONTHS} tonight`);

/** Time zones after a clock time ("9 p.m. EST"): capitals, but no body's name. */
export const TIME_ZONES = wordSet('est edt cst cdt mst mdt pst pdt akst hst gmt utc bst cet cest aest');

/** Possessive determiners, which open a noun phrase of their own ("his advisers", "her criticism"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Pronouns that can speak, with what they may refer to. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'first' | 'second'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['i', 'first'], ['we', 'first'],
  ['you', 'second'],
]);

/** All pronouns that are listed as mentions of a resolved actor. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** Plural common nouns that speak as a group ("officials said", "critics argue"). */
export const GROUP_HEADS = wordSet(`officials authorities experts analysts critics supporters opponents residents
  voters democrats republicans lawmakers legislators senators members leaders economists scientists researchers
  observers diplomats sources aides advisers advisors investigators prosecutors police officers witnesses
  activists protesters demonstrators people americans russians ukrainians europeans citizens workers employees
  executives strategists pollsters polls surveys studies reports documents data figures records
  conservatives liberals progressives candidates delegates organizers campaigners advocates groups parties
  muslims jews latinos hispanics evangelicals catholics protestants immigrants refugees millennials`);
