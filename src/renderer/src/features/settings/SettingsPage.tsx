import { PageHeader } from '../../components/PageHeader';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { CostGuardSection } from './CostGuardSection';
import { DataSection } from './DataSection';
import { GoogleAccountSection } from './GoogleAccountSection';

export const SettingsPage = () => (
  <>
    <PageHeader
      title="Settings"
      subtitle="Appearance, data sources, your Google account and what this copy of Aisle is."
    />
    <div className="settings-grid">
      <AppearanceSection />
      <DataSection />
      <GoogleAccountSection />
      <CostGuardSection />
      <AboutSection />
    </div>
  </>
);
