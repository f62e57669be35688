import { useAppInfo } from '../../api/hooks';
import { browserVersion } from './browser-version';

const Row = ({ label, value, mono = false }: { label: string; value: string; mono?: boolean }) => (
  <div className="about-row">
    <dt>{label}</dt>
    <dd className={mono ? 'mono' : undefined}>{value}</dd>
  </div>
);

export const AboutSection = () => {
  const { data, error, isPending } = useAppInfo();
  return (
    <section className="settings-card" aria-labelledby="about-heading">
      <h2 id="about-heading">About Aisle</h2>
      {isPending && <p className="muted">Reading version information…</p>}
      {error && <p className="error-text">Could not read version information: {error.message}</p>}
      {data && (
        <dl className="about-list" data-testid="about">
          <Row label="Version" value={data.version} />
          <Row
            label="Mode"
            value={data.mode === 'electron' ? 'Desktop app (Electron)' : 'Web mode (browser tab on 127.0.0.1)'}
          />
          <Row label="Data folder" value={data.dataDir} mono />
          <Row label="Platform" value={data.platform} />
          <Row label="Node" value={data.nodeVersion} />
          <Row label="Chromium" value={data.chromiumVersion ?? `${browserVersion() ?? 'unknown'} (this browser)`} />
          <Row label="Electron" value={data.electronVersion ?? 'not used in web mode'} />
        </dl>
      )}
    </section>
  );
};
