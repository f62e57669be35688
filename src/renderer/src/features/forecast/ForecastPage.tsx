import { Gauge, Layers, LineChart, Target } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export const ForecastPage = () => (
  <>
    <PageHeader title="Forecast" subtitle="How much will sell, with an honest range around it." />
    <EmptyState
      icon={<LineChart size={28} />}
      title="Forecast revenue and units"
      status="Arrives with the forecasting engine"
      lead="Pick a measure, a level (total, department, category, product, region), a grain and a horizon. Aisle chooses a model by backtest, draws the forecast with its prediction interval, and tells you how accurate it was on the last holdout window."
      features={[
        {
          icon: <Target size={18} />,
          title: 'Accuracy you can see',
          text: 'MASE and sMAPE on a backtest, next to a seasonal naive baseline.',
        },
        {
          icon: <Layers size={18} />,
          title: 'Many series at once',
          text: 'Small multiples for the top categories, each with its own accuracy.',
        },
        {
          icon: <Gauge size={18} />,
          title: 'Local or BigQuery',
          text: 'Local models on your machine, or AI.FORECAST (TimesFM) when signed in.',
        },
      ]}
      examples={{
        heading: 'For example',
        items: ['Forecast tops for the next 8 weeks', 'Units by department, weekly, 95% interval'],
      }}
    />
  </>
);
