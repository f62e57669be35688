import type { DimensionValues } from './types';

/** Small, generated fixtures for the value-matching tests: shaped like the demo store and Online Retail. */

export const demoStoreValues: DimensionValues[] = [
  { dimension: 'department', values: ['Women', 'Men'] },
  {
    dimension: 'category',
    values: [
      'Jeans',
      'Dresses',
      'Skirts',
      'Tops & Tees',
      'Outerwear & Coats',
      'Sweaters',
      'Intimates',
      'Accessories',
      'Swim',
      'Shorts',
      'Socks',
      'Suits & Sport Coats',
      'Fashion Hoodies & Sweatshirts',
      'Pants & Capris',
      'Plus',
      'Maternity',
      'Leggings',
      'Blazers & Jackets',
      'Sleep & Lounge',
      'Active',
      'Pants',
      'Socks & Hosiery',
    ],
  },
  {
    dimension: 'brand',
    values: ['Calvin Klein', "Levi's", 'Carhartt', 'Columbia', 'Allegra K', 'Tommy Hilfiger', 'Hanes', 'Nautica'],
  },
  {
    dimension: 'country',
    values: [
      'United States',
      'United Kingdom',
      'Brasil',
      'China',
      'France',
      'Germany',
      'Spain',
      'Japan',
      'Australia',
      'Belgium',
      'Poland',
      'South Korea',
      'Georgia',
    ],
  },
  { dimension: 'region', values: ['California', 'Texas', 'New York', 'New Jersey', 'Georgia', 'Guangdong'] },
  { dimension: 'channel', values: ['Search', 'Organic', 'Facebook', 'Email', 'Display'] },
  { dimension: 'order_status', values: ['Complete', 'Shipped', 'Processing', 'Cancelled', 'Returned'] },
  {
    dimension: 'product',
    values: [
      "Levi's Men's 501 Original Fit Jean",
      "Levi's Women's 505 Straight Leg Jean",
      "Calvin Klein Women's Sleeveless Sheath Dress",
      "Calvin Klein Jeans Men's Slim Fit Jean",
      "Carhartt Men's Duck Active Jacket",
      "Columbia Men's Watertight II Jacket",
      "Allegra K Women's Floral Maxi Dress",
      "Allegra K Women's Pleated Mini Skirt",
      "Allegra K Women's Red Wrap Dress",
      "Hanes Men's Crew Neck T-Shirt",
      "Nautica Men's Striped Swim Trunk",
      "Tommy Hilfiger Men's Cable Knit Sweater",
      "Women's Wool Peacoat",
    ],
  },
];

const colours = ['PINK', 'BLUE', 'IVORY', 'GREEN', 'RED', 'WHITE', 'BLACK'];
const motifs = ['POLKADOT', 'PAISLEY', 'SPOTTY', 'FLORAL', 'VINTAGE', 'HEART', 'STAR', 'BIRD'];
const objects = ['MUG', 'CUSHION COVER', 'PURSE', 'UMBRELLA', 'TEA TOWEL', 'GIFT WRAP', 'NOTEBOOK'];

/** Colour x motif x object, every other combination: the bulk of a gift shop's range. */
const generatedRange = (): string[] => {
  const names: string[] = [];
  colours.forEach((colour, i) => {
    motifs.forEach((motif, j) => {
      objects.forEach((object, k) => {
        if ((i + j + k) % 2 === 0) names.push(`${colour} ${motif} ${object}`);
      });
    });
  });
  return names;
};

export const onlineRetailProducts: string[] = [
  'WHITE HANGING HEART T-LIGHT HOLDER',
  'HEART T-LIGHT HOLDER ',
  'HEART T-LIGHT HOLDER',
  'ZINC STAR T-LIGHT HOLDER ',
  'ASSORTED COLOUR T-LIGHT HOLDER',
  'REGENCY CAKESTAND 3 TIER',
  'PARTY BUNTING',
  'ASSORTED COLOUR BIRD ORNAMENT',
  'JUMBO BAG PINK POLKADOT',
  'JUMBO BAG RED RETROSPOT',
  'JUMBO  BAG BAROQUE BLACK WHITE',
  "JUMBO BAG 50'S CHRISTMAS ",
  'JUMBO BAG ALPHABET',
  'JUMBO BAG APPLES',
  'JUMBO BAG CHARLIE AND LOLA TOYS',
  'JUMBO BAG OWLS',
  'JUMBO BAG PAISLEY PARK',
  'JUMBO BAG PEARS',
  'JUMBO BAG PINK VINTAGE PAISLEY',
  'JUMBO BAG SCANDINAVIAN BLUE PAISLEY',
  'JUMBO BAG SPACEBOY DESIGN',
  'JUMBO BAG STRAWBERRY',
  'JUMBO BAG VINTAGE DOILY ',
  'JUMBO BAG VINTAGE LEAF',
  'JUMBO BAG WOODLAND ANIMALS',
  'JUMBO STORAGE BAG SKULLS',
  'VINTAGE DOILY JUMBO BAG RED ',
  'RED RETROSPOT CHARLOTTE BAG',
  'CHARLOTTE BAG PINK POLKADOT',
  'CHARLOTTE BAG SUKI DESIGN',
  'LUNCH BAG RED RETROSPOT',
  'LUNCH BAG SUKI DESIGN ',
  'LUNCH BAG  BLACK SKULL.',
  'RED RETROSPOT BOWL',
  'RED RETROSPOT BIG BOWL',
  'RED RETROSPOT PUDDING BOWL',
  'RED RETROSPOT SUGAR JAM BOWL',
  'RED RETROSPOT CAKE STAND',
  'PACK OF 72 RETROSPOT CAKE CASES',
  '12 PENCILS SMALL TUBE RED RETROSPOT',
  'SET OF 3 CAKE TINS PANTRY DESIGN ',
  'SET OF 3 BLACK FLYING DUCKS',
  'SET 2 TEA TOWELS I LOVE LONDON ',
  'SCENTED CANDLE IN DIGITALIS TIN',
  'HAND WARMER UNION JACK',
  "PAPER CHAIN KIT 50'S CHRISTMAS ",
  'NATURAL SLATE HEART CHALKBOARD ',
  'GLASS STAR FROSTED T-LIGHT HOLDER',
  'ALARM CLOCK BAKELIKE RED ',
  'ALARM CLOCK BAKELIKE GREEN',
  'SPACEBOY LUNCH BOX ',
  'DOLLY GIRL LUNCH BOX',
  'WOODEN PICTURE FRAME WHITE FINISH',
  'WRAP, CAROUSEL',
  'WRAP CAROUSEL',
  'TRAVEL CARD WALLET SKULLS',
  'POPCORN HOLDER',
  'WORLD WAR 2 GLIDERS ASSTD DESIGNS',
  'RABBIT NIGHT LIGHT',
  'DOORMAT KEEP CALM AND COME IN',
  'HOME SWEET HOME METAL SIGN ',
  ...generatedRange(),
  // Stock adjustments stored as descriptions: words of questions, never values to find.
  'lost',
  'check',
  'found',
  'Manual',
  'sold as 1',
  'Dotcom sales',
];

export const onlineRetailValues: DimensionValues[] = [
  { dimension: 'product', values: onlineRetailProducts },
  {
    dimension: 'country',
    values: [
      'United Kingdom',
      'EIRE',
      'France',
      'Germany',
      'Netherlands',
      'USA',
      'Channel Islands',
      'RSA',
      'Unspecified',
      'Spain',
      'Belgium',
      'Switzerland',
      'Australia',
      'Japan',
      'Brazil',
      'United Arab Emirates',
      'Hong Kong',
      'European Community',
    ],
  },
];
