/**
 * Google credentials have recognisable shapes: access tokens start `ya29.`, refresh tokens `1//`,
 * and any `Bearer` header or `*_token` field names one. Logs pass through this last line of
 * defence; the first is never handing a token to a log or an error message at all.
 */
const rules: readonly (readonly [RegExp, string])[] = [
  [/\bya29\.[\w.-]+/g, '[redacted]'],
  [/\b1\/\/[\w.-]{10,}/g, '[redacted]'],
  [/\b(Bearer)\s+[\w.~+/=-]+/gi, '$1 [redacted]'],
  [
    /("?(?:access_token|refresh_token|id_token|client_secret|private_key)"?\s*[:=]\s*)("[^"]*"|[^\s,&}]+)/gi,
    '$1[redacted]',
  ],
];

export const redactSecrets = (text: string): string =>
  rules.reduce((redacted, [pattern, replacement]) => redacted.replace(pattern, replacement), text);
