/**
 * The clothing-domain layer on top of VADER: phrases that VADER's general-purpose lexicon
 * scores wrongly (or not at all) in apparel reviews. Valences use VADER's word scale (about
 * -4..4; "good" is 1.9, "love" 3.2, "disappointed" -2.1). They were written by hand from how
 * shoppers talk about clothes, not fitted to data; see docs/review-sentiment.md.
 *
 * Matched text is hidden from VADER, so a phrase is counted once: "wanted to love" is a
 * complaint, not "love"; "true to size" is praise about sizing, not VADER's "true".
 */

export interface DomainPhrase {
  /** Matched case-insensitively on word boundaries; no capture groups needed. */
  pattern: string;
  valence: number;
  /** The phrase already contains its own negation ("didn't fit"): skip the negation check. */
  negationBuiltIn?: boolean;
}

const returned =
  "(?:had to|have to|will be|i am|i'm|im) (?:return|returning|send(?:ing)? (?:it|this|them) back|exchange)|" +
  '(?:returned|returning|sent back|sending back) (?:it|this|them|the)|(?:sent|send|sending|went|goes|going) (?:it |this |them )?back|back it goes|return(?:ed)? it';

export const domainPhrases: readonly DomainPhrase[] = [
  // Sizing: a mismatch is a mild complaint (often followed by "size up" in a happy review).
  {
    pattern:
      '(?:runs|ran|running|fits|is|was) (?:a (?:bit|little|tad) |really |very |super |way |a (?:full )?size |extremely )?(?:small|large|big|short|narrow)',
    valence: -1.0,
  },
  {
    pattern:
      '(?:too|overly|way too) (?:tight|small|big|large|short|long|loose|wide|boxy|snug|baggy|low|sheer|thin|tent-like|clingy|revealing|much fabric|much material)',
    valence: -1.6,
  },
  {
    pattern: 'true to size|tts|fits? true|sizing is accurate|size guide (?:was|is) (?:spot on|accurate)',
    valence: 1.8,
  },
  {
    pattern:
      '(?:huge|massive|enormous|gigantic) on me|swallowed me|swamped me|drowned me|(?:look|looked|looks|looking|felt|feel) like (?:a|i was wearing a) (?:tent|sack|potato sack|paper bag|maternity|hospital gown|smock|muumuu|box)',
    valence: -2.0,
  },
  // Fit and look.
  {
    pattern:
      '(?:fits?|fitted|sits?) (?:me )?(?:perfectly|like a glove|great|beautifully|well|just right|nicely|wonderfully|amazing|perfect)',
    valence: 2.2,
  },
  { pattern: 'flattering|flatters', valence: 2.0 },
  { pattern: 'unflattering', valence: -2.2 },
  {
    pattern:
      "(?:didn't|didnt|did not|doesn't|doesnt|does not|don't|dont|do not|wouldn't|won't) (?:really )?(?:fit|work|flatter|hang right|look (?:good|right|flattering))",
    valence: -2.0,
    negationBuiltIn: true,
  },
  {
    pattern:
      "(?:not|isn't|wasn't) (?:for me|my style|meant for me)|(?:did|does)(?:n't| not) do (?:anything|much|me any favors|any favors)",
    valence: -1.8,
    negationBuiltIn: true,
  },
  { pattern: 'boxy|shapeless|frumpy|matronly|dowdy', valence: -1.4 },
  { pattern: 'gapes?|gaping|pulls across|bunches|bunched', valence: -1.0 },
  // Fabric and construction.
  { pattern: 'see[- ]?through', valence: -1.3 },
  {
    pattern:
      'cheap(?:ly)?[- ](?:fabric|material|feel|feeling|looking|made|quality)|(?:feels|felt|looks|looked|look|feel) (?:very |really |so )?cheap|flimsy|scratchy|itchy',
    valence: -2.0,
  },
  {
    pattern:
      'fell apart|falling apart|came apart|coming apart|came undone|coming undone|unravel(?:l?ed|l?ing)?|loose threads',
    valence: -2.5,
  },
  {
    pattern:
      '(?:zipper|zip) (?:broke|split|jammed|came off|broke off|pulled away|got stuck|is stuck|snagged)|(?:seams?|lining|hem|stitching) (?:ripped|tore|split|came down|came undone|gave way|is coming apart|came out)|(?:ripped|tore|broke|torn) (?:at|after|within|on)',
    valence: -2.5,
  },
  { pattern: 'pill(?:ed|ing|s)|bobbly|went bobbly|shr[au]nk|faded|bled|colou?r ran', valence: -1.8 },
  { pattern: '(?:so|very|super|incredibly|really|amazingly|buttery|extremely) soft', valence: 2.2 },
  { pattern: 'soft', valence: 1.0 },
  {
    pattern:
      'well[- ]made|good quality|great quality|high quality|holding up (?:well|great)|washes (?:well|beautifully)',
    valence: 2.0,
  },
  { pattern: 'poor(?:ly)? (?:quality|made)|low quality|bad quality', valence: -2.5 },
  { pattern: 'wrinkl(?:e|es|ed|y)|creas(?:e|es|ed|ing)', valence: -1.0 },
  { pattern: 'premium|luxurious', valence: 1.5 },
  { pattern: 'thin|clings|clingy|stiff|restrictive|digs in|rubs', valence: -1.0 },
  {
    pattern: 'tight (?:in|across|around|through|at)|baggy|fit (?:is|was) (?:off|strange|weird|odd|awkward)',
    valence: -1.2,
  },
  { pattern: 'spot on|got it right first time', valence: 1.5 },
  { pattern: 'sizing (?:is|was) (?:inconsistent|all over the place|off)|inconsistent sizing', valence: -1.5 },
  {
    pattern: "(?:not|isn't|wasn't|never) (?:at all |very |really |that |so |particularly )?(?:comfortable|comfy)",
    valence: -1.8,
    negationBuiltIn: true,
  },
  { pattern: "could(?:n't| not) wait to take it off", valence: -2.0, negationBuiltIn: true },
  { pattern: 'not what it used to be', valence: -1.8, negationBuiltIn: true },
  // Colour.
  {
    pattern: '(?:exactly )?as pictured|true to the (?:photos?|pictures?)|(?:exactly )?like the (?:photos?|pictures?)',
    valence: 1.5,
  },
  {
    pattern:
      'nothing like the (?:photos?|pictures?)|washed out|(?:duller|darker|lighter|brighter) than (?:pictured|in the (?:photos?|pictures?))',
    valence: -1.8,
  },
  // Delivery.
  {
    pattern:
      '(?:arrived|delivered|shipped|came) (?:very |so |really )?(?:quickly|fast|promptly|early|the next day|earlier than expected|on time)|(?:fast|speedy|quick|prompt) (?:delivery|shipping)',
    valence: 1.8,
  },
  {
    pattern:
      'took ages|(?:delivery|it|order|package) (?:was|arrived) late|took (?:nearly |almost |over |about )?(?:two|three|four|\\d+) weeks|tracking never updated|never arrived',
    valence: -1.8,
  },
  { pattern: 'arrived (?:creased|crumpled|damaged|torn|dirty|stained)|tag missing|torn bag', valence: -1.5 },
  { pattern: 'expected (?:much |a lot |so much )?(?:better|more)', valence: -1.8, negationBuiltIn: true },
  // The shopper's verdict.
  { pattern: returned, valence: -2.2 },
  {
    pattern:
      '(?:really |so |truly )?wanted (?:to (?:love|like)|this (?:to work|dress to work|top to work)|it to work)|wished? (?:it|this) (?:fit|worked|would)|hoped (?:to love|it would)',
    valence: -2.0,
  },
  { pattern: 'disappoint(?:ed|ing|ment)', valence: -2.5 },
  { pattern: 'not worth|overpriced|too expensive', valence: -2.0, negationBuiltIn: true },
  { pattern: 'worth (?:every penny|the (?:price|money|splurge))|great value|a bargain', valence: 2.0 },
  {
    pattern: '(?:got|get|received|getting) (?:so many|lots of|many|tons of|a lot of|a ton of)? ?compliments',
    valence: 2.5,
  },
  {
    pattern:
      '(?:bought|ordered|buy|order|got|purchased|getting) (?:it |this |one |them )?(?:in (?:another|two|three|both|every|all)|a second|another)',
    valence: 2.0,
  },
  { pattern: 'keeper|must[- ]have|wear it all the time', valence: 2.0 },
];

/** Words that negate a domain phrase when one of them is among the three words before it. */
export const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'hardly',
  'barely',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'dont',
  'doesnt',
  'didnt',
  'cant',
  'couldnt',
  'wont',
  'wouldnt',
  'shouldnt',
  'aint',
  'nothing',
]);
