import { useQueryClient } from '@tanstack/react-query';
import { ExternalLink, KeyRound, LogIn, LogOut, Terminal } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { AuthState, SignInRequest } from '../../../../shared/contract';
import { useClient } from '../../api/client-context';
import { useAisleQuery } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { AiConnectionField } from './AiConnectionField';
import { BigQueryPickers } from './BigQueryPickers';
import { OAuthClientForm } from './OAuthClientForm';
import { PublishDemo } from './PublishDemo';

const methodLabel: Record<NonNullable<AuthState['method']>, string> = {
  browser: 'Signed in with Google',
  adc: 'Application Default Credentials',
  'service-account': 'Service account key',
  'access-token': 'Access token from AISLE_GOOGLE_ACCESS_TOKEN',
};

/** Sign-in: a browser consent page, ADC or a key file; then the billing project and datasets. */
export const GoogleAccountSection = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const { data: auth } = useAisleQuery('auth.state', { liveEvent: true });
  const [consentUrl, setConsentUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keyInput = useRef<HTMLInputElement>(null);

  useEffect(() => client.on('auth.consent', (payload) => setConsentUrl(payload.url)), [client]);

  const signIn = async (request: SignInRequest): Promise<void> => {
    setError(null);
    setBusy(true);
    setConsentUrl(null);
    try {
      queryClient.setQueryData(['auth.state'], await client.call('auth.signIn', request));
      await queryClient.invalidateQueries({ queryKey: ['sources.list'] });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      await queryClient.invalidateQueries({ queryKey: ['auth.state'] });
    } finally {
      setBusy(false);
      setConsentUrl(null);
    }
  };

  const signInWithKey = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing its permissions, say) tries again.
    input.value = '';
    if (!file) return;
    try {
      await signIn({ method: 'service-account', keyFile: await client.fileToPath(file) });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const signOut = async (): Promise<void> => {
    setError(null);
    queryClient.setQueryData(['auth.state'], await client.call('auth.signOut', {}));
  };

  if (!auth) return null;
  const signedIn = auth.state === 'signed-in';
  const waiting = busy || auth.state === 'signing-in';

  return (
    <section className="settings-card" aria-labelledby="google-heading" data-testid="google-account">
      <div className="settings-card__header">
        <h2 id="google-heading">Google account</h2>
        {signedIn ? <Badge tone="success">Signed in</Badge> : <Badge>Not signed in</Badge>}
      </div>
      {auth.message && !signedIn && (
        <p className="notice-text" role="status">
          {auth.message}
        </p>
      )}
      {error && error !== auth.message && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}

      {signedIn ? (
        <>
          <div className="settings-row">
            <div>
              <div className="settings-row__label" data-testid="google-account-name">
                {auth.account}
              </div>
              <div className="settings-row__hint">{auth.method ? methodLabel[auth.method] : ''}</div>
            </div>
            {auth.method !== 'access-token' && (
              <Button size="sm" icon={<LogOut size={14} />} onClick={() => void signOut()}>
                Sign out
              </Button>
            )}
          </div>
          <BigQueryPickers billingProject={auth.billingProject} />
          <PublishDemo projectId={auth.billingProject} />
          <AiConnectionField />
        </>
      ) : waiting ? (
        <div className="sign-in-wait" role="status">
          <p>Waiting for Google… Finish signing in on Google’s page in your browser; Aisle continues by itself.</p>
          <div className="sign-in-wait__actions">
            {consentUrl && (
              <a className="button button--secondary button--sm" href={consentUrl} target="_blank" rel="noreferrer">
                <ExternalLink size={14} />
                Open Google’s sign-in page
              </a>
            )}
            <Button size="sm" variant="ghost" onClick={() => void client.call('auth.cancelSignIn', {})}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="settings-row__hint">
            Sign in to query BigQuery (theLook and your own datasets) and to use Gemini. Everything local keeps working
            without an account.
          </p>
          <OAuthClientForm />
          <div className="sign-in-options">
            <Button
              variant="primary"
              icon={<LogIn size={16} />}
              disabled={!auth.clientIdConfigured}
              title={auth.clientIdConfigured ? undefined : 'Save an OAuth client ID first'}
              onClick={() => void signIn({ method: 'browser' })}
            >
              Sign in with Google
            </Button>
            <Button icon={<Terminal size={16} />} onClick={() => void signIn({ method: 'adc' })}>
              Use gcloud credentials (ADC)
            </Button>
            <Button icon={<KeyRound size={16} />} onClick={() => keyInput.current?.click()}>
              Use a service account key…
            </Button>
            <input
              ref={keyInput}
              type="file"
              accept=".json,application/json"
              hidden
              onChange={(event) => void signInWithKey(event.currentTarget)}
            />
          </div>
        </>
      )}
      {auth.storageWarning && <p className="settings-row__hint storage-warning">{auth.storageWarning}</p>}
    </section>
  );
};
