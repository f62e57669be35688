import { Images, MessageCircleWarning, Search, ShoppingBag } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export const ExplorePage = () => (
  <>
    <PageHeader title="Explore" subtitle="Every product with its images, reviews and sales, side by side." />
    <EmptyState
      icon={<ShoppingBag size={28} />}
      title="Browse products, images and reviews"
      status="Arrives with the product explorer"
      lead="A grid of every product with its thumbnail, price, revenue trend, rating and sentiment. Open one to see its sales with promotions and stock-outs marked, and what customers say about fit, fabric, quality and more."
      features={[
        {
          icon: <Images size={18} />,
          title: 'Images and colours',
          text: 'Every view of a product, its swatches, cached on disk for offline review.',
        },
        {
          icon: <MessageCircleWarning size={18} />,
          title: 'Complaints surfaced',
          text: 'Aspect table and “what customers say”, so a quality problem shows before returns do.',
        },
        {
          icon: <Search size={18} />,
          title: 'Review search',
          text: 'Ranked full-text search with highlighted snippets; vector search on BigQuery.',
        },
      ]}
    />
  </>
);
