import type { HandlerMap } from '../core/router';
import type { ExploreAi } from './explore-ai';
import type { ExploreService } from './explore-service';

type ExploreMethod =
  | 'explore.products'
  | 'explore.product'
  | 'explore.reviews'
  | 'explore.image'
  | 'explore.pin'
  | 'explore.pinView'
  | 'explore.ai.estimate'
  | 'explore.ai.run'
  | 'explore.ai.cancel';

export const createExploreHandlers = (explore: ExploreService, ai: ExploreAi): HandlerMap<ExploreMethod> => ({
  'explore.products': (input) => explore.products(input),
  'explore.product': (input) => explore.product(input),
  'explore.reviews': (input) => explore.reviews(input),
  'explore.image': (input) => explore.image(input),
  'explore.pin': (input) => explore.pin(input),
  'explore.pinView': (input) => explore.pinView(input),
  'explore.ai.estimate': (input) => ai.estimate(input),
  'explore.ai.run': (input) => ai.run(input),
  'explore.ai.cancel': ({ jobId }) => ({ cancelled: ai.cancel(jobId) }),
});
