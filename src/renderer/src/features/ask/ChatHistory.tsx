import { useQuery } from '@tanstack/react-query';
import { MessageSquare, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useClient } from '../../api/client-context';
import { Button } from '../../components/Button';

interface ChatHistoryProps {
  sourceId: string;
  activeChatId: string | null;
  /** True while a question runs: switching chats waits for it. */
  busy: boolean;
  onOpen: (chatId: string) => void;
  onNew: () => void;
  onDeleted: (chatId: string) => void;
  onNotice: (message: string) => void;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "5 min ago", "yesterday", or a date for anything older than a week. */
export const whenText = (iso: string, now = Date.now()): string => {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const minutes = Math.round((then - now) / 60_000);
  if (minutes > -1) return 'just now';
  if (minutes > -60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours > -24) return relative.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (days > -7) return relative.format(days, 'day');
  return new Date(then).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
};

/** Earlier chats on this source: open one, start a new one, delete one (after a yes). */
export const ChatHistory = ({ sourceId, activeChatId, busy, onOpen, onNew, onDeleted, onNotice }: ChatHistoryProps) => {
  const client = useClient();
  const chats = useQuery({
    queryKey: ['chats.list', sourceId],
    queryFn: () => client.call('chats.list', { sourceId }),
  });
  const [confirming, setConfirming] = useState<string | null>(null);

  const remove = async (chatId: string): Promise<void> => {
    setConfirming(null);
    try {
      await client.call('chats.delete', { chatId });
      onDeleted(chatId);
    } catch (error) {
      onNotice(error instanceof Error ? error.message : String(error));
    }
  };

  const list = chats.data?.chats ?? [];
  return (
    <aside className="ask-history" id="ask-history" aria-label="Chat history">
      <div className="ask-history__head">
        <h2>Chats</h2>
        <Button size="sm" icon={<Plus size={13} />} onClick={onNew} disabled={busy}>
          New chat
        </Button>
      </div>
      {chats.isPending && <p className="ask-history__note">Loading chats…</p>}
      {chats.isError && (
        <p className="ask-history__note error-text" role="alert">
          {chats.error.message}
        </p>
      )}
      {chats.isSuccess && list.length === 0 && (
        <p className="ask-history__note">Questions you ask on this source are kept here.</p>
      )}
      <ul className="ask-history__list">
        {list.map((chat) => (
          <li key={chat.id} className="ask-history__entry">
            {confirming === chat.id ? (
              <div className="ask-history__confirm" role="group" aria-label={`Delete “${chat.title}”?`}>
                <span>Delete this chat?</span>
                <div className="ask-history__confirm-actions">
                  <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                    Keep
                  </Button>
                  <Button size="sm" className="button--danger" onClick={() => void remove(chat.id)} autoFocus>
                    Delete
                  </Button>
                </div>
              </div>
            ) : (
              <>
                <button
                  type="button"
                  className="ask-history__item"
                  aria-current={chat.id === activeChatId ? 'true' : undefined}
                  disabled={busy}
                  onClick={() => onOpen(chat.id)}
                  title={chat.title}
                >
                  <MessageSquare size={14} aria-hidden="true" className="ask-history__icon" />
                  <span className="ask-history__text">
                    <span className="ask-history__title">{chat.title}</span>
                    <span className="ask-history__when">{whenText(chat.updatedAt)}</span>
                  </span>
                </button>
                <button
                  type="button"
                  className="ask-history__delete"
                  aria-label={`Delete chat “${chat.title}”`}
                  title="Delete this chat"
                  disabled={busy}
                  onClick={() => setConfirming(chat.id)}
                >
                  <Trash2 size={13} />
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
};
