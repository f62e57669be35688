import { z } from 'zod';

export const explorePeriods = ['last_3_months', 'last_12_months'] as const;
export const ExplorePeriod = z.enum(explorePeriods);
export type ExplorePeriod = z.infer<typeof ExplorePeriod>;

export const productSorts = [
  'revenue',
  'units',
  'growth',
  'rating',
  'sentiment',
  'return_rate',
  'reviews',
  /** Share of reviews complaining (about the filtered aspect, else the product's top complaint). */
  'complaints',
  'price',
  'name',
] as const;
export const ProductSort = z.enum(productSorts);
export type ProductSort = z.infer<typeof ProductSort>;

export const sentimentBands = ['positive', 'mixed', 'negative'] as const;
export const SentimentBand = z.enum(sentimentBands);
export type SentimentBand = z.infer<typeof SentimentBand>;

/** Average review sentiment at or above this reads as positive; below zero, negative; between, mixed. */
export const POSITIVE_SENTIMENT_FROM = 0.3;

/** A product's average review sentiment as a band, the same in the grid's filter and on its tiles. */
export const sentimentBand = (sentiment: number | null): SentimentBand | null =>
  sentiment === null ? null : sentiment >= POSITIVE_SENTIMENT_FROM ? 'positive' : sentiment < 0 ? 'negative' : 'mixed';

const jobId = z
  .string()
  .regex(/^[\w-]{1,80}$/)
  .optional();

const DayRange = z.object({ start: z.string(), end: z.string() });

/** No filter set: the grid's starting point and the contract's default. */
export const noProductFilters = {
  departments: [],
  categories: [],
  brands: [],
  priceMin: null,
  priceMax: null,
  ratingMin: null,
  sentiment: null,
  complaintsAbout: null,
} as const satisfies Record<string, unknown>;

export const ProductFilters = z
  .object({
    departments: z.array(z.string().max(200)).max(50).default([]),
    categories: z.array(z.string().max(200)).max(200).default([]),
    brands: z.array(z.string().max(200)).max(500).default([]),
    priceMin: z.number().min(0).nullable().default(null),
    priceMax: z.number().min(0).nullable().default(null),
    /** At least this average rating (1..5). */
    ratingMin: z.number().min(1).max(5).nullable().default(null),
    sentiment: SentimentBand.nullable().default(null),
    /** Products whose reviews in the period complain about this aspect (fit, quality, …). */
    complaintsAbout: z.string().max(40).nullable().default(null),
  })
  .strict();
export type ProductFilters = z.infer<typeof ProductFilters>;

export const ProductCard = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  department: z.string().nullable(),
  brand: z.string().nullable(),
  price: z.number().nullable(),
  /** The front view, for `explore.image`; null when the source has no images. */
  imageUri: z.string().nullable(),
  revenue: z.number(),
  units: z.number(),
  /** Revenue against the same period a year earlier, as a fraction; null without sales then. */
  growth: z.number().nullable(),
  /** Revenue of the twelve months ending with the data's last month. */
  sparkline: z.array(z.number()),
  returnRate: z.number().nullable(),
  rating: z.number().nullable(),
  reviews: z.number(),
  sentiment: z.number().nullable(),
  /** The aspect most complained about in the period, when enough reviews do. */
  topComplaint: z.object({ aspect: z.string(), share: z.number() }).nullable(),
  /** Every aspect with a pattern of complaints, most complained about first (the top one is topComplaint). */
  complaints: z.array(z.object({ aspect: z.string(), share: z.number() })),
});
export type ProductCard = z.infer<typeof ProductCard>;

export const ExploreFacets = z.object({
  departments: z.array(z.string()),
  categories: z.array(z.string()),
  brands: z.array(z.string()),
  price: z.object({ min: z.number(), max: z.number() }).nullable(),
  aspects: z.array(z.string()),
});

/** Whether the source's reviews can be read: none at all, or an index built on first use. */
export const ReviewAvailability = z.enum(['ready', 'none']);

export const ProductMeasure = z.object({
  id: z.string(),
  label: z.string(),
  format: z.enum(['currency', 'number', 'percent', 'rating', 'sentiment']),
  value: z.number().nullable(),
  previous: z.number().nullable(),
});

export const SalesPoint = z.object({
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: z.string(),
  revenue: z.number(),
  units: z.number(),
  returned: z.number(),
  /** Average selling price that week (null without sales). */
  price: z.number().nullable(),
});

export const SalesEvent = z.object({
  kind: z.enum(['stock_out', 'promotion']),
  start: z.string(),
  /** Last day included. */
  end: z.string(),
  label: z.string(),
});
export type SalesEvent = z.infer<typeof SalesEvent>;

export const AspectRow = z.object({
  aspect: z.string(),
  mentions: z.number(),
  share: z.number(),
  sentiment: z.number(),
  complaints: z.number(),
  emerging: z.boolean(),
});

export const SummaryPoint = z.object({
  aspect: z.string(),
  polarity: z.enum(['positive', 'negative']),
  reviews: z.number(),
  share: z.number(),
  quote: z.string(),
  reviewId: z.string(),
});

export const ProductImage = z.object({ uri: z.string(), view: z.string().nullable(), colour: z.string().nullable() });

export const ProductDetail = z.object({
  product: ProductCard,
  images: z.array(ProductImage),
  swatches: z.array(z.object({ name: z.string(), hex: z.string().nullable() })),
  measures: z.array(ProductMeasure),
  sales: z.array(SalesPoint),
  events: z.array(SalesEvent),
  ratingByMonth: z.array(
    z.object({
      month: z.string(),
      counts: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
      average: z.number().nullable(),
    }),
  ),
  aspects: z.array(AspectRow),
  summary: z.object({ headline: z.string(), points: z.array(SummaryPoint) }),
  similar: z.array(ProductCard),
  period: z.object({ current: DayRange, previous: DayRange }),
  reviews: ReviewAvailability,
  sourceKind: z.enum(['local', 'bigquery']),
  asOf: z.string(),
  /** Set when Google is unreachable and the page is the one kept from an earlier visit: says what is shown. */
  offlineNote: z.string().nullable(),
});
export type ProductDetail = z.infer<typeof ProductDetail>;

export const ReviewMention = z.object({ aspect: z.string(), score: z.number(), sentence: z.string() });
const Highlight = z.object({ start: z.number(), end: z.number() });

export const ReviewItem = z.object({
  reviewId: z.string(),
  productId: z.string(),
  productName: z.string().nullable(),
  createdAt: z.string().nullable(),
  rating: z.number().nullable(),
  sentiment: z.number(),
  title: z.string(),
  text: z.string(),
  mentions: z.array(ReviewMention),
  highlights: z.object({ title: z.array(Highlight), text: z.array(Highlight) }).nullable(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const reviewSorts = ['relevance', 'newest', 'oldest', 'lowest', 'highest'] as const;

/** What the grid shows: its source, period, search, filters and sort (everything but paging). */
const productViewShape = {
  sourceId: z.string().min(1),
  period: ExplorePeriod.default('last_12_months'),
  search: z.string().max(200).default(''),
  filters: ProductFilters.default({ ...noProductFilters, departments: [], categories: [], brands: [] }),
  sort: ProductSort.default('revenue'),
  direction: z.enum(['asc', 'desc']).default('desc'),
};

/** A view of the product grid, as an explorer-view report keeps it and runs it again. */
export const ProductView = z.object(productViewShape).strict();
export type ProductView = z.infer<typeof ProductView>;

export const exploreMethods = {
  /** One page of the product grid, filtered and sorted in main (the grid asks for pages as it scrolls). */
  'explore.products': {
    input: z
      .object({
        ...productViewShape,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        jobId,
      })
      .strict(),
    output: z.object({
      total: z.number(),
      /** Products in the source before filtering. */
      catalogueSize: z.number(),
      offset: z.number(),
      rows: z.array(ProductCard),
      facets: ExploreFacets,
      period: z.object({ current: DayRange, previous: DayRange, sparkline: DayRange }),
      reviews: ReviewAvailability,
      asOf: z.string(),
      /** Set when Google is unreachable and these are the products kept from an earlier visit. */
      offlineNote: z.string().nullable(),
    }),
  },
  'explore.product': {
    input: z
      .object({
        sourceId: z.string().min(1),
        productId: z.string().min(1).max(200),
        period: ExplorePeriod.default('last_12_months'),
        /** Read reviews from this day on (the aspect table and summary); the period's start by default. */
        reviewsSince: z.iso.date().optional(),
        jobId,
      })
      .strict(),
    output: ProductDetail,
  },
  'explore.reviews': {
    input: z
      .object({
        sourceId: z.string().min(1),
        productId: z.string().max(200).optional(),
        query: z.string().max(500).optional(),
        aspect: z.string().max(40).optional(),
        polarity: z.enum(['positive', 'negative']).optional(),
        rating: z.number().int().min(1).max(5).optional(),
        since: z.iso.date().optional(),
        until: z.iso.date().optional(),
        sort: z.enum(reviewSorts).default('relevance'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(25),
      })
      .strict(),
    output: z.object({ total: z.number(), reviews: z.array(ReviewItem) }),
  },
  /** Pins a product page as a report: its weekly sales (a real query, so it refreshes) and what customers say. */
  'explore.pin': {
    input: z
      .object({
        sourceId: z.string().min(1),
        productId: z.string().min(1).max(200),
        title: z.string().trim().min(1, 'Give the report a title.').max(120).optional(),
      })
      .strict(),
    output: z.object({ id: z.string(), title: z.string(), version: z.number().int() }),
  },
  /**
   * Pins the grid as the merchandiser sees it (filtered, sorted) as a report of kind `explore`:
   * the view, a bar chart of revenue and a table of its first products; a refresh reads it again.
   */
  'explore.pinView': {
    input: z
      .object({
        ...productViewShape,
        /** A title built from the view ("Jeans · fit complaints · by complaints") when left out. */
        title: z.string().trim().min(1, 'Give the report a title.').max(120).optional(),
      })
      .strict(),
    output: z.object({ id: z.string(), title: z.string(), version: z.number().int() }),
  },
  /** An image as a data URL: main reads it from the data folder or fetches and caches it on disk. */
  'explore.image': {
    input: z.object({ sourceId: z.string().min(1), uri: z.string().min(1).max(2000) }).strict(),
    output: z.object({ dataUrl: z.string(), cached: z.boolean() }),
  },
} as const;

/** What Ask hands the explorer for a question about reviews: one product's voice, or products with a complaint. */
export const AskExplore = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('product'),
    productId: z.string(),
    productName: z.string(),
    imageUri: z.string().nullable(),
    since: z.string(),
    headline: z.string(),
    points: z.array(SummaryPoint),
    aspects: z.array(AspectRow),
  }),
  z.object({
    kind: z.literal('complaints'),
    aspect: z.string(),
    /** Products with the complaint (before the top ten were kept). */
    total: z.number(),
    /** The top ten, with the share of each one's reviews complaining about the aspect. */
    products: z.array(z.object({ product: ProductCard, share: z.number() })),
    /** The grid filters that list them all (the question's category, department or brand). */
    filters: z.object({
      departments: z.array(z.string()),
      categories: z.array(z.string()),
      brands: z.array(z.string()),
    }),
    since: z.string(),
  }),
]);
export type AskExplore = z.infer<typeof AskExplore>;
