import type { ReactNode } from 'react';
import { Badge } from './Badge';

export interface EmptyStateFeature {
  icon: ReactNode;
  title: string;
  text: string;
}

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  lead: string;
  features: readonly EmptyStateFeature[];
  /** Example inputs that show the page's purpose, e.g. questions to ask. */
  examples?: { heading: string; items: readonly string[] };
  status?: string;
  children?: ReactNode;
}

/** What a page will do, shown before it has anything to show. */
export const EmptyState = ({ icon, title, lead, features, examples, status, children }: EmptyStateProps) => (
  <section className="empty-state" aria-labelledby="empty-state-title">
    <div className="empty-state__hero">
      <div className="empty-state__icon" aria-hidden="true">
        {icon}
      </div>
      <div className="empty-state__heading">
        <h2 id="empty-state-title">{title}</h2>
        {status && <Badge tone="accent">{status}</Badge>}
      </div>
      <p className="empty-state__lead">{lead}</p>
      {children}
    </div>
    <ul className="empty-state__features">
      {features.map((feature) => (
        <li key={feature.title} className="feature-card">
          <span className="feature-card__icon" aria-hidden="true">
            {feature.icon}
          </span>
          <span className="feature-card__title">{feature.title}</span>
          <span className="feature-card__text">{feature.text}</span>
        </li>
      ))}
    </ul>
    {examples && (
      <div className="empty-state__examples">
        <h3>{examples.heading}</h3>
        <ul>
          {examples.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    )}
  </section>
);
