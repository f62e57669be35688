/**
 * The demo store's fixed catalogue: what a mid-size online fashion retailer sells and where.
 * Everything random is drawn in SQL from a seeded hash; this file holds only the vocabulary
 * and the shape of the business (shares, price bands, seasons, return rates).
 */

export type Silhouette =
  | 'dress'
  | 'top'
  | 'trousers'
  | 'shorts'
  | 'skirt'
  | 'jacket'
  | 'coat'
  | 'knit'
  | 'swim'
  | 'socks'
  | 'bag'
  | 'underwear';

export type Season = 'winter' | 'summer' | 'none';

export interface CategorySpec {
  category: string;
  department: 'Women' | 'Men';
  silhouette: Silhouette;
  /** Share of the department's units. */
  weight: number;
  priceLow: number;
  priceHigh: number;
  season: Season;
  returnRate: number;
  /** Item nouns used in product names. */
  nouns: readonly string[];
}

const women = (spec: Omit<CategorySpec, 'department'>): CategorySpec => ({ ...spec, department: 'Women' });
const men = (spec: Omit<CategorySpec, 'department'>): CategorySpec => ({ ...spec, department: 'Men' });

export const categories: readonly CategorySpec[] = [
  women({
    category: 'Dresses',
    silhouette: 'dress',
    weight: 14,
    priceLow: 29,
    priceHigh: 180,
    season: 'summer',
    returnRate: 0.16,
    nouns: ['Midi Dress', 'Wrap Dress', 'Shirt Dress', 'Slip Dress', 'Maxi Dress', 'Shift Dress'],
  }),
  women({
    category: 'Tops & Tees',
    silhouette: 'top',
    weight: 16,
    priceLow: 12,
    priceHigh: 70,
    season: 'none',
    returnRate: 0.08,
    nouns: ['Crew Tee', 'V-Neck Tee', 'Blouse', 'Tank Top', 'Camisole', 'Boxy Tee'],
  }),
  women({
    category: 'Sweaters',
    silhouette: 'knit',
    weight: 8,
    priceLow: 35,
    priceHigh: 160,
    season: 'winter',
    returnRate: 0.1,
    nouns: ['Crewneck Sweater', 'Cardigan', 'Turtleneck', 'Cable Knit Jumper'],
  }),
  women({
    category: 'Jeans',
    silhouette: 'trousers',
    weight: 10,
    priceLow: 39,
    priceHigh: 150,
    season: 'none',
    returnRate: 0.18,
    nouns: ['Straight Jeans', 'Skinny Jeans', 'Mom Jeans', 'Wide Leg Jeans', 'Bootcut Jeans'],
  }),
  women({
    category: 'Pants',
    silhouette: 'trousers',
    weight: 6,
    priceLow: 29,
    priceHigh: 120,
    season: 'none',
    returnRate: 0.13,
    nouns: ['Tailored Trousers', 'Cargo Pants', 'Wide Leg Trousers', 'Culottes'],
  }),
  women({
    category: 'Skirts',
    silhouette: 'skirt',
    weight: 6,
    priceLow: 25,
    priceHigh: 110,
    season: 'summer',
    returnRate: 0.12,
    nouns: ['Pleated Skirt', 'Denim Skirt', 'Midi Skirt', 'A-Line Skirt', 'Mini Skirt'],
  }),
  women({
    category: 'Shorts',
    silhouette: 'shorts',
    weight: 4,
    priceLow: 19,
    priceHigh: 65,
    season: 'summer',
    returnRate: 0.1,
    nouns: ['Denim Shorts', 'Linen Shorts', 'Bike Shorts', 'Paperbag Shorts'],
  }),
  women({
    category: 'Outerwear & Coats',
    silhouette: 'coat',
    weight: 7,
    priceLow: 69,
    priceHigh: 320,
    season: 'winter',
    returnRate: 0.12,
    nouns: ['Wool Coat', 'Trench Coat', 'Puffer Jacket', 'Parka', 'Quilted Jacket'],
  }),
  women({
    category: 'Blazers & Jackets',
    silhouette: 'jacket',
    weight: 5,
    priceLow: 49,
    priceHigh: 220,
    season: 'none',
    returnRate: 0.13,
    nouns: ['Blazer', 'Denim Jacket', 'Bomber Jacket', 'Utility Jacket'],
  }),
  women({
    category: 'Swim',
    silhouette: 'swim',
    weight: 4,
    priceLow: 22,
    priceHigh: 95,
    season: 'summer',
    returnRate: 0.14,
    nouns: ['Bikini Set', 'Swimsuit', 'Tankini', 'Cover-Up'],
  }),
  women({
    category: 'Intimates',
    silhouette: 'underwear',
    weight: 6,
    priceLow: 9,
    priceHigh: 60,
    season: 'none',
    returnRate: 0.04,
    nouns: ['Bralette', 'Briefs', 'Lace Bra', 'Bodysuit'],
  }),
  women({
    category: 'Socks & Hosiery',
    silhouette: 'socks',
    weight: 4,
    priceLow: 5,
    priceHigh: 25,
    season: 'winter',
    returnRate: 0.02,
    nouns: ['Ankle Socks', 'Tights', 'Crew Socks', 'Knee Socks'],
  }),
  women({
    category: 'Accessories',
    silhouette: 'bag',
    weight: 10,
    priceLow: 12,
    priceHigh: 190,
    season: 'none',
    returnRate: 0.05,
    nouns: ['Tote Bag', 'Crossbody Bag', 'Scarf', 'Belt', 'Clutch'],
  }),
  men({
    category: 'Tops & Tees',
    silhouette: 'top',
    weight: 18,
    priceLow: 12,
    priceHigh: 65,
    season: 'none',
    returnRate: 0.07,
    nouns: ['Crew Tee', 'Henley', 'Polo Shirt', 'Oxford Shirt', 'Graphic Tee'],
  }),
  men({
    category: 'Sweaters',
    silhouette: 'knit',
    weight: 9,
    priceLow: 35,
    priceHigh: 150,
    season: 'winter',
    returnRate: 0.09,
    nouns: ['Crewneck Sweater', 'Quarter-Zip Sweater', 'Cardigan', 'Merino Jumper'],
  }),
  men({
    category: 'Jeans',
    silhouette: 'trousers',
    weight: 13,
    priceLow: 39,
    priceHigh: 140,
    season: 'none',
    returnRate: 0.14,
    nouns: ['Slim Jeans', 'Straight Jeans', 'Relaxed Jeans', 'Tapered Jeans'],
  }),
  men({
    category: 'Pants',
    silhouette: 'trousers',
    weight: 9,
    priceLow: 29,
    priceHigh: 110,
    season: 'none',
    returnRate: 0.11,
    nouns: ['Chinos', 'Cargo Pants', 'Joggers', 'Tailored Trousers'],
  }),
  men({
    category: 'Shorts',
    silhouette: 'shorts',
    weight: 6,
    priceLow: 19,
    priceHigh: 60,
    season: 'summer',
    returnRate: 0.08,
    nouns: ['Chino Shorts', 'Swim Shorts', 'Cargo Shorts', 'Running Shorts'],
  }),
  men({
    category: 'Outerwear & Coats',
    silhouette: 'coat',
    weight: 9,
    priceLow: 79,
    priceHigh: 340,
    season: 'winter',
    returnRate: 0.11,
    nouns: ['Overcoat', 'Parka', 'Puffer Jacket', 'Field Jacket'],
  }),
  men({
    category: 'Suits & Sport Coats',
    silhouette: 'jacket',
    weight: 6,
    priceLow: 99,
    priceHigh: 420,
    season: 'none',
    returnRate: 0.15,
    nouns: ['Suit Jacket', 'Sport Coat', 'Two-Piece Suit', 'Blazer'],
  }),
  men({
    category: 'Underwear',
    silhouette: 'underwear',
    weight: 8,
    priceLow: 9,
    priceHigh: 45,
    season: 'none',
    returnRate: 0.03,
    nouns: ['Boxer Briefs', 'Trunks', 'Undershirt', 'Boxers'],
  }),
  men({
    category: 'Socks',
    silhouette: 'socks',
    weight: 6,
    priceLow: 5,
    priceHigh: 22,
    season: 'winter',
    returnRate: 0.02,
    nouns: ['Crew Socks', 'Ankle Socks', 'Wool Socks', 'Dress Socks'],
  }),
  men({
    category: 'Accessories',
    silhouette: 'bag',
    weight: 8,
    priceLow: 12,
    priceHigh: 180,
    season: 'none',
    returnRate: 0.05,
    nouns: ['Backpack', 'Belt', 'Beanie', 'Wallet', 'Scarf'],
  }),
];

export interface BrandSpec {
  brand: string;
  tier: 'value' | 'core' | 'premium';
}

export const brands: readonly BrandSpec[] = [
  ...[
    'Northwind',
    'Harbor & Pine',
    'Everyday Edit',
    'Basics Co',
    'Urban Thread',
    'Sunday Studio',
    'Loop',
    'Fieldhouse',
  ].map((brand) => ({ brand, tier: 'value' as const })),
  ...[
    'Calla & Co',
    'Marlowe',
    'Tidewell',
    'Ashby',
    'Juniper Lane',
    'Redwood Supply',
    'Alder',
    'Wren',
    'Common Ground',
    'Stillwater',
    'Bramble',
    'Orchard Street',
    'Kestrel',
    'Halcyon',
  ].map((brand) => ({ brand, tier: 'core' as const })),
  ...['Maison Ardent', 'Solene', 'Atelier Nord', 'Vantage', 'Lumen & Loom', 'Ferro'].map((brand) => ({
    brand,
    tier: 'premium' as const,
  })),
];

/** Words placed before the item noun: "Relaxed Linen Wrap Dress". */
export const styleWords: readonly string[] = [
  'Relaxed',
  'Classic',
  'Essential',
  'Tailored',
  'Oversized',
  'Cropped',
  'Organic Cotton',
  'Linen',
  'Ribbed',
  'Soft-Touch',
  'Recycled',
  'Vintage Wash',
  'Stretch',
  'Heritage',
  'Lightweight',
  'Textured',
];

export interface ColourSpec {
  name: string;
  hex: string;
}

export const colours: readonly ColourSpec[] = [
  { name: 'Black', hex: '#1f1f24' },
  { name: 'White', hex: '#f4f2ee' },
  { name: 'Navy', hex: '#22305a' },
  { name: 'Grey', hex: '#8a8f98' },
  { name: 'Camel', hex: '#c19a6b' },
  { name: 'Olive', hex: '#6b7243' },
  { name: 'Burgundy', hex: '#7a2234' },
  { name: 'Blush', hex: '#e8b4b0' },
  { name: 'Sky Blue', hex: '#8fb8de' },
  { name: 'Forest Green', hex: '#2f5d46' },
  { name: 'Mustard', hex: '#d6a630' },
  { name: 'Rust', hex: '#b5532f' },
  { name: 'Lilac', hex: '#b8a2d6' },
  { name: 'Denim Blue', hex: '#41658f' },
];

export const patterns = ['solid', 'striped', 'dotted', 'checked'] as const;
export type Pattern = (typeof patterns)[number];
