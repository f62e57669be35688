/** Days, `YYYY-MM-DD`: start included, end excluded. */
export interface DayRange {
  start: string;
  end: string;
}

/** A mention counts as a complaint below this clause sentiment (VADER's own neutral band is ±0.05). */
export const COMPLAINT_BELOW = -0.05;
