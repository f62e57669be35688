/**
 * The object without its undefined properties. zod's optional fields come out as
 * `x?: T | undefined`, and with exactOptionalPropertyTypes the stores' filters take only
 * `x?: T`: this bridges the two.
 */
export const definedOnly = <T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  // Object.fromEntries loses the key types; the filter is exactly what the mapped type says.
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
