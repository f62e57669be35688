import type { JobProgress, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import type { AskExplore, ExplorePeriod, ProductCard, ProductView } from '../../shared/contract/explore';
import { viewTitle } from '../../shared/explore/view-words';
import type { JsonValue } from '../cache/json-column';
import type { SourceContexts } from '../ask/source-context';
import { AisleError } from '../core/aisle-error';
import { summarisePoints } from '../reviews/insights/customer-summary';
import type { ProductReviewStats, ReviewInsights } from '../reviews/insights/review-insights';
import { reviewAspects } from '../reviews/sentiment/aspects';
import type { ReviewIndexes } from '../reviews/review-indexes';
import type { SourceRegistry } from '../sources/source-registry';
import { periodRanges, type PeriodRanges } from './explore-period';
import type { ImageStore } from './image-store';
import { loadCatalogue, type CatalogueProduct } from './product-catalogue';
import { loadSnapshot, saveSnapshot, snapshotPath } from './catalogue-snapshot';
import { queryGrid, toCard, type ComplaintRates } from './product-grid';
import { answerReviewQuestion, readReviewQuestion } from './review-answer';
import { readProductImages, readProductMeasures, readProductSales, weeklyForPromotions } from './product-sales';
import { findPromotions, findStockOuts } from './sales-events';
import { similarProducts } from './similar-products';
import { customerHeadline } from './customer-headline';
import { productWords } from './product-words';
import { pinProduct, type PinProductDeps } from './pin-product';
import { pinView, viewSnapshot } from './pin-view';
import { addDays } from '../semantic/periods';
import { isOffline, keepBestEffort, mayServeKept, type Reachability } from '../offline/reachability';
import {
  cardOnlyNote,
  keepProductReads,
  keptCatalogueNote,
  keptPageNote,
  keptProductReads,
  readsFromCard,
  type ProductReads,
} from './kept-product';

/** `online`/`recheck`: offline, a BigQuery source opens from what was kept without trying Google. */
export interface ExploreServiceOptions extends Reachability {
  /** Where a BigQuery source's catalogue is kept for offline visits; none in some tests. */
  dataDir?: string;
  /** Pinning a product page runs its weekly sales as a query and keeps it as a report. */
  pins?: PinProductDeps;
  sources: Pick<SourceRegistry, 'find' | 'warehouse' | 'semanticModel'>;
  contexts: Pick<SourceContexts, 'get'>;
  reviews: Pick<ReviewIndexes, 'insights' | 'forget' | 'offlineInsights'>;
  images: Pick<ImageStore, 'dataUrl'>;
  onProgress?: (progress: JobProgress) => void;
}

/** How long a product list opened from what was kept is used before Google is tried again (when it seems back). */
const KEPT_RETRY_MS = 60_000;

/** One source's products for one period, read once and kept until the source changes. */
interface Catalogue {
  ranges: PeriodRanges;
  cards: ProductCard[];
  byId: Map<string, ProductCard>;
  stats: Map<string, ProductReviewStats>;
  rates: ComplaintRates;
  profiles: Map<string, Map<string, number>>;
  insights: ReviewInsights | null;
  facets: MethodOutput<'explore.products'>['facets'];
  asOf: string;
  /** The last day of sales the period counts back from. */
  anchor: string;
  /** Set when the catalogue is the one kept from an earlier visit (Google unreachable). */
  offlineNote: string | null;
}

const sortedDistinct = (values: (string | null)[]): string[] =>
  [...new Set(values.filter((value): value is string => value !== null && value !== ''))].sort((a, b) =>
    a.localeCompare(b),
  );

/**
 * The explorer: every product of a source with its sales, images and what its reviews say.
 * Sales come from the source's warehouse through the semantic model; reviews from the
 * source's local review index (sentiment and aspects computed once); images through main.
 */
export class ExploreService {
  readonly #options: ExploreServiceOptions;
  readonly #catalogues = new Map<string, Promise<Catalogue>>();
  readonly #knownImages = new Map<string, Set<string>>();
  /** Catalogues opened from what was kept (Google unreachable), with when: read again once it is back. */
  readonly #keptCatalogues = new Map<string, number>();

  constructor(options: ExploreServiceOptions) {
    this.#options = options;
  }

  #progress(
    jobId: string | undefined,
    stage: string,
    state: JobProgress['state'] = 'running',
    fraction: number | null = null,
  ): void {
    if (jobId) this.#options.onProgress?.({ jobId, stage, fraction, state });
  }

  #model(sourceId: string) {
    const model = this.#options.sources.semanticModel(sourceId);
    if (model === null) {
      const source = this.#options.sources.find(sourceId);
      throw new AisleError(
        'invalid_input',
        `Explore needs products with sales, and ${source.name} has no semantic model yet: try the demo store, theLook or an imported sales file.`,
      );
    }
    return model;
  }

  /** The source's products for the period, read once; `fresh` reads them again (a report's refresh). */
  #catalogue(sourceId: string, period: ExplorePeriod, jobId?: string, fresh = false): Promise<Catalogue> {
    const key = `${sourceId}|${period}`;
    const existing = this.#catalogues.get(key);
    // A list opened from what was kept is tried again from Google once it seems reachable (at most once a minute).
    const keptSince = this.#keptCatalogues.get(key);
    const retryKept = keptSince !== undefined && !isOffline(this.#options) && Date.now() - keptSince > KEPT_RETRY_MS;
    if (existing && !fresh && !retryKept) return existing;
    if (retryKept) this.#keptCatalogues.delete(key);
    const loading = this.#loadCatalogue(sourceId, period, jobId);
    this.#catalogues.set(key, loading);
    loading.then(
      (catalogue) => {
        if (catalogue.offlineNote !== null && this.#catalogues.get(key) === loading) {
          this.#keptCatalogues.set(key, Date.now());
        }
      },
      () => undefined,
    );
    loading.catch(() => {
      // Only this attempt's entry: a newer one may have replaced it after a forget.
      if (this.#catalogues.get(key) === loading) this.#catalogues.delete(key);
    });
    return loading;
  }

  async #loadCatalogue(sourceId: string, period: ExplorePeriod, jobId?: string): Promise<Catalogue> {
    const source = this.#options.sources.find(sourceId);
    const model = this.#model(source.id);
    const kept = this.#options.dataDir === undefined ? null : snapshotPath(this.#options.dataDir, source.id, period);
    let anchor: string;
    let products: CatalogueProduct[];
    let insights: ReviewInsights | null;
    let asOf = new Date().toISOString();
    let offlineNote: string | null = null;
    try {
      if (source.kind === 'bigquery' && isOffline(this.#options)) {
        throw new AisleError(
          'unavailable',
          `You are offline, and ${source.name}'s products were not opened on this computer before. They open when Google is reachable again.`,
        );
      }
      this.#progress(jobId, 'Finding the last day of sales');
      anchor = (await this.#options.contexts.get(source.id)).anchor;
      const warehouse = await this.#options.sources.warehouse(source.id);
      this.#progress(jobId, 'Reading products and sales');
      [products, insights] = await Promise.all([
        loadCatalogue(warehouse, model, periodRanges(period, anchor)),
        this.#options.reviews.insights(source.id, {
          onProgress: ({ fraction }) => this.#progress(jobId, 'Reading reviews (first time only)', 'running', fraction),
        }),
      ]);
      if (kept !== null && source.kind === 'bigquery') keepBestEffort(() => saveSnapshot(kept, anchor, products, asOf));
    } catch (error) {
      // Offline (or BigQuery refusing): the catalogue kept from the last visit, with its reviews.
      // Only when Google is unreachable: BigQuery's own refusals (access, cost limit) show as themselves.
      const snapshot =
        kept === null || source.kind !== 'bigquery' || !(await mayServeKept(this.#options, error))
          ? null
          : loadSnapshot(kept);
      if (snapshot === null) throw error;
      anchor = snapshot.anchor;
      products = snapshot.products;
      insights = this.#options.reviews.offlineInsights(source.id);
      asOf = snapshot.savedAt;
      offlineNote = keptCatalogueNote(snapshot.savedAt);
    }
    const ranges = periodRanges(period, anchor);
    const stats = insights?.productStats(ranges.current) ?? new Map<string, ProductReviewStats>();
    const rates = insights?.complaintRates(ranges.current) ?? {};
    this.#rememberImages(
      source.id,
      products.map((product) => product.imageUri),
    );
    const cards = products.map((product) => toCard(product, stats.get(product.id), rates));
    const prices = cards.flatMap((card) => (card.price === null ? [] : [card.price]));
    this.#progress(jobId, 'Products ready', 'done', 1);
    return {
      ranges,
      cards,
      byId: new Map(cards.map((card) => [card.id, card])),
      stats,
      rates,
      profiles: insights?.aspectProfiles(ranges.current) ?? new Map<string, Map<string, number>>(),
      insights,
      facets: {
        departments: sortedDistinct(cards.map((card) => card.department)),
        categories: sortedDistinct(cards.map((card) => card.category)),
        brands: sortedDistinct(cards.map((card) => card.brand)),
        price:
          prices.length === 0
            ? null
            : { min: prices.reduce((a, b) => Math.min(a, b)), max: prices.reduce((a, b) => Math.max(a, b)) },
        aspects: insights ? [...reviewAspects] : [],
      },
      asOf,
      anchor,
      offlineNote,
    };
  }

  /**
   * The product's sales, measures and pictures from the warehouse; on a BigQuery source they are
   * kept, so with Google unreachable the page opens as last read (or from its catalogue card).
   */
  async #productReads(
    input: MethodParsedInput<'explore.product'>,
    source: ReturnType<ExploreServiceOptions['sources']['find']>,
    card: ProductCard,
    catalogue: Catalogue,
  ): Promise<{ reads: ProductReads; asOf: string; offlineNote: string | null }> {
    const dataDir = this.#options.dataDir;
    const key =
      dataDir === undefined || source.kind !== 'bigquery'
        ? null
        : { dataDir, sourceId: source.id, period: input.period, anchor: catalogue.anchor, productId: card.id };
    // A catalogue read offline means Google is unreachable: no waiting on it again.
    if (key !== null && (catalogue.offlineNote !== null || isOffline(this.#options))) {
      return this.#keptReads(key, card, catalogue);
    }
    try {
      const model = this.#model(source.id);
      const warehouse = await this.#options.sources.warehouse(source.id);
      this.#progress(input.jobId, 'Reading the product’s sales');
      const [sales, measures, pictures] = await Promise.all([
        readProductSales(warehouse, model, card.id),
        readProductMeasures(warehouse, model, card.id, catalogue.ranges),
        readProductImages(warehouse, model, card.id),
      ]);
      const reads = { sales, measures, pictures };
      // One time for the page and what is kept of it: offline, it shows the same "as of".
      const asOf = new Date().toISOString();
      if (key !== null) keepBestEffort(() => keepProductReads(key, reads, asOf));
      return { reads, asOf, offlineNote: null };
    } catch (error) {
      if (key === null || !(await mayServeKept(this.#options, error))) throw error;
      return this.#keptReads(key, card, catalogue);
    }
  }

  #keptReads(
    key: Parameters<typeof keptProductReads>[0],
    card: ProductCard,
    catalogue: Catalogue,
  ): { reads: ProductReads; asOf: string; offlineNote: string } {
    const kept = keptProductReads(key);
    return kept === null
      ? { reads: readsFromCard(card), asOf: catalogue.asOf, offlineNote: cardOnlyNote(catalogue.asOf) }
      : { reads: kept.value, asOf: kept.savedAt, offlineNote: keptPageNote(kept.savedAt) };
  }

  /** Back online: catalogues opened from what was kept are read from the warehouse on the next visit. */
  forgetKeptCatalogues(): void {
    for (const key of this.#keptCatalogues.keys()) this.#catalogues.delete(key);
    this.#keptCatalogues.clear();
  }

  async products(input: MethodParsedInput<'explore.products'>): Promise<MethodOutput<'explore.products'>> {
    const catalogue = await this.#catalogue(input.sourceId, input.period, input.jobId);
    const rows = queryGrid(catalogue.cards, catalogue.stats, catalogue.rates, input);
    return {
      total: rows.length,
      catalogueSize: catalogue.cards.length,
      offset: input.offset,
      rows: rows.slice(input.offset, input.offset + input.limit),
      facets: catalogue.facets,
      period: { ...catalogue.ranges },
      reviews: catalogue.insights ? 'ready' : 'none',
      asOf: catalogue.asOf,
      offlineNote: catalogue.offlineNote,
    };
  }

  async product(input: MethodParsedInput<'explore.product'>): Promise<MethodOutput<'explore.product'>> {
    const catalogue = await this.#catalogue(input.sourceId, input.period, input.jobId);
    const card = catalogue.byId.get(input.productId);
    if (!card) {
      throw new AisleError('not_found', `There is no product ${input.productId} in this source.`, {
        field: 'productId',
      });
    }
    const source = this.#options.sources.find(input.sourceId);
    const { reads, asOf, offlineNote } = await this.#productReads(input, source, card, catalogue);
    const { sales, measures, pictures } = reads;
    this.#rememberImages(
      source.id,
      pictures.images.map((image) => image.uri),
    );
    const events = [
      // The period's end is exclusive: runs of no sales are checked up to the day before it.
      ...findStockOuts(sales.daily, addDays(catalogue.ranges.current.end, -1)),
      ...findPromotions(weeklyForPromotions(sales.weekly)),
    ].sort((a, b) => a.start.localeCompare(b.start));
    const insights = catalogue.insights;
    const reviewRange = {
      start: input.reviewsSince ?? catalogue.ranges.current.start,
      end: catalogue.ranges.current.end,
    };
    const now = insights?.productTotals(card.id, catalogue.ranges.current);
    const before = insights?.productTotals(card.id, catalogue.ranges.previous);
    if (insights) {
      measures.push(
        {
          id: 'rating',
          label: 'Average rating',
          format: 'rating',
          value: now?.rating ?? null,
          previous: before?.rating ?? null,
        },
        {
          id: 'reviews',
          label: 'Reviews',
          format: 'number',
          value: now?.reviews ?? 0,
          previous: before?.reviews ?? null,
        },
        {
          id: 'sentiment',
          label: 'Review sentiment',
          format: 'sentiment',
          value: now?.sentiment ?? null,
          previous: before?.sentiment ?? null,
        },
      );
    }
    const inRange = insights?.productTotals(card.id, reviewRange);
    const points = insights
      ? summarisePoints(insights.mentionSentences(card.id, reviewRange), inRange?.reviews ?? 0)
      : [];
    this.#progress(input.jobId, 'Product ready', 'done', 1);
    return {
      product: card,
      ...pictures,
      measures,
      sales: sales.weekly,
      events,
      ratingByMonth: insights?.ratingByMonth(card.id) ?? [],
      aspects: insights?.aspectTable(card.id, reviewRange, productWords(card)) ?? [],
      summary: {
        headline: customerHeadline(inRange ?? null, points, reviewRange, insights !== null),
        points,
      },
      similar: similarProducts(card, catalogue.cards, catalogue.profiles),
      period: { current: catalogue.ranges.current, previous: catalogue.ranges.previous },
      reviews: insights ? 'ready' : 'none',
      sourceKind: source.kind === 'bigquery' ? 'bigquery' : 'local',
      asOf,
      offlineNote,
    };
  }

  async reviews(input: MethodParsedInput<'explore.reviews'>): Promise<MethodOutput<'explore.reviews'>> {
    const source = this.#options.sources.find(input.sourceId);
    const insights = await this.#options.reviews.insights(source.id);
    if (!insights) return { total: 0, reviews: [] };
    const range =
      input.since === undefined && input.until === undefined
        ? undefined
        : { start: input.since ?? '0000-01-01', end: input.until ?? '9999-12-31' };
    const found = insights.reviews({
      ...(input.productId === undefined ? {} : { productId: input.productId }),
      ...(input.query === undefined || input.query.trim() === '' ? {} : { query: input.query }),
      ...(input.aspect === undefined ? {} : { aspect: input.aspect }),
      ...(input.polarity === undefined ? {} : { polarity: input.polarity }),
      ...(input.rating === undefined ? {} : { rating: input.rating }),
      ...(range ? { range } : {}),
      sort: input.sort,
      offset: input.offset,
      limit: input.limit,
    });
    const names = insights.productNames(found.reviews.map((review) => review.productId));
    return {
      total: found.total,
      reviews: found.reviews.map((review) => ({
        ...review,
        productName: names.get(review.productId) ?? null,
        highlights: review.highlights ?? null,
      })),
    };
  }

  /** The explorer's answer to a question about reviews (see review-answer.ts), or null. */
  async reviewAnswer(sourceId: string, plan: AnalysisPlan, question: string): Promise<AskExplore | null> {
    if (readReviewQuestion(question, plan) === null) return null;
    const catalogue = await this.#catalogue(sourceId, 'last_12_months');
    if (!catalogue.insights) return null;
    return answerReviewQuestion(question, plan, {
      cards: catalogue.cards,
      insights: catalogue.insights,
      // The question's own dates when it names some ("last month"), else the last 12 months.
      range: plan.timeRange ?? catalogue.ranges.current,
    });
  }

  /** Pins a product page as a report (see pin-product.ts). */
  async pin(input: MethodParsedInput<'explore.pin'>): Promise<MethodOutput<'explore.pin'>> {
    const pins = this.#options.pins;
    if (!pins) throw new AisleError('unavailable', 'Reports are not available here.');
    const detail = await this.product({
      sourceId: input.sourceId,
      productId: input.productId,
      period: 'last_12_months',
    });
    const model = this.#model(input.sourceId);
    const warehouse = await this.#options.sources.warehouse(input.sourceId);
    return pinProduct(
      pins,
      { sourceId: input.sourceId, title: input.title ?? `${detail.product.name}: weekly sales and reviews` },
      detail,
      model,
      warehouse,
    );
  }

  /**
   * A grid view as a report's table (see pin-view.ts), from the products as the grid has them;
   * `fresh` reads the source again first, as a report's refresh must. Products kept from an
   * earlier visit (Google unreachable) are not a new reading, so they are refused.
   */
  async viewSnapshot(view: ProductView, options: { fresh?: boolean; jobId?: string } = {}): Promise<JsonValue> {
    const catalogue = await this.#catalogue(view.sourceId, view.period, options.jobId, options.fresh === true);
    if (catalogue.offlineNote !== null) {
      const source = this.#options.sources.find(view.sourceId);
      throw new AisleError(
        'unavailable',
        `${source.name} cannot be reached on BigQuery just now, so its products were not read again. Try again when Google is reachable.`,
      );
    }
    const rows = queryGrid(catalogue.cards, catalogue.stats, catalogue.rates, view);
    return viewSnapshot(view, rows, catalogue.asOf);
  }

  /** Pins the grid view as a report of kind `explore` (see pin-view.ts). */
  async pinView(input: MethodParsedInput<'explore.pinView'>): Promise<MethodOutput<'explore.pinView'>> {
    const pins = this.#options.pins;
    if (!pins) throw new AisleError('unavailable', 'Reports are not available here.');
    const { title, ...view } = input;
    const snapshot = await this.viewSnapshot(view);
    const currency = this.#options.sources.find(view.sourceId).currency;
    return pinView(pins.cache, { title: title ?? viewTitle(view, currency), view, snapshot });
  }

  /**
   * Only images the source itself names (its product_images table) are served: the window
   * cannot make main fetch an arbitrary link.
   */
  async image(input: MethodParsedInput<'explore.image'>): Promise<MethodOutput<'explore.image'>> {
    const source = this.#options.sources.find(input.sourceId);
    if (!this.#knownImages.get(source.id)?.has(input.uri)) {
      await this.#catalogue(source.id, 'last_12_months');
      if (!this.#knownImages.get(source.id)?.has(input.uri)) {
        throw new AisleError('not_found', 'That image is not one of this source’s product images.', { field: 'uri' });
      }
    }
    return this.#options.images.dataUrl(input.uri);
  }

  #rememberImages(sourceId: string, uris: Iterable<string | null>): void {
    const known = this.#knownImages.get(sourceId) ?? new Set<string>();
    for (const uri of uris) if (uri !== null) known.add(uri);
    this.#knownImages.set(sourceId, known);
  }

  /** Drops what was read from a source (regenerated, refreshed): the next call reads it again. */
  async forget(sourceId?: string): Promise<void> {
    const dropped: Promise<Catalogue>[] = [];
    for (const [key, loading] of [...this.#catalogues]) {
      if (sourceId === undefined || key.startsWith(`${sourceId}|`)) {
        this.#catalogues.delete(key);
        dropped.push(loading);
      }
    }
    if (sourceId === undefined) this.#knownImages.clear();
    else this.#knownImages.delete(sourceId);
    // Loads in flight finish before their review index is closed under them.
    await Promise.allSettled(dropped);
    await this.#options.reviews.forget(sourceId);
  }
}
