import { ArrowUpRight } from 'lucide-react';
import type { ProductView } from '../../../../shared/contract/explore';
import { viewFacts } from '../../../../shared/explore/view-words';
import { Button } from '../../components/Button';
import { openExplore } from '../explore/explore-navigation';

/** What an explorer-view report lists, in words (prices in its source's currency), and the way back to that grid in Explore. */
export const ExploreViewBlock = ({ view, currency }: { view: ProductView; currency: string | null }) => (
  <section className="report-section report-explore-view" aria-label="Explorer view">
    <div className="report-explore-view__bar">
      <h2 className="report-explore-view__heading">The view</h2>
      <Button size="sm" icon={<ArrowUpRight size={14} />} onClick={() => openExplore(view)}>
        Open in Explore
      </Button>
    </div>
    <dl className="report-explore-view__facts">
      {viewFacts(view, currency).map((fact) => (
        <div key={fact.label} className="report-explore-view__fact">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  </section>
);
