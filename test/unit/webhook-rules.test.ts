// The webhooks' rules: which events a ticket's change gives, the backoff and its end, the URLs
// refused, and the signature a receiver checks.
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { webhookEventsOfTicketChange } from '../../src/domain/webhooks/webhook-events.ts';
import { afterFailedAttempt, retryDelaySeconds, shouldSwitchOff, WEBHOOK_RULES } from '../../src/domain/webhooks/delivery-rules.ts';
import { checkWebhookUrl } from '../../src/webhooks/check-webhook-url.ts';
import { signatureHeader, verifySignature } from '../../src/webhooks/webhook-signature.ts';

describe('the events of a ticket change', () => {
  it('a creation is ticket.created, with its dispatches appearing', () => {
    expect(webhookEventsOfTicketChange({ eventTypes: ['request_received', 'ticket_created', 'work_order_sent'], answerEventIds: [], dispatches: [{ id: 'd1', before: null, after: 'requested' }] }))
      .toEqual([{ type: 'ticket.created' }, { type: 'dispatch.state_changed', dispatchId: 'd1' }]);
  });
  it('a change is ticket.changed; a closing also ticket.closed; an answer answer.received', () => {
    expect(webhookEventsOfTicketChange({ eventTypes: ['ticket_closed'], answerEventIds: [], dispatches: [{ id: 'd1', before: 'done', after: 'done' }] }))
      .toEqual([{ type: 'ticket.changed' }, { type: 'ticket.closed' }]);
    expect(webhookEventsOfTicketChange({ eventTypes: ['quote_received'], answerEventIds: ['e1'], dispatches: [{ id: 'd1', before: 'requested', after: 'quote_received' }] }))
      .toEqual([{ type: 'ticket.changed' }, { type: 'dispatch.state_changed', dispatchId: 'd1' }, { type: 'answer.received', answerEventId: 'e1' }]);
  });
  it('a change that recorded nothing gives nothing', () => {
    expect(webhookEventsOfTicketChange({ eventTypes: [], answerEventIds: [], dispatches: [{ id: 'd1', before: 'requested', after: 'requested' }] })).toEqual([]);
  });
});

describe('tries', () => {
  it('wait 30 s, then double, and give up after the eighth', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 480, 960, 1920]);
    expect(retryDelaySeconds(12)).toBe(WEBHOOK_RULES.maxRetrySeconds);
    expect(afterFailedAttempt(7)).toEqual({ state: 'queued', retryInSeconds: 1920 });
    expect(afterFailedAttempt(8)).toEqual({ state: 'failed' });
  });
  it('switch a webhook off after twenty failures in a row that lasted an hour, not a burst of seconds', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(shouldSwitchOff(20, new Date('2026-12-02T09:59:30Z'), now)).toBe(false);
    expect(shouldSwitchOff(20, new Date('2026-12-02T09:00:00Z'), now)).toBe(true);
    expect(shouldSwitchOff(19, new Date('2026-12-01T09:00:00Z'), now)).toBe(false);
    expect(shouldSwitchOff(20, null, now)).toBe(false);
  });
});

describe('webhook URLs', () => {
  const refused = (url: string, allowPrivate = false) => {
    try {
      checkWebhookUrl(url, allowPrivate);
      return 'accepted';
    } catch (error) {
      return (error as { code: string }).code;
    }
  };
  it('keeps https and http URLs of the Internet, without their fragment', () => {
    expect(checkWebhookUrl(' https://compta.example.fr/hooks?x=1#frag ', false)).toBe('https://compta.example.fr/hooks?x=1');
    expect(refused('http://93.184.216.34/x')).toBe('accepted');
  });
  it('refuses the server\'s own network unless allowed', () => {
    for (const url of ['http://127.0.0.1/', 'http://localhost:3000/', 'http://api.localhost/', 'http://[::1]/', 'http://10.0.0.1/', 'http://172.20.1.1/', 'http://192.168.0.2/', 'http://169.254.169.254/', 'http://100.64.0.1/', 'http://[fd00::1]/', 'http://[fe80::1]/', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/']) {
      expect(refused(url), url).toBe('webhook_address_not_allowed');
      expect(refused(url, true), url).toBe('accepted');
    }
    expect(refused('http://172.32.0.1/')).toBe('accepted');
    // Addresses carrying an IPv4 one inside, the unspecified and site-local ranges, a trailing dot.
    for (const url of ['http://[::127.0.0.1]/', 'http://[64:ff9b::a00:5]/', 'http://[2002:7f00:1::]/', 'http://[fec0::1]/', 'http://[::ffff:7f00:1]/', 'http://localhost./', 'http://192.0.0.8/', 'http://2130706433/', 'http://0x7f.1/']) {
      expect(refused(url), url).toBe('webhook_address_not_allowed');
    }
    // A name is a name: checked on what it resolves to at each try.
    expect(refused('https://10.example.com/hooks')).toBe('accepted');
  });
  it('refuses what is not a URL to POST to', () => {
    for (const url of ['ftp://example.com/', 'javascript:alert(1)', 'example.com/x', 'https://u:p@example.com/', `https://example.com/${'a'.repeat(2000)}`]) {
      expect(refused(url), url).toBe('webhook_url_invalid');
    }
  });
});

describe('the signature', () => {
  const body = '{"id":"1","type":"ticket.created"}';
  it('is the HMAC-SHA256 of timestamp.body, checked with its age', () => {
    const header = signatureHeader('whsec_test', 1_764_000_000, body);
    expect(header).toBe(`t=1764000000,v1=${createHmac('sha256', 'whsec_test').update(`1764000000.${body}`).digest('hex')}`);
    expect(verifySignature('whsec_test', header, body, 1_764_000_100)).toBe(true);
    expect(verifySignature('whsec_test', header, body, 1_764_000_301)).toBe(false);
    expect(verifySignature('whsec_other', header, body, 1_764_000_100)).toBe(false);
    expect(verifySignature('whsec_test', header, body.replace('created', 'closed'), 1_764_000_100)).toBe(false);
    expect(verifySignature('whsec_test', 'v1=abc', body, 1_764_000_100)).toBe(false);
  });
});
