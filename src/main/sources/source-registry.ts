import type { DataSource } from '../../shared/contract';
import { AisleError } from '../core/aisle-error';
import type { DemoService } from '../demo/demo-service';
import { DuckDbWarehouse } from '../warehouse/duckdb-warehouse';
import type { Warehouse } from '../warehouse/warehouse';

export const DEMO_SOURCE: DataSource = {
  id: 'demo',
  name: 'Demo store',
  kind: 'local',
  description: 'A generated fashion retailer in a local DuckDB warehouse. No account needed.',
};

/**
 * The data sources this copy of Aisle knows and their open warehouses. Warehouses open on
 * first use and stay open; `release` closes one (before its file is replaced).
 */
export class SourceRegistry {
  readonly #demo: DemoService;
  readonly #open = new Map<string, Promise<Warehouse>>();

  constructor(demo: DemoService) {
    this.#demo = demo;
  }

  list(): DataSource[] {
    return [DEMO_SOURCE];
  }

  find(nameOrId: string): DataSource {
    const wanted = nameOrId.trim().toLowerCase();
    const source = this.list().find((s) => s.id === wanted || s.name.toLowerCase() === wanted);
    if (!source) {
      const known = this.list()
        .map((s) => s.id)
        .join(', ');
      throw new AisleError('not_found', `There is no data source called "${nameOrId}". Known sources: ${known}.`, {
        field: 'source',
      });
    }
    return source;
  }

  /** The source's warehouse; the demo store is generated first if it does not exist yet. */
  warehouse(sourceId: string): Promise<Warehouse> {
    const source = this.find(sourceId);
    const existing = this.#open.get(source.id);
    if (existing) return existing;
    const opening = (async () => {
      await this.#demo.ensure();
      return DuckDbWarehouse.open(this.#demo.path);
    })();
    this.#open.set(source.id, opening);
    opening.catch(() => this.#open.delete(source.id));
    return opening;
  }

  async release(sourceId: string): Promise<void> {
    const opening = this.#open.get(sourceId);
    this.#open.delete(sourceId);
    if (opening) await (await opening.catch(() => null))?.close();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.#open.keys()].map((id) => this.release(id)));
  }
}
