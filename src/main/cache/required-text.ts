import { AisleError } from '../core/aisle-error';

/** Trims `value` and refuses an empty result, naming the field so the form can point at it. */
export const requiredText = (value: string, field: string, label: string): string => {
  const trimmed = value.trim();
  if (trimmed === '')
    throw new AisleError('invalid_input', `${label} cannot be empty; type one and try again.`, { field });
  return trimmed;
};
