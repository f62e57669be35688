/**
 * The rows of one result as the grid sees them: fetched page by page from main and kept in a
 * small least-recently-used set of pages, so scrolling through a million rows never holds
 * more than a few thousand in the page.
 */
export type LoadRows = (offset: number, limit: number) => Promise<unknown[][]>;

export const PAGE_SIZE = 500;
const MAX_PAGES = 24;

export class RowPages {
  readonly #pages = new Map<number, unknown[][]>();
  readonly #loading = new Map<number, Promise<void>>();
  readonly #load: LoadRows;
  readonly #onLoaded: () => void;

  constructor(load: LoadRows, onLoaded: () => void) {
    this.#load = load;
    this.#onLoaded = onLoaded;
  }

  /** The row if its page is here; otherwise undefined, and the page is fetched. */
  row(index: number): unknown[] | undefined {
    const page = Math.floor(index / PAGE_SIZE);
    const rows = this.#pages.get(page);
    if (rows) {
      // Re-insert to mark it most recently used.
      this.#pages.delete(page);
      this.#pages.set(page, rows);
      return rows[index - page * PAGE_SIZE];
    }
    this.#fetch(page);
    return undefined;
  }

  get cachedRowCount(): number {
    let count = 0;
    for (const rows of this.#pages.values()) count += rows.length;
    return count;
  }

  /** Rows start..end (exclusive) for copying; fetches whatever is missing. */
  async range(start: number, end: number): Promise<unknown[][]> {
    return this.#load(start, Math.min(5000, end - start));
  }

  #fetch(page: number): void {
    if (this.#loading.has(page)) return;
    const loading = this.#load(page * PAGE_SIZE, PAGE_SIZE)
      .then((rows) => {
        this.#pages.set(page, rows);
        while (this.#pages.size > MAX_PAGES) {
          const oldest = this.#pages.keys().next().value;
          if (oldest === undefined) break;
          this.#pages.delete(oldest);
        }
        this.#onLoaded();
      })
      .catch(() => undefined)
      .finally(() => this.#loading.delete(page));
    this.#loading.set(page, loading);
  }
}
