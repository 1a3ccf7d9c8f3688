// Twilio's Messages API (https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json):
// form-encoded POST with basic authentication. TWILIO_BASE_URL points elsewhere in tests.
import type { SmsSender } from './sms-sender.ts';
import { toE164 } from './sms-sender.ts';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from: string;
  baseUrl: string;
}

/** The Twilio adapter. */
export function twilioSms(settings: TwilioSettings): SmsSender {
  const auth = Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64');
  return {
    provider: 'twilio',
    async send(to, text) {
      const response = await fetch(`${settings.baseUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`, {
        method: 'POST',
        headers: { authorization: `Basic ${auth}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: toE164(to), From: settings.from, Body: text }).toString(),
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await response.json().catch(() => ({}))) as { sid?: string; message?: string; code?: number };
      if (!response.ok || !body.sid) {
        throw new Error(`Twilio refused the SMS (${response.status}${body.code ? ` code ${body.code}` : ''}): ${body.message ?? 'no reason given'}`);
      }
      return { providerId: body.sid };
    },
  };
}
