import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import type { EditorTab } from '../../../../shared/contract/query';

interface EditorTabsBarProps {
  tabs: readonly EditorTab[];
  activeId: string | null;
  runningIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onClose: (id: string) => void;
  onNew: () => void;
  onRename: (id: string, title: string) => void;
}

/** Query tabs: click to switch, double-click to rename, middle-click or × to close. */
export const EditorTabsBar = ({
  tabs,
  activeId,
  runningIds,
  onSelect,
  onClose,
  onNew,
  onRename,
}: EditorTabsBarProps) => {
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <div className="editor-tabs" role="tablist" aria-label="Query tabs">
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tab"
          aria-selected={tab.id === activeId}
          tabIndex={tab.id === activeId ? 0 : -1}
          className="editor-tab"
          onClick={() => onSelect(tab.id)}
          onDoubleClick={() => setRenaming(tab.id)}
          onAuxClick={(event) => {
            if (event.button === 1) onClose(tab.id);
          }}
        >
          {runningIds.has(tab.id) && <span className="editor-tab__running" aria-label="running" />}
          {renaming === tab.id ? (
            <input
              className="editor-tab__rename"
              defaultValue={tab.title}
              autoFocus
              aria-label="Tab name"
              onBlur={(event) => {
                onRename(tab.id, event.target.value.trim() || tab.title);
                setRenaming(null);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') event.currentTarget.blur();
                if (event.key === 'Escape') setRenaming(null);
              }}
            />
          ) : (
            <span className="editor-tab__title">{tab.title}</span>
          )}
          <button
            type="button"
            className="editor-tab__close"
            aria-label={`Close ${tab.title}`}
            onClick={(event) => {
              event.stopPropagation();
              onClose(tab.id);
            }}
          >
            <X size={12} />
          </button>
        </div>
      ))}
      <button type="button" className="icon-button editor-tabs__new" aria-label="New query tab" onClick={onNew}>
        <Plus size={14} />
      </button>
    </div>
  );
};
