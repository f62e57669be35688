import type { ReactNode } from 'react';
import type { Tone } from './StatusPill';

export const Badge = ({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) => (
  <span className={`badge badge--${tone}`}>{children}</span>
);
