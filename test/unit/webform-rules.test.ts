// The web form's rules without a server: how old a form may be, the ticket's text with the place
// the sender typed, the signed form token, and the per-address limit that gives refusals back.
import { describe, expect, it } from 'vitest';
import { formTokenAge, requestText, WEBFORM_MAX_HOURS, WEBFORM_MIN_SECONDS } from '../../src/domain/inbound/webform-rules.ts';
import { issueFormToken, readFormToken } from '../../src/inbound/form-token.ts';
import { SubmissionLimit } from '../../src/http/submission-limit.ts';
import { DomainError } from '../../src/domain/errors.ts';

describe('the age of a form', () => {
  const opened = Date.UTC(2026, 0, 10, 9, 0, 0);
  it('when it is sent within a few seconds of its opening, then it is too fast; later, valid; after a day, expired', () => {
    expect(formTokenAge(opened, opened)).toBe('too_fast');
    expect(formTokenAge(opened, opened + WEBFORM_MIN_SECONDS * 1000 - 1)).toBe('too_fast');
    expect(formTokenAge(opened, opened + WEBFORM_MIN_SECONDS * 1000)).toBe('valid');
    expect(formTokenAge(opened, opened + WEBFORM_MAX_HOURS * 3_600_000)).toBe('valid');
    expect(formTokenAge(opened, opened + WEBFORM_MAX_HOURS * 3_600_000 + 1)).toBe('expired');
    expect(formTokenAge(opened + 60_000, opened)).toBe('too_fast'); // a token from the future
  });
});

describe('the ticket\u2019s text', () => {
  it('when the sender typed an address or a flat, then they follow the description, each on its line', () => {
    expect(requestText('  Fuite  ', {})).toBe('Fuite');
    expect(requestText('Fuite', { unit: ' 3e gauche ' })).toBe('Fuite\n\nLogement, étage, porte : 3e gauche');
    expect(requestText('Fuite', { address: '1 rue X', unit: '' })).toBe('Fuite\n\nAdresse indiquée : 1 rue X');
  });
});

describe('the form token', () => {
  const now = new Date('2026-01-10T09:00:00Z');
  it('when it is read back by the same server for the same agency, then it gives the opening time; otherwise nothing', () => {
    const token = issueFormToken('secret', 'org-1', now);
    expect(readFormToken('secret', 'org-1', token)).toBe(now.getTime());
    expect(readFormToken('other secret', 'org-1', token)).toBeUndefined();
    expect(readFormToken('secret', 'org-2', token)).toBeUndefined();
    const [version, issued, signature] = token.split('.');
    expect(readFormToken('secret', 'org-1', `${version}.${(Number.parseInt(issued!, 36) - 1).toString(36)}.${signature}`)).toBeUndefined();
    for (const bad of ['', 'v1', 'v1..', `${token}.x`, `v2.${issued}.${signature}`, `v1.${issued}.${signature!.slice(1)}`]) expect(readFormToken('secret', 'org-1', bad)).toBeUndefined();
  });
});

describe('the per-address limit', () => {
  it('when an address has had its share in the window, then it is refused until the window moves on; a refusal given back does not count', () => {
    let now = 0;
    const limit = new SubmissionLimit(2, 60_000, () => now);
    limit.take('a');
    limit.take('a');
    limit.giveBack('a');
    limit.take('a');
    expect(() => limit.take('a')).toThrow(DomainError);
    limit.take('b');
    now = 60_001;
    limit.take('a');
  });
});
