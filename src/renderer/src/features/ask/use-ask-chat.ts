import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalysisPlan, AskAnswer, JobProgress } from '../../../../shared/contract';
import { AisleCallError } from '../../api/aisle-client';
import { useClient } from '../../api/client-context';
import { rememberChat, rememberedChat } from './chat-memory';

/** One card of the conversation. */
export type ChatEntry =
  | { key: string; status: 'done'; answer: AskAnswer; edited: boolean }
  | { key: string; status: 'failed'; question: string; plan: AnalysisPlan | null; message: string; edited: boolean }
  | { key: string; status: 'cancelled'; question: string; edited: boolean };

export interface RunningQuestion {
  key: string;
  question: string;
  jobId: string;
  edited: boolean;
  progress: JobProgress | null;
}

export interface AskRequest {
  question: string;
  /** Answer with this plan instead of reading the question: an edited chip, a clarifying choice. */
  plan?: AnalysisPlan;
  edited?: boolean;
}

const newKey = (): string => crypto.randomUUID();

const fromAnswers = (answers: readonly AskAnswer[]): ChatEntry[] =>
  answers.map((answer) => ({ key: newKey(), status: 'done', answer, edited: false }));

/**
 * The conversation on the Ask page: its chat id (remembered per source), its answers, and the
 * question running now with its progress. One question runs at a time.
 */
export const useAskChat = (sourceId: string) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const [chatId, setChatId] = useState<string | null>(() => rememberedChat(sourceId));
  const [entries, setEntries] = useState<ChatEntry[]>([]);
  const [running, setRunning] = useState<RunningQuestion | null>(null);
  const [loadingChat, setLoadingChat] = useState<string | null>(chatId);
  const [loadError, setLoadError] = useState<string | null>(null);
  const runningJob = useRef<string | null>(null);

  const adopt = useCallback(
    (id: string | null) => {
      setChatId(id);
      rememberChat(sourceId, id);
    },
    [sourceId],
  );

  const openChat = useCallback(
    async (id: string) => {
      setLoadingChat(id);
      setLoadError(null);
      try {
        const { answers } = await client.call('chats.get', { chatId: id });
        setEntries(fromAnswers(answers));
        adopt(id);
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      } finally {
        setLoadingChat(null);
      }
    },
    [adopt, client],
  );

  // The remembered chat comes back when the page opens; one that is gone starts a new chat.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const remembered = rememberedChat(sourceId);
    if (remembered === null) {
      rememberChat(sourceId, null);
      return;
    }
    client
      .call('chats.get', { chatId: remembered })
      .then(({ answers }) => setEntries(fromAnswers(answers)))
      .catch(() => {
        setChatId(null);
        rememberChat(sourceId, null);
      })
      .finally(() => setLoadingChat(null));
  }, [client, sourceId]);

  useEffect(
    () =>
      client.on('job.progress', (progress) => {
        if (progress.jobId !== runningJob.current || progress.state !== 'running') return;
        setRunning((current) => (current?.jobId === progress.jobId ? { ...current, progress } : current));
      }),
    [client],
  );

  const ask = useCallback(
    async ({ question, plan, edited = false }: AskRequest) => {
      const text = question.trim();
      if (text === '' || runningJob.current !== null) return;
      const jobId = `ask-${crypto.randomUUID()}`;
      const key = newKey();
      runningJob.current = jobId;
      setRunning({ key, question: text, jobId, edited, progress: null });
      try {
        const answer = await client.call('ask.question', {
          sourceId,
          question: text,
          jobId,
          ...(chatId === null ? {} : { chatId }),
          ...(plan ? { plan } : {}),
        });
        setEntries((current) => [...current, { key, status: 'done', answer, edited }]);
        adopt(answer.chatId);
        void queryClient.invalidateQueries({ queryKey: ['chats.list', sourceId] });
      } catch (error) {
        const entry: ChatEntry =
          error instanceof AisleCallError && error.code === 'cancelled'
            ? { key, status: 'cancelled', question: text, edited }
            : {
                key,
                status: 'failed',
                question: text,
                plan: plan ?? null,
                message: error instanceof Error ? error.message : String(error),
                edited,
              };
        setEntries((current) => [...current, entry]);
      } finally {
        runningJob.current = null;
        setRunning(null);
      }
    },
    [adopt, chatId, client, queryClient, sourceId],
  );

  const cancel = useCallback(() => {
    const jobId = runningJob.current;
    if (jobId) void client.call('query.cancel', { jobId }).catch(() => undefined);
  }, [client]);

  const newChat = useCallback(() => {
    setEntries([]);
    setLoadError(null);
    adopt(null);
  }, [adopt]);

  const forgetChat = useCallback(
    (id: string) => {
      if (id === chatId) newChat();
      void queryClient.invalidateQueries({ queryKey: ['chats.list', sourceId] });
    },
    [chatId, newChat, queryClient, sourceId],
  );

  return { chatId, entries, running, loadingChat, loadError, ask, cancel, openChat, newChat, forgetChat };
};
