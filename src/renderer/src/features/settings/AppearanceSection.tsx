import { Monitor, Moon, Sun } from 'lucide-react';
import { SegmentedControl } from '../../components/SegmentedControl';
import type { ThemePreference } from '../../theme/theme-preference';
import { useThemeContext } from '../../theme/theme-context';

const themeSegments = [
  { value: 'system', label: 'System', icon: <Monitor size={14} /> },
  { value: 'light', label: 'Light', icon: <Sun size={14} /> },
  { value: 'dark', label: 'Dark', icon: <Moon size={14} /> },
] as const satisfies readonly { value: ThemePreference; label: string; icon: React.ReactNode }[];

export const AppearanceSection = () => {
  const { preference, setPreference } = useThemeContext();
  return (
    <section className="settings-card" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <div className="settings-row">
        <div>
          <div className="settings-row__label">Theme</div>
          <div className="settings-row__hint">System follows your operating system’s light or dark setting.</div>
        </div>
        <SegmentedControl label="Theme" segments={themeSegments} value={preference} onChange={setPreference} />
      </div>
    </section>
  );
};
