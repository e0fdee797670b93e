/**
 * The files of the temporary workspace the integration tests run in. The runner writes them; the
 * suite opens them by these names. The short articles are written for these tests (no copied text);
 * the reference article and its gold come from ../shared/fixtures when that folder is present.
 */
export const REFERENCE_ARTICLE = 'ceasefire-talks.article';
export const REFERENCE_GOLD = 'ceasefire-talks.gold.json';
export const HARBOR_ARTICLE = 'harbor.article';
/** A second copy of the harbor article, edited by the edit test so the others see the original. */
export const HARBOR_EDIT_ARTICLE = 'harbor-edit.article';
export const MARKUP_ARTICLE = 'markup.article';

/** One quoted claim by a named speaker, and a sentence that claims nothing (for the no-hover test). */
export const HARBOR_TEXT = [
  'Harbor officials met on Tuesday to discuss the new ferry schedule.',
  '“We expect the first boats to leave in early May,” said Maria Lindqvist, the port director.',
  'The weather was mild and the pier was quiet.',
  '',
].join('\n');

/** The sentence of HARBOR_TEXT that holds no claim and names no one. */
export const HARBOR_QUIET_SENTENCE = 'The weather was mild and the pier was quiet.';

/** What the edit test appends: a new paragraph with a new quote by a new speaker. */
export const HARBOR_ADDITION = '“The council will review the ferry budget next week,” said Tomas Berg, a city councillor.\n';
export const HARBOR_ADDITION_SPEAKER = 'Tomas Berg';

/**
 * One actor under several name forms, for the alias tests: the mayor is "Riverton Mayor Ana Ruiz",
 * then "Ruiz", then "The mayor"; the police department is "The Riverton Police Department", then
 * "RPD", then "police"; and one source is never named ("a neighbor"). Written for these tests.
 */
export const COUNCIL_ARTICLE = 'council.article';
export const COUNCIL_TEXT = [
  'Riverton council delays vote on park plan',
  '',
  'RIVERTON — The city council postponed a vote on the Elm Street park plan on Monday after a long and heated meeting.',
  '',
  '"We owe residents a plan they can trust," said Riverton Mayor Ana Ruiz, who has backed the project since last spring.',
  '',
  'Ruiz said the council would hold two more public hearings before the end of the month. The mayor added that the budget would not change.',
  '',
  'The Riverton Police Department said traffic on Elm Street had doubled since the old lot closed. RPD will add weekend patrols near the site, police said.',
  '',
  '"Nobody asked us before they drew the map," a neighbor said after the meeting.',
  '',
].join('\n');

/**
 * Sourcing and source balance: a named speaker quoted twice, unnamed officials, and an agentless report, so the
 * reading view draws two bars and the Actors view groups "Unnamed sources" and "No source". Written for these tests.
 */
export const SOURCING_ARTICLE = 'sourcing.article';
export const SOURCING_TEXT = [
  'Riverton ferry fares to rise',
  '',
  '“The ferry has to pay its way,” said Riverton Mayor Ana Ruiz on Monday. “Fares will rise by a dollar in June.”',
  '',
  'Two officials familiar with the plan said the city would also cut the night crossings.',
  '',
  'The ferry operator is said to be weighing a new route to the island.',
  '',
].join('\n');
/** The speaking actors of SOURCING_TEXT: one bar each in the balance chart. */
export const SOURCING_SPEAKERS = 2;

/** Plain-text files that must not trouble the extension host: nothing, too much, and binary noise. */
export const EMPTY_TEXT_FILE = 'empty.txt';
export const HUGE_TEXT_FILE = 'huge.txt';
export const BINARY_TEXT_FILE = 'binary.txt';
/** Over 500,000 characters (the in-process limit, which a test sets) of quotable prose, so only the limit keeps it unanalysed. */
export const HUGE_TEXT = HARBOR_TEXT.repeat(Math.ceil(600_000 / HARBOR_TEXT.length));

/**
 * Every byte value but NUL (control characters and invalid UTF-8 included) in a fixed pseudo-random
 * order. A NUL makes VS Code call the file binary and refuse it to extensions; without one it
 * reaches them as text, as a binary file does when the reader chooses "Open Anyway".
 */
export function binaryNoise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 12345;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = 1 + ((state >>> 24) % 255);
  }
  return bytes;
}

/**
 * Markup that must render as text in the reading view, inside and outside a claim. Were it
 * executed, it would mark the webview's body with data-pwned (the DOM check looks for that).
 */
export const MARKUP_TEXT = [
  '“Never type <script>document.body.dataset.pwned = 1</script> into the guestbook,” said Lena Ortiz, the museum curator.',
  'A sign by the door read <img src=x onerror=document.body.dataset.pwned=2> in large letters.',
  '',
].join('\n');
