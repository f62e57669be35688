import type { ForecastControls } from './forecast-controls';

const KEY = 'aisle.forecast.target';

/** Controls another page (Ask) left for the Forecast page: taken once, then cleared. */
export const takeForecastTarget = (): Partial<ForecastControls> | null => {
  const raw = window.sessionStorage.getItem(KEY);
  if (raw === null) return null;
  window.sessionStorage.removeItem(KEY);
  try {
    return JSON.parse(raw) as Partial<ForecastControls>;
  } catch {
    return null;
  }
};

/** Opens the Forecast page with these controls, switching page as the sidebar does. */
export const openForecast = (controls: Partial<ForecastControls>): void => {
  window.sessionStorage.setItem(KEY, JSON.stringify(controls));
  document.querySelector<HTMLButtonElement>('nav[aria-label="Main"] button[data-page="forecast"]')?.click();
};
