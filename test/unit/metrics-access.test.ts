// Who may read GET /metrics: the bearer METRICS_TOKEN when one is set, else loopback clients only.
import { describe, it, expect } from 'vitest';
import { isLoopback, metricsRefusal } from '../../src/http/metrics-route.ts';

describe('metrics access', () => {
  it('when the client address is loopback in any of its spellings, then it is loopback; private and public addresses are not', () => {
    for (const ip of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopback(ip), ip).toBe(true);
    for (const ip of ['10.0.0.1', '192.168.1.2', '203.0.113.9', '::ffff:10.0.0.1', 'fe80::1', '1127.0.0.1', '']) expect(isLoopback(ip), ip).toBe(false);
  });

  it('when no token is set, then loopback passes and others are refused with a sentence naming METRICS_TOKEN', () => {
    expect(metricsRefusal(undefined, undefined, '127.0.0.1')).toBeUndefined();
    const refused = metricsRefusal(undefined, 'Bearer anything', '203.0.113.9');
    expect(refused?.code).toBe('metrics_forbidden');
    expect(refused?.message).toContain('METRICS_TOKEN');
    // A reverse proxy on this machine: the connection is loopback, the client is not.
    expect(metricsRefusal(undefined, undefined, '127.0.0.1', true)?.code).toBe('metrics_forbidden');
  });

  it('when a token is set, then only that bearer token passes, from loopback too', () => {
    expect(metricsRefusal('s3cret', undefined, '127.0.0.1')?.code).toBe('metrics_token_required');
    expect(metricsRefusal('s3cret', 'Basic czNjcmV0', '127.0.0.1')?.code).toBe('metrics_token_required');
    expect(metricsRefusal('s3cret', 'Bearer s3cre', '127.0.0.1')?.code).toBe('metrics_token_invalid');
    expect(metricsRefusal('s3cret', 'Bearer s3cret', '203.0.113.9')).toBeUndefined();
    expect(metricsRefusal('s3cret', 'bearer   s3cret', '203.0.113.9')).toBeUndefined();
    expect(metricsRefusal('s3cret', 'Bearer s3cret', '127.0.0.1', true)).toBeUndefined();
  });
});
