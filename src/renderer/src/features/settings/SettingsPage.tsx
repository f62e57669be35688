import { PageHeader } from '../../components/PageHeader';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { CostGuardSection } from './CostGuardSection';
import { DataSection } from './DataSection';

export const SettingsPage = () => (
  <>
    <PageHeader title="Settings" subtitle="Appearance, data sources and what this copy of Aisle is." />
    <div className="settings-grid">
      <AppearanceSection />
      <DataSection />
      <CostGuardSection />
      <AboutSection />
    </div>
  </>
);
