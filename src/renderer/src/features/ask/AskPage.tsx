import { useQuery } from '@tanstack/react-query';
import { isTyping } from '../../app/is-typing';
import { PanelLeftClose, PanelLeftOpen, Plus } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useActiveSource } from '../../api/active-source';
import { useClient } from '../../api/client-context';
import { useSources } from '../../api/hooks';
import { isMacPlatform } from '../../app/keyboard-navigation';
import { Button } from '../../components/Button';
import { AnswerCard, PendingCard } from './AnswerCard';
import { AskEmptyState } from './AskEmptyState';
import { ChatHistory } from './ChatHistory';
import { historyOpenPreference, rememberHistoryOpen } from './chat-memory';
import { QuestionBox } from './QuestionBox';
import { useAskChat } from './use-ask-chat';

/** The natural-language insight chat. A different data source starts a different chat. */
export const AskPage = () => {
  const { activeId } = useActiveSource();
  return <AskWorkspace key={activeId} sourceId={activeId} />;
};

const AskWorkspace = ({ sourceId }: { sourceId: string }) => {
  const client = useClient();
  const chat = useAskChat(sourceId);
  const sources = useSources();
  const chats = useQuery({
    queryKey: ['chats.list', sourceId],
    queryFn: () => client.call('chats.list', { sourceId }),
  });
  const input = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const scroll = useRef<HTMLDivElement>(null);
  const [historyOpen, setHistoryOpen] = useState(historyOpenPreference);
  const [toast, setToast] = useState<string | null>(null);
  const { running, cancel } = chat;

  const sourceName = useCallback(
    (id: string) => sources.data?.sources.find((source) => source.id === id)?.name ?? id,
    [sources.data],
  );

  // Ctrl/Cmd+K or "/" goes to the question box; Esc stops the question that runs.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && running) {
        event.preventDefault();
        cancel();
        return;
      }
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (commandK || slash) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [running, cancel]);

  useEffect(() => {
    if (!toast) return undefined;
    const timer = setTimeout(() => setToast(null), 3000);
    return () => clearTimeout(timer);
  }, [toast]);

  // A new card (or the question now running) scrolls into view, its question at the top.
  const cardCount = chat.entries.length + (running ? 1 : 0);
  useEffect(() => {
    const scroller = scroll.current;
    const cards = log.current?.querySelectorAll<HTMLElement>('.answer-card');
    const card = cards?.[cards.length - 1];
    if (!scroller || !card) return;
    const top = card.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    scroller.scrollTo({ top: Math.max(0, top - 16), behavior: 'smooth' });
  }, [cardCount]);

  const toggleHistory = (): void => {
    setHistoryOpen(!historyOpen);
    rememberHistoryOpen(!historyOpen);
  };

  const { ask } = chat;
  const context = {
    sourceName,
    onAsk: running ? null : (request: Parameters<typeof ask>[0]) => void ask(request),
    onNotice: setToast,
  };
  const lastEntry = chat.entries.at(-1);
  const lastQuestion = lastEntry
    ? lastEntry.status === 'done'
      ? lastEntry.answer.question
      : lastEntry.question
    : null;
  const empty = chat.entries.length === 0 && !running;
  const first = chat.entries[0];
  const title =
    chats.data?.chats.find((summary) => summary.id === chat.chatId)?.title ??
    (first
      ? first.status === 'done'
        ? first.answer.question
        : first.question
      : running
        ? running.question
        : 'New chat');

  return (
    <div className={`ask-page${historyOpen ? '' : ' ask-page--history-closed'}`}>
      <h1 className="visually-hidden">Ask</h1>
      {historyOpen && (
        <ChatHistory
          sourceId={sourceId}
          activeChatId={chat.chatId}
          busy={Boolean(running)}
          onOpen={(chatId) => void chat.openChat(chatId)}
          onNew={chat.newChat}
          onDeleted={chat.forgetChat}
          onNotice={setToast}
        />
      )}
      <section className="ask-main" aria-label="Conversation">
        <div className="ask-toolbar">
          <button
            type="button"
            className="icon-button"
            aria-label={historyOpen ? 'Hide chat history' : 'Show chat history'}
            title={historyOpen ? 'Hide chat history' : 'Show chat history'}
            aria-expanded={historyOpen}
            aria-controls="ask-history"
            onClick={toggleHistory}
          >
            {historyOpen ? <PanelLeftClose size={16} /> : <PanelLeftOpen size={16} />}
          </button>
          <span className="ask-toolbar__title">{title}</span>
          <span className="ask-toolbar__source">{sourceName(sourceId)}</span>
          {!historyOpen && (
            <Button
              size="sm"
              variant="ghost"
              icon={<Plus size={13} />}
              onClick={chat.newChat}
              disabled={Boolean(running)}
            >
              New chat
            </Button>
          )}
        </div>
        <div ref={scroll} className="ask-scroll">
          <div className="ask-thread">
            {chat.loadError && (
              <p className="banner banner--danger" role="alert">
                {chat.loadError}
              </p>
            )}
            {empty && chat.loadingChat === null && (
              <AskEmptyState sourceId={sourceId} onPick={(question) => void ask({ question })} />
            )}
            {empty && chat.loadingChat !== null && <p className="muted ask-loading">Opening the chat…</p>}
            <div ref={log} className="ask-log" role="log" aria-live="polite" aria-label="Answers">
              {chat.entries.map((entry) => (
                <AnswerCard key={entry.key} entry={entry} context={context} />
              ))}
              {running && <PendingCard running={running} onCancel={cancel} />}
            </div>
          </div>
        </div>
        <div className="ask-composer-dock">
          <QuestionBox
            inputRef={input}
            running={Boolean(running)}
            progress={running?.progress ?? null}
            lastQuestion={lastQuestion}
            modifier={isMacPlatform() ? '⌘' : 'Ctrl'}
            onAsk={(question) => void ask({ question })}
            onCancel={cancel}
          />
        </div>
      </section>
      {toast && (
        <div className="toast" role="status">
          {toast}
        </div>
      )}
    </div>
  );
};
