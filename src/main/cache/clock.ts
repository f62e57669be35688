/** Where stores get the time from; tests pass a fixed or stepping clock. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** ISO-8601 UTC with milliseconds and a fixed width, so comparing the text compares the times. */
export const isoNow = (clock: Clock): string => clock().toISOString();
