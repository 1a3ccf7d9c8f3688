// SMS out: one small interface, one adapter per provider. Without a provider nothing leaves and
// messages stay in the outbox (state `held`).

export interface SmsSender {
  readonly provider: string;
  send(to: string, text: string): Promise<{ providerId: string }>;
}

/** A phone number in E.164 (+33612345678) from what people type (06 12 34 56 78). */
export function toE164(phone: string, defaultCountryCode = '33'): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+${defaultCountryCode}${digits.slice(1)}`;
  return `+${digits}`;
}

/** The number to text among several: the first mobile one (French 06/07, +336/+337), else the first. */
export function mobileFirst(phones: readonly string[]): string | undefined {
  return phones.find((p) => /^(\+33\s*[67]|0033\s*[67]|0[67])/.test(p.replace(/[\s.()-]/g, ''))) ?? phones[0];
}
