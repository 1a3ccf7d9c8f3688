// How the ticket page presents the actions it offers (a designer's table, not a domain rule): the
// one next step a manager most likely takes now, a few common ones beside it, the rest in a menu.
import type { ComponentType } from 'react';
import {
  IconAddressBook, IconBan, IconBellCog, IconBellRinging, IconCalendarCheck, IconCalendarPlus, IconCalendarTime, IconChecks,
  IconCircleCheck, IconCircleX, IconFileDescription, IconFileDollar, IconGavel, IconLock, IconMapPinCheck, IconMessage, IconNote,
  IconPaperclip, IconPencil, IconReceipt, IconReceipt2, IconReceiptRefund, IconReplace, IconSend, IconSpeakerphone, IconThumbDown,
  IconThumbUp, IconUserCheck, IconUserPlus, IconUserShare, IconRosetteDiscountCheck, type IconProps } from '@tabler/icons-react';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

/** The candidates for the page's next step, the most pressing first. */
export const PRIMARY_STEPS = [
  'validate', 'validate_appointment', 'enter_approval', 'confirm_quote', 'request_approval', 'enter_acceptance', 'enter_completion',
  'enter_quote', 'enter_invoice',
] as const;

/** Shown as buttons beside the next step (at most MAX_SECONDARY of them); the rest go in the menu. */
export const SECONDARY = {
  ticket: ['internal_note', 'add_contractor', 'inform_third_party'],
  dispatch: ['accept_quote', 'reject_quote', 'remind', 'send_message', 'request_invoice', 'rerequest_invoice', 'enter_appointment'],
  party: ['send_message', 'update_party'],
} as const;
export const MAX_SECONDARY = 3;

/** What cancels or ends: last in the menu, in red. */
export const DANGER = ['close', 'cancel_request', 'cancel_intervention', 'replace_contractor'];

export const ACTION_ICONS: Record<string, ComponentType<IconProps>> = {
  validate: IconCircleCheck, cancel_request: IconCircleX, edit: IconPencil, reassign: IconUserShare, set_reminders: IconBellCog,
  internal_note: IconNote, send_message: IconMessage, inform_third_party: IconSpeakerphone, add_attachments: IconPaperclip,
  update_party: IconAddressBook, add_contractor: IconUserPlus, replace_contractor: IconReplace, cancel_intervention: IconBan,
  remind: IconBellRinging, enter_acceptance: IconThumbUp, enter_refusal: IconThumbDown, enter_appointment: IconCalendarPlus,
  validate_appointment: IconCalendarCheck, postpone_appointment: IconCalendarTime, enter_presence: IconMapPinCheck,
  enter_completion: IconChecks, request_quote: IconFileDescription, enter_quote: IconFileDollar, accept_quote: IconCircleCheck,
  reject_quote: IconCircleX, request_approval: IconGavel, enter_approval: IconUserCheck, confirm_quote: IconSend,
  request_invoice: IconReceipt, enter_invoice: IconReceipt2, rerequest_invoice: IconReceiptRefund, close: IconLock,
  mark_resolved: IconRosetteDiscountCheck,
};

export interface PrimaryStep {
  action: string;
  /** The dispatch it concerns; none for a ticket-wide step. */
  dispatchId: string | null;
}

/** The page's one next step: the most pressing candidate offered; closing once every live
 * dispatch has its invoice; none otherwise. */
export function primaryStep(ticket: Ticket): PrimaryStep | null {
  const { nextSteps } = ticket;
  for (const action of PRIMARY_STEPS) {
    if (nextSteps.ticket.includes(action)) return { action, dispatchId: null };
    const dispatch = nextSteps.dispatches.find((d) => d.actions.includes(action));
    if (dispatch) return { action, dispatchId: dispatch.dispatchId };
  }
  const live = ticket.dispatches.filter((d) => !['refused', 'not_retained', 'cancelled'].includes(d.state));
  if (live.length > 0 && live.every((d) => d.state === 'invoice_received') && nextSteps.ticket.includes('close')) return { action: 'close', dispatchId: null };
  return null;
}

export interface ActionGroups {
  /** This group's own next step: the page's, or the most pressing of this dispatch. */
  primary: string | null;
  secondary: string[];
  more: string[];
}

/** Splits a set of offered actions: next step, a few buttons, the menu (dangerous ones last). */
export function groupActions(actions: readonly string[], secondary: readonly string[], primary: string | null): ActionGroups {
  const rest = actions.filter((a) => a !== primary);
  const shown = rest.filter((a) => secondary.includes(a) && !DANGER.includes(a)).slice(0, MAX_SECONDARY);
  const more = rest.filter((a) => !shown.includes(a));
  return { primary, secondary: shown, more: [...more.filter((a) => !DANGER.includes(a)), ...more.filter((a) => DANGER.includes(a))] };
}

/** A dispatch's own next step: the page's if it is this dispatch's, else its most pressing candidate. */
export function dispatchPrimary(actions: readonly string[]): string | null {
  return PRIMARY_STEPS.find((a) => actions.includes(a)) ?? null;
}
