import { ChevronDown, Download, FileImage, FileSpreadsheet, Presentation } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from '../../components/Button';

export type ExportChoice = 'png' | 'svg' | 'csv' | 'xlsx' | 'deck';

interface ExportMenuProps {
  /** Null when the report has no chart to export (a table only). */
  chartReason: string | null;
  busy: boolean;
  onExport: (choice: ExportChoice) => void;
}

const items: { choice: ExportChoice; label: string; icon: ReactNode; chart: boolean }[] = [
  { choice: 'png', label: 'Chart as PNG (2×)', icon: <FileImage size={14} />, chart: true },
  { choice: 'svg', label: 'Chart as SVG', icon: <FileImage size={14} />, chart: true },
  { choice: 'csv', label: 'Table as CSV', icon: <FileSpreadsheet size={14} />, chart: false },
  { choice: 'xlsx', label: 'Table as Excel (XLSX)', icon: <FileSpreadsheet size={14} />, chart: false },
  { choice: 'deck', label: 'PowerPoint slide', icon: <Presentation size={14} />, chart: false },
];

/** Export: the chart as a picture, the table as a file, or a one-slide deck. Arrow keys move in the menu. */
export const ExportMenu = ({ chartReason, busy, onExport }: ExportMenuProps) => {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const outside = (event: MouseEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      root.current?.querySelector<HTMLButtonElement>('.report-export__trigger')?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const entries = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    const next = entries[(at + (event.key === 'ArrowDown' ? 1 : -1) + entries.length) % entries.length];
    next?.focus();
  };

  return (
    <div className="report-export" ref={root}>
      <Button
        className="report-export__trigger"
        icon={<Download size={14} />}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {busy ? 'Exporting…' : 'Export'}
        <ChevronDown size={13} aria-hidden="true" />
      </Button>
      {open && (
        <div className="report-export__menu" role="menu" aria-label="Export" ref={menu} onKeyDown={move}>
          {items.map((item) => (
            <button
              key={item.choice}
              type="button"
              role="menuitem"
              className="report-export__item"
              disabled={item.chart && chartReason !== null}
              title={item.chart && chartReason !== null ? chartReason : undefined}
              onClick={() => {
                setOpen(false);
                onExport(item.choice);
              }}
            >
              {item.icon}
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
};
