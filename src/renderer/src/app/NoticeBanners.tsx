import { useQuery } from '@tanstack/react-query';
import { AlertTriangle, Info, X } from 'lucide-react';
import { useState } from 'react';
import { useClient } from '../api/client-context';

const DISMISSED_KEY = 'aisle.dismissedNotices';

const readDismissed = (): string[] => {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
};

/** What main wants the person to know (a replaced cache, …), each dismissible for this session. */
export const NoticeBanners = () => {
  const client = useClient();
  const { data } = useQuery({ queryKey: ['app.notices'], queryFn: () => client.call('app.notices', {}) });
  const [dismissed, setDismissed] = useState<string[]>(readDismissed);
  const visible = (data?.notices ?? []).filter((notice) => !dismissed.includes(notice.id));
  if (visible.length === 0) return null;

  const dismiss = (id: string): void => {
    const next = [...dismissed, id];
    window.sessionStorage.setItem(DISMISSED_KEY, JSON.stringify(next));
    setDismissed(next);
  };

  return (
    <>
      {visible.map((notice) => (
        <div
          key={notice.id}
          className={`banner banner--${notice.tone === 'info' ? 'info' : 'danger'}`}
          role={notice.tone === 'info' ? 'status' : 'alert'}
          data-testid={`notice-${notice.id}`}
        >
          {notice.tone === 'info' ? (
            <Info size={18} aria-hidden="true" />
          ) : (
            <AlertTriangle size={18} aria-hidden="true" />
          )}
          <div className="banner__body">
            <strong>{notice.title}</strong>
            <span className="banner__hint">{notice.message}</span>
          </div>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
            <X size={14} />
          </button>
        </div>
      ))}
    </>
  );
};
