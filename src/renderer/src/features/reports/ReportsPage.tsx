import { useCallback, useEffect, useState } from 'react';
import { ReportLibrary, type LibraryState } from './ReportLibrary';
import { ReportView } from './ReportView';

/** How long a notice stays before it fades out. */
const NOTICE_MS = 6000;

/**
 * Reports: the library of pinned answers, SQL results and forecasts, and one report at a time
 * with its versions. The library keeps its search, tag, kind and deck choice while a report is open.
 */
export const ReportsPage = () => {
  const [openId, setOpenId] = useState<string | null>(null);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const [library, setLibrary] = useState<LibraryState>({ searchText: '', tag: null, kind: 'all' });
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);

  const onNotice = useCallback((text: string) => setNotice({ text, at: Date.now() }), []);
  useEffect(() => {
    if (!notice) return undefined;
    const timer = window.setTimeout(() => setNotice(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const open = useCallback((id: string) => {
    setOpenId(id);
    setLastOpened(id);
  }, []);
  const back = useCallback(() => setOpenId(null), []);

  return (
    <>
      {openId === null ? (
        <ReportLibrary
          state={library}
          onState={setLibrary}
          selected={selected}
          onSelected={setSelected}
          onOpen={open}
          onNotice={onNotice}
          focusId={lastOpened}
        />
      ) : (
        <ReportView
          key={openId}
          id={openId}
          onBack={back}
          onNotice={onNotice}
          onDeleted={(title) => {
            setSelected((ids) => ids.filter((id) => id !== openId));
            setLastOpened(null);
            setOpenId(null);
            onNotice(`Deleted “${title}”.`);
          }}
        />
      )}
      <p className="reports-notice" role="status" aria-live="polite" data-testid="reports-notice">
        {notice?.text}
      </p>
    </>
  );
};
