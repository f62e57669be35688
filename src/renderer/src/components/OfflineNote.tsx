import { CloudOff } from 'lucide-react';

/** Says a view was opened from what this computer kept while Google is unreachable, and from when. */
export const OfflineNote = ({ note }: { note: string | null | undefined }) =>
  note ? (
    <p className="banner banner--info offline-note" role="status" data-testid="offline-note">
      <CloudOff size={16} aria-hidden="true" />
      <span>{note}</span>
    </p>
  ) : null;
