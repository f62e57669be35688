import { CostGuard, DEFAULT_COST_GUARD } from '../../shared/contract/cost-guard';
import type { Cache } from '../cache';
import type { HandlerMap } from '../core/router';

const KEY = 'costGuard';

/** The cost guard as stored in the cache's settings (defaults until the person changes it). */
export const readCostGuard = (cache: Cache): CostGuard => cache.settings.get(KEY, CostGuard) ?? DEFAULT_COST_GUARD;

export const createCostGuardHandlers = (
  cache: Cache,
): HandlerMap<'settings.costGuard.get' | 'settings.costGuard.set'> => ({
  'settings.costGuard.get': () => readCostGuard(cache),
  'settings.costGuard.set': (guard) => {
    cache.settings.set(KEY, guard);
    return guard;
  },
});
