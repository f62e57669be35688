import type { ButtonHTMLAttributes, ReactNode } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'ghost';
  size?: 'sm' | 'md';
  icon?: ReactNode;
}

export const Button = ({ variant = 'secondary', size = 'md', icon, children, className, ...rest }: ButtonProps) => (
  <button
    type="button"
    className={['button', `button--${variant}`, `button--${size}`, className].filter(Boolean).join(' ')}
    {...rest}
  >
    {icon}
    {children}
  </button>
);
