import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type Tone = 'success' | 'neutral' | 'warning' | 'danger' | 'accent';

interface StatusPillProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  tone: Tone;
  icon?: ReactNode;
  dot?: boolean;
}

/** A small status badge; a button so it can offer an action (recheck, sign in) on click. */
export const StatusPill = ({ tone, icon, dot = false, children, className, ...rest }: StatusPillProps) => (
  <button type="button" className={['pill', `pill--${tone}`, className].filter(Boolean).join(' ')} {...rest}>
    {dot && <span className="pill__dot" aria-hidden="true" />}
    {icon}
    <span>{children}</span>
  </button>
);
