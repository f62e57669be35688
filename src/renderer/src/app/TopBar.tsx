import { Cloud, CloudOff, Database, Loader, Moon, Sun, UserRound } from 'lucide-react';
import { useActiveSource } from '../api/active-source';
import { useClient } from '../api/client-context';
import { useAisleQuery, useSources } from '../api/hooks';
import { StatusPill } from '../components/StatusPill';
import { useThemeContext } from '../theme/theme-context';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

const NetworkIndicator = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const { data } = useAisleQuery('network.status', { liveEvent: true });
  const recheck = async (): Promise<void> => {
    queryClient.setQueryData(['network.status'], await client.call('network.recheck', {}));
  };
  if (!data || data.state === 'checking') {
    return (
      <StatusPill tone="neutral" icon={<Loader size={14} className="spin" />} aria-label="Checking connection">
        Checking…
      </StatusPill>
    );
  }
  const online = data.state === 'online';
  return (
    <StatusPill
      tone={online ? 'success' : 'neutral'}
      dot
      icon={online ? <Cloud size={14} /> : <CloudOff size={14} />}
      title={`${online ? 'Google Cloud is reachable' : 'Google Cloud is not reachable: local data and cached reports still work'}. ${data.detail}. Click to check again.`}
      onClick={() => void recheck()}
      data-testid="network-status"
    >
      {online ? 'Online' : 'Offline'}
    </StatusPill>
  );
};

/** What a sign-in, sign-out or new billing project makes stale: anything read through Google. */
const googleQueries = ['schema.tables', 'sources.list', 'google.projects.list', 'google.datasets.list'] as const;

const AccountIndicator = () => {
  const queryClient = useQueryClient();
  const { data } = useAisleQuery('auth.state', { liveEvent: true });
  const signedIn = data?.state === 'signed-in';
  const sessionKey = `${data?.state ?? ''}|${data?.account ?? ''}|${data?.billingProject ?? ''}`;
  useEffect(() => {
    for (const key of googleQueries) void queryClient.invalidateQueries({ queryKey: [key] });
  }, [queryClient, sessionKey]);
  return (
    <StatusPill
      tone={signedIn ? 'accent' : 'neutral'}
      icon={<UserRound size={14} />}
      title={signedIn ? `Signed in as ${data.account}` : 'Not signed in to Google: working on local data'}
      data-testid="account-state"
    >
      {signedIn ? data.account : 'Not signed in'}
    </StatusPill>
  );
};

const SourcePicker = () => {
  const { data } = useSources();
  const { activeId, setActiveId } = useActiveSource();
  const known = data?.sources.some((source) => source.id === activeId) ?? false;
  return (
    <label className="source-picker">
      <Database size={16} aria-hidden="true" />
      <span className="visually-hidden">Data source</span>
      <select
        value={known ? activeId : 'demo'}
        onChange={(event) => setActiveId(event.target.value)}
        disabled={!data}
        aria-label="Data source"
      >
        {data?.sources.map((source) => (
          <option key={source.id} value={source.id} title={source.description}>
            {source.name} ({source.kind === 'local' ? 'local' : 'BigQuery'})
          </option>
        ))}
      </select>
    </label>
  );
};

export const TopBar = () => {
  const { resolved, setPreference } = useThemeContext();
  const next = resolved === 'dark' ? 'light' : 'dark';
  return (
    <header className="topbar">
      <SourcePicker />
      <div className="topbar__group">
        <NetworkIndicator />
        <AccountIndicator />
        <button
          type="button"
          className="icon-button"
          onClick={() => setPreference(next)}
          aria-label={`Switch to ${next} theme`}
          title={`Switch to ${next} theme`}
        >
          {resolved === 'dark' ? <Sun size={16} /> : <Moon size={16} />}
        </button>
      </div>
    </header>
  );
};
