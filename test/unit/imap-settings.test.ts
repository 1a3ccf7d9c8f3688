// The inbound mailbox's settings as stored: the password sealed with GARDIEN_SECRET, settings
// read back whatever the JSON holds.
import { describe, it, expect } from 'vitest';
import { decryptImapPassword, encryptImapPassword } from '../../src/inbound/imap-settings.ts';
import { storedImapOf } from '../../src/domain/inbound/imap-settings.ts';

describe('the inbound mailbox password', () => {
  it('reads back with the same secret only, and never stores the password in clear', () => {
    const sealed = encryptImapPassword('secret-a', 'mot de passe é');
    expect(sealed).not.toContain('mot de passe');
    expect(decryptImapPassword('secret-a', sealed)).toBe('mot de passe é');
    expect(decryptImapPassword('secret-b', sealed)).toBeUndefined();
    expect(encryptImapPassword('secret-a', 'x')).not.toBe(encryptImapPassword('secret-a', 'x'));
  });

  it('refuses a damaged or tampered value', () => {
    const sealed = encryptImapPassword('secret-a', 'password');
    const [version, iv, tag, data] = sealed.split(':');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(decryptImapPassword('secret-a', [version, iv, tag, flipped.toString('base64url')].join(':'))).toBeUndefined();
    for (const damaged of ['', 'v1', 'v2:a:b:c', 'v1:::', 'plain-password']) expect(decryptImapPassword('secret-a', damaged)).toBeUndefined();
  });
});

describe('the stored mailbox settings', () => {
  it('read as their defaults where missing, and as none when damaged', () => {
    expect(storedImapOf({ inboundImap: { host: 'imap.example.fr', port: 993, user: 'u' } })).toEqual({
      host: 'imap.example.fr', port: 993, secure: true, user: 'u', mailbox: 'INBOX', enabled: false, passwordEncrypted: null,
    });
    for (const settings of [{}, null, undefined, { inboundImap: null }, { inboundImap: 'x' }, { inboundImap: { host: 1, port: 993, user: 'u' } }]) {
      expect(storedImapOf(settings as Record<string, unknown> | null | undefined)).toBeUndefined();
    }
  });
});

describe('where an inbound mailbox may be', () => {
  it('is not on loopback, private, link-local, shared or unique-local addresses', async () => {
    const { isPrivateAddress } = await import('../../src/channels/network-address.ts');
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-ip']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '2a00:1450:4007:80f::200e', '::ffff:93.184.216.34', '172.32.0.1']) expect(isPrivateAddress(address), address).toBe(false);
  });
});
