import type { HandlerMap } from '../core/router';
import type { ExploreService } from './explore-service';

type ExploreMethod = 'explore.products' | 'explore.product' | 'explore.reviews' | 'explore.image';

export const createExploreHandlers = (explore: ExploreService): HandlerMap<ExploreMethod> => ({
  'explore.products': (input) => explore.products(input),
  'explore.product': (input) => explore.product(input),
  'explore.reviews': (input) => explore.reviews(input),
  'explore.image': (input) => explore.image(input),
});
