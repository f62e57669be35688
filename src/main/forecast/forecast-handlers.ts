import type { HandlerMap } from '../core/router';
import type { ForecastService } from './forecast-service';

type ForecastMethod = 'forecast.run' | 'forecast.members' | 'forecast.estimate' | 'forecast.pin' | 'forecast.cancel';

export const createForecastHandlers = (forecasts: ForecastService): HandlerMap<ForecastMethod> => ({
  'forecast.run': (input) => forecasts.run(input),
  'forecast.members': (input) => forecasts.members(input),
  'forecast.estimate': (input) => forecasts.estimate(input),
  'forecast.pin': ({ request, title }) => forecasts.pin(request, title),
  'forecast.cancel': ({ jobId }) => ({ cancelled: forecasts.cancel(jobId) }),
});
