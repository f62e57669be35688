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

export interface StateSpec {
  state: string;
  city: string;
  latitude: number;
  longitude: number;
  weight: number;
}

export interface CountrySpec {
  country: string;
  /** Share of customers at the start and the end of the three years: the mix drifts. */
  shareStart: number;
  shareEnd: number;
  states: readonly StateSpec[];
}

const s = (state: string, city: string, latitude: number, longitude: number, weight: number): StateSpec => ({
  state,
  city,
  latitude,
  longitude,
  weight,
});

/** Australia's share more than doubles over the period: the planted fast-growing region. */
export const countries: readonly CountrySpec[] = [
  {
    country: 'United States',
    shareStart: 0.36,
    shareEnd: 0.33,
    states: [
      s('California', 'Los Angeles', 34.05, -118.24, 12),
      s('Texas', 'Houston', 29.76, -95.37, 9),
      s('New York', 'New York', 40.71, -74.0, 8),
      s('Florida', 'Miami', 25.76, -80.19, 7),
      s('Illinois', 'Chicago', 41.88, -87.63, 4),
      s('Washington', 'Seattle', 47.61, -122.33, 3),
      s('Georgia', 'Atlanta', 33.75, -84.39, 3),
    ],
  },
  {
    country: 'United Kingdom',
    shareStart: 0.12,
    shareEnd: 0.11,
    states: [
      s('England', 'London', 51.51, -0.13, 8),
      s('Scotland', 'Glasgow', 55.86, -4.25, 1.5),
      s('Wales', 'Cardiff', 51.48, -3.18, 0.8),
    ],
  },
  {
    country: 'Germany',
    shareStart: 0.09,
    shareEnd: 0.085,
    states: [
      s('Bavaria', 'Munich', 48.14, 11.58, 3),
      s('Berlin', 'Berlin', 52.52, 13.4, 3),
      s('Hamburg', 'Hamburg', 53.55, 9.99, 2),
      s('North Rhine-Westphalia', 'Cologne', 50.94, 6.96, 4),
    ],
  },
  {
    country: 'France',
    shareStart: 0.08,
    shareEnd: 0.075,
    states: [
      s('Île-de-France', 'Paris', 48.86, 2.35, 5),
      s('Provence-Alpes-Côte d’Azur', 'Marseille', 43.3, 5.37, 2),
      s('Auvergne-Rhône-Alpes', 'Lyon', 45.76, 4.84, 2),
    ],
  },
  {
    country: 'Canada',
    shareStart: 0.07,
    shareEnd: 0.065,
    states: [
      s('Ontario', 'Toronto', 43.65, -79.38, 5),
      s('Quebec', 'Montreal', 45.5, -73.57, 3),
      s('British Columbia', 'Vancouver', 49.28, -123.12, 2),
    ],
  },
  {
    country: 'Australia',
    shareStart: 0.03,
    shareEnd: 0.1,
    states: [
      s('New South Wales', 'Sydney', -33.87, 151.21, 5),
      s('Victoria', 'Melbourne', -37.81, 144.96, 4),
      s('Queensland', 'Brisbane', -27.47, 153.03, 2),
    ],
  },
  {
    country: 'Spain',
    shareStart: 0.055,
    shareEnd: 0.05,
    states: [
      s('Madrid', 'Madrid', 40.42, -3.7, 3),
      s('Catalonia', 'Barcelona', 41.39, 2.17, 3),
      s('Andalusia', 'Seville', 37.39, -5.98, 1),
    ],
  },
  {
    country: 'Netherlands',
    shareStart: 0.04,
    shareEnd: 0.04,
    states: [s('North Holland', 'Amsterdam', 52.37, 4.9, 3), s('South Holland', 'Rotterdam', 51.92, 4.48, 2)],
  },
  {
    country: 'Japan',
    shareStart: 0.05,
    shareEnd: 0.05,
    states: [s('Tokyo', 'Tokyo', 35.68, 139.69, 5), s('Osaka', 'Osaka', 34.69, 135.5, 2)],
  },
  {
    country: 'Brazil',
    shareStart: 0.045,
    shareEnd: 0.045,
    states: [s('São Paulo', 'São Paulo', -23.55, -46.63, 4), s('Rio de Janeiro', 'Rio de Janeiro', -22.91, -43.17, 2)],
  },
  {
    country: 'South Korea',
    shareStart: 0.035,
    shareEnd: 0.035,
    states: [s('Seoul', 'Seoul', 37.57, 126.98, 4), s('Busan', 'Busan', 35.18, 129.08, 1)],
  },
  {
    country: 'Italy',
    shareStart: 0.035,
    shareEnd: 0.03,
    states: [s('Lombardy', 'Milan', 45.46, 9.19, 3), s('Lazio', 'Rome', 41.9, 12.5, 2)],
  },
];

export const distributionCenters = [
  { id: 1, name: 'Memphis TN', latitude: 35.1174, longitude: -89.9711 },
  { id: 2, name: 'Chicago IL', latitude: 41.8369, longitude: -87.6847 },
  { id: 3, name: 'Houston TX', latitude: 29.7604, longitude: -95.3698 },
  { id: 4, name: 'Los Angeles CA', latitude: 34.05, longitude: -118.25 },
  { id: 5, name: 'New Orleans LA', latitude: 29.95, longitude: -90.0667 },
  { id: 6, name: 'Port Authority of New York/New Jersey NY/NJ', latitude: 40.634, longitude: -73.7834 },
  { id: 7, name: 'Philadelphia PA', latitude: 39.95, longitude: -75.1667 },
  { id: 8, name: 'Mobile AL', latitude: 30.6944, longitude: -88.0431 },
  { id: 9, name: 'Charleston SC', latitude: 32.7833, longitude: -79.9333 },
  { id: 10, name: 'Savannah GA', latitude: 32.0167, longitude: -81.1167 },
] as const;

export const firstNames: readonly string[] = [
  'Olivia',
  'Emma',
  'Ava',
  'Sophia',
  'Mia',
  'Amelia',
  'Harper',
  'Evelyn',
  'Chloe',
  'Lucia',
  'Hannah',
  'Yuki',
  'Camila',
  'Sofia',
  'Ines',
  'Leonie',
  'Grace',
  'Zoe',
  'Ji-woo',
  'Ana',
  'Liam',
  'Noah',
  'Oliver',
  'James',
  'Lucas',
  'Mateo',
  'Ethan',
  'Leon',
  'Hugo',
  'Kenji',
  'Daniel',
  'Samuel',
  'Jack',
  'Finn',
  'Min-jun',
  'Pedro',
];

export const lastNames: readonly string[] = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Garcia',
  'Miller',
  'Martin',
  'Müller',
  'Schmidt',
  'Dubois',
  'Rossi',
  'Tanaka',
  'Suzuki',
  'Kim',
  'Lee',
  'Silva',
  'Santos',
  'Taylor',
  'Wilson',
  'Evans',
  'Thomas',
  'Roberts',
  'Walker',
  'Wright',
  'Lopez',
  'Martínez',
  'Fernández',
  'Bakker',
  'de Vries',
  'Nguyen',
  'Park',
  'Jones',
  'Clarke',
  'Moreau',
  'Bianchi',
  'Cohen',
];

export const trafficSources = [
  { source: 'Search', weight: 0.45 },
  { source: 'Organic', weight: 0.17 },
  { source: 'Facebook', weight: 0.14 },
  { source: 'Email', weight: 0.14 },
  { source: 'Display', weight: 0.1 },
] as const;
