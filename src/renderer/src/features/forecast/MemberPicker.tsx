import { ChevronDown, Search, X } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { ForecastLevel } from '../../../../shared/contract/forecast';
import { Button } from '../../components/Button';
import { LEVEL_LABELS, MAX_MEMBERS, type ForecastMeasure, type ForecastMember } from './forecast-controls';
import { filterMembers, memberSummary, toggleMember } from './member-choice';
import { useMembers } from './use-forecast';

interface MemberPickerProps {
  sourceId: string;
  level: Exclude<ForecastLevel, 'total'>;
  measure: ForecastMeasure;
  top: number;
  chosen: readonly ForecastMember[];
  onChange: (members: ForecastMember[]) => void;
}

/** Which members to forecast: the biggest N by default, or up to 24 picked by name. */
export const MemberPicker = ({ sourceId, level, measure, top, chosen, onChange }: MemberPickerProps) => {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const members = useMembers(sourceId, level, measure, open);
  const labels = LEVEL_LABELS[level];

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent): void => {
      if (root.current && event.target instanceof Node && !root.current.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (): void => {
    setOpen(false);
    root.current?.querySelector<HTMLButtonElement>('button')?.focus();
  };
  const shown = filterMembers(members.data?.members ?? [], search);
  const full = chosen.length >= MAX_MEMBERS;

  return (
    <div className="member-picker" ref={root}>
      <Button
        size="sm"
        variant={chosen.length > 0 ? 'primary' : 'secondary'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        title={memberSummary(chosen, top, labels)}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="member-picker__summary">{memberSummary(chosen, top, labels)}</span>
        <ChevronDown size={14} aria-hidden="true" />
      </Button>
      {open && (
        <div
          id={panelId}
          className="member-picker__panel"
          role="dialog"
          aria-label={`Choose ${labels.many}`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <label className="member-picker__search">
            <Search size={14} aria-hidden="true" />
            <input
              type="search"
              autoFocus
              placeholder={`Search ${labels.many}`}
              aria-label={`Search ${labels.many}`}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </label>
          <div className="member-picker__status">
            <span>
              {chosen.length === 0
                ? `None chosen: the top ${top} by ${measure}.`
                : `${chosen.length} chosen, at most ${MAX_MEMBERS}.`}
            </span>
            {chosen.length > 0 && (
              <button type="button" className="link-button" onClick={() => onChange([])}>
                Use the top {top}
              </button>
            )}
          </div>
          {chosen.length > 0 && (
            <ul className="member-picker__chosen" aria-label="Chosen">
              {chosen.map((member) => (
                <li key={member.key}>
                  <button
                    type="button"
                    className="filter-chip"
                    onClick={() => onChange(toggleMember(chosen, member))}
                    aria-label={`Remove ${member.label}`}
                  >
                    {member.label}
                    <X size={12} aria-hidden="true" />
                  </button>
                </li>
              ))}
            </ul>
          )}
          {members.isPending && <p className="member-picker__note">Reading the {labels.many}…</p>}
          {members.isError && (
            <p className="member-picker__note member-picker__note--error" role="alert">
              {members.error.message}
            </p>
          )}
          {members.data && shown.length === 0 && (
            <p className="member-picker__note">
              No {labels.one} matches “{search}”.
            </p>
          )}
          {shown.length > 0 && (
            <ul className="member-picker__list" aria-label={labels.many}>
              {shown.map((member) => {
                const checked = chosen.some((item) => item.key === member.key);
                return (
                  <li key={member.key}>
                    <label className={!checked && full ? 'member-picker__option is-disabled' : 'member-picker__option'}>
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={!checked && full}
                        onChange={() => onChange(toggleMember(chosen, member))}
                      />
                      <span>{member.label}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          <div className="member-picker__footer">
            <Button size="sm" variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </div>
      )}
    </div>
  );
};
