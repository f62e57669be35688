import { CalendarRange, ChevronDown, Filter, GitCompareArrows, Hash, Layers, ListOrdered, Sigma } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { AnalysisPlan, PlanChip } from '../../../../shared/contract';
import { ChipEditor } from './ChipEditor';
import { chipIndexes, type PlanEdit } from './plan-edits';

const chipIcons: Record<PlanChip['kind'], ReactNode> = {
  measure: <Sigma size={12} />,
  dimension: <Layers size={12} />,
  filter: <Filter size={12} />,
  time: <CalendarRange size={12} />,
  comparison: <GitCompareArrows size={12} />,
  sort: <ListOrdered size={12} />,
  limit: <Hash size={12} />,
};

const chipNames: Record<PlanChip['kind'], string> = {
  measure: 'measure',
  dimension: 'grouping',
  filter: 'filter',
  time: 'dates',
  comparison: 'comparison',
  sort: 'order',
  limit: 'row limit',
};

interface PlanChipsProps {
  chips: readonly PlanChip[];
  plan: AnalysisPlan | null;
  anchor: string;
  /** Null while a question runs: the chips show but do not open. */
  onEdit: ((edit: PlanEdit) => void) | null;
}

/** How the question was read, as chips; each opens a small editor that re-asks with the change. */
export const PlanChips = ({ chips, plan, anchor, onEdit }: PlanChipsProps) => {
  const [editing, setEditing] = useState<{ index: number; left: number; top: number } | null>(null);
  const open = editing?.index ?? null;
  const container = useRef<HTMLDivElement>(null);
  const editorId = useId();
  const indexes = chipIndexes(chips);

  useEffect(() => {
    if (open === null) return undefined;
    const onPointer = (event: PointerEvent): void => {
      if (event.target instanceof Node && !container.current?.contains(event.target)) setEditing(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (chips.length === 0) return null;
  const openChip = open === null ? undefined : chips[open];

  return (
    <div
      ref={container}
      className="plan-chips"
      role="group"
      aria-label="How the question was read"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open !== null) {
          event.stopPropagation();
          const chip = open;
          setEditing(null);
          container.current?.querySelector<HTMLButtonElement>(`[data-chip="${chip}"]`)?.focus();
        }
      }}
    >
      {chips.map((chip, position) => (
        <button
          key={`${chip.kind}-${position}`}
          type="button"
          className={`plan-chip plan-chip--${chip.kind}`}
          data-chip={position}
          aria-haspopup="dialog"
          aria-expanded={open === position}
          aria-controls={open === position ? editorId : undefined}
          aria-label={`${chip.label}: change the ${chipNames[chip.kind]}`}
          title={`Change the ${chipNames[chip.kind]}`}
          disabled={!onEdit || !plan}
          onClick={(event) => {
            const button = event.currentTarget;
            setEditing(
              open === position
                ? null
                : { index: position, left: button.offsetLeft, top: button.offsetTop + button.offsetHeight + 6 },
            );
          }}
        >
          <span className="plan-chip__icon" aria-hidden="true">
            {chipIcons[chip.kind]}
          </span>
          {chip.label}
          <ChevronDown size={12} className="plan-chip__caret" aria-hidden="true" />
        </button>
      ))}
      {openChip && open !== null && plan && onEdit && (
        <div
          className="chip-editor"
          id={editorId}
          role="dialog"
          aria-label={`Change the ${chipNames[openChip.kind]}`}
          style={{ left: editing?.left ?? 0, top: editing?.top ?? 0 }}
        >
          <ChipEditor
            chip={openChip}
            index={indexes[open] ?? 0}
            plan={plan}
            anchor={anchor}
            onEdit={(edit) => {
              setEditing(null);
              onEdit(edit);
            }}
          />
        </div>
      )}
    </div>
  );
};
