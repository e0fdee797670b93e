/**
 * Reviewed sourcing labels for the source phrases of PolNeAR dev, which PolNeAR itself does not label (issue 7):
 * source phrases and labels only, never corpus sentences. Labelled by the definitions of issue 7:
 * - "unnamed": people or a body the text does not identify (vague, plural or indefinite: "officials", "a source",
 *   "some Republicans", "polls", "46 percent");
 * - "named": a definite description of one identifiable body, person or document ("the appeals court", "the
 *   report", "his lawyer");
 * - "refers": a pronoun or a relative word whose sourcing depends on what it refers to ("he", "they", "who"), or a
 *   gold span that is no source at all; these claims are left out of the sourcing figures (the bench counts them).
 * A phrase holding a proper name that is not listed here counts as named ("Mayor Ana Ruiz"). The phrases are the
 * gold source texts of dev with their spacing collapsed; all phrases without a proper name are listed, and those
 * with one only where the name is a group's ("some Republicans", "European leaders").
 */
export type SourcingLabel = 'named' | 'unnamed' | 'refers';

const REFERS = [
  'he', 'He', 'she', 'She', 'who', 'they', 'They', 'it', 'It', 'which', 'his', 'His', 'we', 'We', 'you', 'You',
  'that', 'her', 'me', 'them', 'its', 'one', 'each', 'all', 'This', 'most of whom', 'many of whom', 'whose leaders',
  'your state', 'said', 'According to', 'the mind', 'his eyes', 'faith', 'a problem that', 'a global problem',
  'a few early', 'the national debate', 'the euro crisis', 'there is no law', 'that freewheeling environment',
  'Trump and has aides',
  'Country after country', 'A contentious visa program', 'a raft of new emissions rules', 'The endeavors',
  'author="carlquintanilla"', 'Obama, others',
];

const UNNAMED = [
  // vague or plural people
  'experts', 'environmentalists', 'attorneys for the family', 'Authorities', 'people', 'critics', 'Lawmakers', 'voters',
  'several environmental groups', 'analysts', 'a friend', 'Foreign policy analysts', 'Protesters',
  'Small groups of protesters', 'Demonstrators', 'sources', 'a source', 'another source', 'the source',
  'far fewer publications', 'editorial boards’', 'Readers', 'state and local leaders', 'a doctor', 'one questioner',
  'show insiders', 'Several cast members', 'his operatives', 'top black lawmakers', 'opponents', 'Democratic presidents',
  'People in other cities', 'a group of black parents with kids in charter schools', 'both men',
  'a broad discussion with historians', 'Few people', 'ederal investigators', 'federal prosecutors',
  'Federal and state officials', 'Many lawmakers', 'The experts', 'Several experts', 'Democratic leaders',
  'Younger black voters, in particular,', 'These voters', 'his advisers', 'campaign aides', 'Not everyone', 'not everyone',
  'a reader', 'prime ministers and members of the government', 'Six women and six men',
  'many colleges (private ones, in particular)', 'a high school senior', 'many voters', 'any taxpayer', 'most people',
  'no one', 'No one', 'administration officials', 'Administration officials', 'companies', 'creditors',
  'corporations looking to cut their debts', 'Some state officials', 'some environmental groups', 'restructuring experts',
  'Many people involved in the negotiations', 'state regulators', 'Regulators and environmental groups',
  'His surrogates', 'another mining company', 'many readers', 'Companies and individuals', 'a spokesman',
  'fellow physicians', 'his fellow physicians', 'A group of doctors', 'One of the docs', 'Police officials',
  'city officials', 'A majority of voters', 'Nearly eight of 10 voters', 'Only 52 percent of registered voters',
  '5 percent', '1 percent', '46 percent', '44 percent', '73 percent', '63 percent', 'Another 19 percent',
  '42 percent of those responding', 'A union representing flight attendants', 'organized labor', 'Many experts', 'some',
  'Some', 'presidential contenders of both parties', 'veterans', 'doctors', 'Many of his supporters', 'nations',
  'our enemies', 'a small group of super-wealthy contributors', 'Those close to him', 'elected officials from both parties',
  'someone', 'His aides', 'World leaders', 'World leaders and diplomats', 'state news media', 'Other leaders',
  'high school administrators', 'human rights groups', 'leaders', 'few experts', 'an unusual coalition of leaders',
  'labor-policy experts', 'Some experts', 'Voting rights advocates', 'a federal judge', 'an appeals court',
  'A federal appeals court', 'an arbitration panel', 'their attorneys', 'officials', 'Business leaders and others',
  'Other officials', 'a campaign aide', 'Civil rights activists', 'Delegates', 'many college-educated white voters',
  'millennials', 'more voters', "9/11 victims’ groups", 'a wide array of black artists', 'media',
  'mainstream media outlets and leftwing activist reporters', 'The family, protesters and civic leaders',
  // vague or plural documents and polls
  'Poll', 'Polls', 'exit polls', 'Instant polls', 'Other polls', 'Polling averages', 'A new poll',
  'one of the first post-debate polls to emerge', 'independent analyses', 'one study', 'other studies', 'emails',
  'tax returns', 'court rulings', 'federal statistics', 'Video', 'video', 'a statement', 'one estimate',
  // groups named by a proper adjective or party
  'Republicans', 'Democrats', 'some Republicans', 'Some Democrats', 'some Democrats', 'Many Democrats', 'many Democrats',
  'fellow Democrats', 'skittish Democrats', 'Fellow Republicans', 'A chorus of prominent Republicans',
  'Oversight Committee Republicans', 'two Democratic speechwriters', 'Mexicans', 'Many Mexicans', 'Birchers',
  'Clinton supporters', 'Scholars', 'Black Lawmakers', 'Many African-Americans', 'many African-Americans', 'Clinton aides',
  'Obama’s aides', 'McConnell aides', '31 Latinos', 'Frustrated Parents', 'E.U. leaders', 'Other E.U. leaders',
  'European leaders', 'Central European leaders who have been some of the most strident opponents of taking in migrants',
  'The Europeans, who had been cut out of the talks,', 'Developers and supporters in Congress',
  'A number of other members of Congress', "a number of tax experts I spoke to this week about Mrs. Clinton's tax plans",
  'Several former RT journalists', 'many E.U. nations', 'many European countries', 'European citizens', 'Many Americans',
  "one of Mr. Obama's climate advisers", 'national and battleground Republican polls',
  // indefinite or anonymous people of a named body or person
  'A reporter for USA Today', 'A spokeswoman for Hillary Clinton', 'a Homeland Security Department official',
  'one West Virginia official', 'one Democratic source on the panel', 'A Democratic source', 'One Republican',
  'A New York judge', 'A former Democratic National Committee chairman', 'advisers to Mr. Obama',
  'regulators and advisers to Patriot', "Surety companies that had insured Patriot's reclamation obligations",
  'a narrator in the Clinton ad', 'Twelve percent',
  // indefinite documents
  'a review of records', 'Another slide', 'one slide',
];

const NAMED = [
  'the president', 'The president', "the president's", 'the mayor', 'The mayor', 'police', 'Police', 'the poll',
  'The poll', 'this poll', 'The ad', 'The campaign', 'the campaign', 'her campaign', 'the senator', 'The senator',
  'the senators', 'the government', 'government', 'the federal government', 'The research', 'the agency', 'The agency',
  "The agency's mammoth bureaucracy", 'the union', 'the report', 'The statement', 'my father', 'My father', 'my mother',
  'the band leader', 'the fund', 'The group', 'The commission', 'the announcer', 'The city', 'the city', 'the state',
  'The newspaper', 'The piece', 'The woman', 'The article', 'the article', 'The clip', 'The 30-second spot, titled “Arrogant,”',
  'the ad’s narrator', 'the former president', 'One of the two major candidates', 'The bank', 'the bank', 'The film',
  'the film', 'the appeals court', 'The appeals court', 'the letter', 'Her daughter', 'the first accord', 'the authority',
  'The case', 'The network', 'His website', 'the debate moderators', 'The family', 'the truck story', 'the two countries', 'this particular pair of multimillionaires', 'Those and even older returns',
  'his company', 'the bankruptcy case', 'the companies', 'The researchers', 'this finding', "The party's existing rules",
  'the party’s bylaws', 'Judge', 'The judge', 'His lawyer', 'his attorney', 'His ex-wife', 'Her submission to the court',
  'leaked documents from his 1995 tax return', 'the candidates', 'both presidential candidates', 'the governor',
  'The governor', 'the ruling', 'The study', 'The recording', 'The wife of a man fatally shot by police', 'The two men',
  'a rough-hewed candidate', 'The section of the debate devoted to racial issues', 'the data', 'her account', 'the book',
  'Video of the incident', 'The website', 'the post-debate analysis', 'the alliance', 'bloc', 'The leaders',
  'the nations of the world', 'one or more of its veto-wielding permanent members', 'its troops', 'Federal court',
  'the 34-year-old mother of three', 'House panel', 'Flight attendants\' union',
  'The Republican nominee and his aides',
];

export const SOURCING_LABELS: ReadonlyMap<string, SourcingLabel> = new Map<string, SourcingLabel>([
  ...REFERS.map((p): [string, SourcingLabel] => [p, 'refers']),
  ...UNNAMED.map((p): [string, SourcingLabel] => [p, 'unnamed']),
  ...NAMED.map((p): [string, SourcingLabel] => [p, 'named']),
]);
