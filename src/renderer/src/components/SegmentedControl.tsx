import type { KeyboardEvent, ReactNode } from 'react';

export interface Segment<T extends string> {
  value: T;
  label: string;
  icon?: ReactNode;
}

interface SegmentedControlProps<T extends string> {
  label: string;
  segments: readonly Segment<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A radio group that looks like joined buttons; arrow keys move between options. */
export const SegmentedControl = <T extends string>({ label, segments, value, onChange }: SegmentedControlProps<T>) => {
  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = segments.findIndex((segment) => segment.value === value);
    const next = segments[(index + step + segments.length) % segments.length];
    if (next) onChange(next.value);
  };

  return (
    <div role="radiogroup" aria-label={label} className="segmented" onKeyDown={move}>
      {segments.map((segment) => {
        const checked = segment.value === value;
        return (
          <button
            key={segment.value}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            className="segmented__option"
            onClick={() => onChange(segment.value)}
          >
            {segment.icon}
            {segment.label}
          </button>
        );
      })}
    </div>
  );
};
