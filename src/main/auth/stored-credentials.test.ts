import { describe, expect, it } from 'vitest';
import { parseCredentials, sameCredentials, serializeCredentials, type StoredCredentials } from './stored-credentials';

const key = { type: 'service_account', client_email: 'a@p.iam.gserviceaccount.com', private_key: 'K1' };

describe('saved sign-ins', () => {
  it('reads service account sign-ins that hold the key, and the older ones that hold its path', () => {
    const inline: StoredCredentials = { method: 'service-account', key, account: 'a@p.iam.gserviceaccount.com' };
    expect(parseCredentials(serializeCredentials(inline))).toEqual(inline);
    const path = { method: 'service-account', keyFile: '/keys/a.json', account: 'a@p.iam.gserviceaccount.com' };
    expect(parseCredentials(JSON.stringify(path))).toEqual(path);
    expect(parseCredentials(JSON.stringify({ method: 'service-account', account: 'a@p' }))).toBeNull();
    expect(parseCredentials(JSON.stringify({ method: 'service-account', key: 'text', account: 'a@p' }))).toBeNull();
  });

  it('tells whether two saved sign-ins are the same credentials', () => {
    const browser = (refreshToken: string): StoredCredentials => ({ method: 'browser', refreshToken, account: 'm@x' });
    const adc: StoredCredentials = { method: 'adc', account: 'Application Default Credentials' };
    const inline = (privateKey: string): StoredCredentials => ({
      method: 'service-account',
      key: { ...key, private_key: privateKey },
      account: 'a@p.iam.gserviceaccount.com',
    });
    const path = (keyFile: string): StoredCredentials => ({ method: 'service-account', keyFile, account: 'a@p' });
    expect(sameCredentials(browser('1//a'), browser('1//a'))).toBe(true);
    expect(sameCredentials(browser('1//a'), browser('1//b'))).toBe(false);
    expect(sameCredentials(browser('1//a'), adc)).toBe(false);
    expect(sameCredentials(adc, adc)).toBe(true);
    expect(sameCredentials(adc, inline('K1'))).toBe(false);
    expect(sameCredentials(inline('K1'), inline('K1'))).toBe(true);
    expect(sameCredentials(inline('K1'), inline('K2'))).toBe(false);
    expect(sameCredentials(path('/a.json'), path('/a.json'))).toBe(true);
    expect(sameCredentials(path('/a.json'), path('/b.json'))).toBe(false);
    expect(sameCredentials(path('/a.json'), inline('K1'))).toBe(false);
  });
});
