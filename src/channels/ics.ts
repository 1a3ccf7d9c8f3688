// Calendar invitations (RFC 5545) for appointments, so that a contractor or a contact person
// can put the appointment in their calendar from the email.

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

// Lines longer than 75 octets are folded with CRLF and a space (RFC 5545 §3.1).
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface Invitation {
  uid: string;
  /** Increases each time the appointment moves, so calendars replace the old one. */
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  location: string;
  organizerEmail: string;
  organizerName: string;
  attendeeEmail: string;
  now: Date;
  cancelled?: boolean;
  /** Not confirmed yet (a booking waiting for the agency's approval). */
  tentative?: boolean;
}

/** An iCalendar document with one event. */
export function invitationIcs(invite: Invitation): string {
  const end = new Date(invite.startsAt.getTime() + invite.durationMinutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Gardien//Tickets//FR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${invite.cancelled ? 'CANCEL' : 'REQUEST'}`,
    'BEGIN:VEVENT',
    `UID:${invite.uid}`,
    `SEQUENCE:${invite.sequence}`,
    `DTSTAMP:${stamp(invite.now)}`,
    `DTSTART:${stamp(invite.startsAt)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${escape(invite.summary)}`,
    `DESCRIPTION:${escape(invite.description)}`,
    `LOCATION:${escape(invite.location)}`,
    `ORGANIZER;CN=${escape(invite.organizerName)}:mailto:${invite.organizerEmail}`,
    `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${invite.attendeeEmail}`,
    `STATUS:${invite.cancelled ? 'CANCELLED' : invite.tentative ? 'TENTATIVE' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
