/**
 * Where the demo store's customers live and how they find it, and its distribution centres:
 * the other half of the fixed catalogue (catalog.ts has the products).
 */
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
