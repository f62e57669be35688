import { ArrowUp, Square } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { JobProgress } from '../../../../shared/contract';
import { Kbd } from '../../components/Kbd';

interface QuestionBoxProps {
  inputRef: RefObject<HTMLTextAreaElement | null>;
  running: boolean;
  progress: JobProgress | null;
  /** What Up recalls in an empty box. */
  lastQuestion: string | null;
  modifier: string;
  onAsk: (question: string) => void;
  onCancel: () => void;
}

const MAX_HEIGHT = 160;

/** The question box: Enter asks, Shift+Enter breaks the line, Up recalls the last question, Esc cancels. */
export const QuestionBox = ({
  inputRef,
  running,
  progress,
  lastQuestion,
  modifier,
  onAsk,
  onCancel,
}: QuestionBoxProps) => {
  const [text, setText] = useState('');
  const wasRunning = useRef(running);

  // The box grows with its text, up to a few lines.
  useEffect(() => {
    const box = inputRef.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${Math.min(MAX_HEIGHT, box.scrollHeight)}px`;
  }, [text, inputRef]);

  // Back to the box when an answer arrives (it was disabled while the question ran).
  useEffect(() => {
    if (wasRunning.current && !running) inputRef.current?.focus();
    wasRunning.current = running;
  }, [running, inputRef]);

  const submit = (): void => {
    if (running || text.trim() === '') return;
    onAsk(text.trim());
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'ArrowUp' && text === '' && lastQuestion) {
      event.preventDefault();
      setText(lastQuestion);
    }
  };

  return (
    <form
      className="ask-composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className={`ask-composer__box${running ? ' is-running' : ''}`}>
        <textarea
          ref={inputRef}
          className="ask-composer__input"
          rows={1}
          value={text}
          disabled={running}
          aria-label="Question"
          placeholder="Ask about your sales, e.g. “top 10 brands by revenue last quarter”"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {running ? (
          <button
            type="button"
            className="ask-composer__send is-stop"
            aria-label="Cancel the question"
            onClick={onCancel}
          >
            <Square size={14} />
          </button>
        ) : (
          <button type="submit" className="ask-composer__send" aria-label="Ask" disabled={text.trim() === ''}>
            <ArrowUp size={16} />
          </button>
        )}
      </div>
      <p className="ask-composer__hint">
        {running ? (
          <>
            <span role="status" data-testid="ask-status">
              {progress?.stage ?? 'Reading the question'}…
            </span>
            <span className="ask-composer__keys">
              <Kbd keys={['Esc']} /> cancels
            </span>
          </>
        ) : (
          <>
            <span className="ask-composer__keys">
              <Kbd keys={['Enter']} /> asks
            </span>
            <span className="ask-composer__keys">
              <Kbd keys={['Shift', 'Enter']} /> new line
            </span>
            <span className="ask-composer__keys">
              <Kbd keys={['↑']} /> last question
            </span>
            <span className="ask-composer__keys">
              <Kbd keys={[modifier, 'K']} /> or <Kbd keys={['/']} /> to type
            </span>
          </>
        )}
      </p>
    </form>
  );
};
