import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { addTags, MAX_TAG_LENGTH, removeTag } from './tag-edit';

interface TagEditorProps {
  tags: readonly string[];
  /** Saves the new tags; a rejection's message shows by the field. */
  onChange: (tags: string[]) => Promise<void>;
}

/** A report's tags: remove with ×, add by typing and Enter (commas add several). */
export const TagEditor = ({ tags, onChange }: TagEditorProps) => {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (next: string[]): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      await onChange(next);
      setText('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const add = (): void => {
    const edit = addTags(tags, text);
    if (!edit.ok) {
      setProblem(edit.reason);
      return;
    }
    void save(edit.tags);
  };

  return (
    <div className="report-tags" role="group" aria-label="Tags">
      {tags.map((tag) => (
        <span key={tag} className="report-tag report-tag--editable">
          {tag}
          <button
            type="button"
            className="report-tag__remove"
            aria-label={`Remove the tag “${tag}”`}
            disabled={busy}
            onClick={() => void save(removeTag(tags, tag))}
          >
            <X size={11} aria-hidden="true" />
          </button>
        </span>
      ))}
      <span className="report-tags__add">
        <Plus size={12} aria-hidden="true" />
        <input
          value={text}
          placeholder={tags.length === 0 ? 'Add a tag' : 'Add'}
          aria-label="Add a tag"
          maxLength={MAX_TAG_LENGTH * 3}
          disabled={busy}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            } else if (event.key === 'Escape' && text !== '') {
              event.preventDefault();
              setText('');
              setProblem(null);
            }
          }}
        />
      </span>
      {problem && (
        <span className="report-tags__problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
};
