// Twilio's request signature, on the example of Twilio's documentation, and the numbers an SMS
// is matched on.
import { describe, it, expect } from 'vitest';
import { isTwilioSignatureValid, twilioSignature } from '../../src/domain/inbound/twilio-signature.ts';
import { phoneMatchKey, samePhone } from '../../src/domain/inbound/phone-number.ts';

const URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
// Given out of order: the signature sorts them by name.
const PARAMS: [string, string][] = [['To', '+18005551212'], ['CallSid', 'CA1234567890ABCDE'], ['Digits', '1234'], ['Caller', '+12349013030'], ['From', '+12349013030']];
const DOCUMENTED = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';

describe('Twilio signature', () => {
  it('is the one of Twilio’s documented example', () => {
    expect(twilioSignature('12345', URL, PARAMS)).toBe(DOCUMENTED);
    expect(isTwilioSignatureValid('12345', URL, PARAMS, DOCUMENTED)).toBe(true);
  });

  it('fails for another token, URL, parameter value, a signature cut short, or none', () => {
    expect(isTwilioSignatureValid('54321', URL, PARAMS, DOCUMENTED)).toBe(false);
    expect(isTwilioSignatureValid('12345', 'https://mycompany.com/myapp.php?foo=1&bar=3', PARAMS, DOCUMENTED)).toBe(false);
    expect(isTwilioSignatureValid('12345', URL, [...PARAMS.slice(1), ['To', '+18005551213']], DOCUMENTED)).toBe(false);
    expect(isTwilioSignatureValid('12345', URL, PARAMS, DOCUMENTED.slice(0, -1))).toBe(false);
    expect(isTwilioSignatureValid('12345', URL, PARAMS, undefined)).toBe(false);
  });

  it('holds whether Twilio signed the URL with the default port or without it', () => {
    const withPort = twilioSignature('12345', 'https://mycompany.com:443/myapp.php?foo=1&bar=2', PARAMS);
    expect(isTwilioSignatureValid('12345', URL, PARAMS, withPort)).toBe(true);
    expect(isTwilioSignatureValid('12345', 'https://mycompany.com:443/myapp.php?foo=1&bar=2', PARAMS, DOCUMENTED)).toBe(true);
  });
});

describe('phone numbers an SMS is matched on', () => {
  it('are the same whatever way they are typed', () => {
    expect(samePhone('+33639982233', '06 39 98 22 33')).toBe(true);
    expect(samePhone('+33 6 39 98 22 33', '0033639982233')).toBe(true);
    expect(samePhone('06.39.98.22.33', '+33639982234')).toBe(false);
  });

  it('leave out short codes and names, which are nobody’s number', () => {
    expect(phoneMatchKey('36111')).toBeUndefined();
    expect(phoneMatchKey('ORANGE')).toBeUndefined();
    expect(samePhone('', '')).toBe(false);
  });
});
