import { useSources } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { DemoRegenerate } from './DemoRegenerate';

export const DataSection = () => {
  const { data } = useSources();
  return (
    <section className="settings-card" aria-labelledby="data-heading">
      <h2 id="data-heading">Data sources</h2>
      <ul className="source-list">
        {data?.sources.map((source) => (
          <li key={source.id} className="source-list__item">
            <div className="source-list__main">
              <div className="settings-row__label">{source.name}</div>
              <div className="settings-row__hint">{source.description}</div>
              {source.id === 'demo' && <DemoRegenerate />}
            </div>
            <div className="source-list__badges">
              <Badge>{source.kind === 'local' ? 'Local DuckDB' : 'BigQuery'}</Badge>
              {source.id === data.activeId && <Badge tone="success">Active</Badge>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
};
