import { z } from 'zod';
import { ProductView } from '../contract/explore';
import { PinnedChart } from '../contract/reports';

/**
 * An explorer-view report's spec (kind `explore`): the grid view it runs again on refresh and
 * the chart drawn of its table. Main writes and re-runs it; previews and the renderer read it.
 */
export const ExploreReportSpec = z.object({ view: ProductView, chart: PinnedChart.nullable().optional() }).loose();
export type ExploreReportSpec = z.infer<typeof ExploreReportSpec>;
