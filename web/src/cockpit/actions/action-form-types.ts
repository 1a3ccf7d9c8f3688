// What every action form receives from the dialog that hosts it.
import type { DispatchAnswer as Dispatch, PartyAnswer as Party, TicketAnswer as Ticket, TicketFileAnswer as TicketFile } from '../../../../src/http/answers.ts';

/** A received message (a contractor's email) the manual entry is made from ("Saisir comme…"): its
 * text fills the form's comment, its files can be chosen as the action's files (the server copies
 * them for the new event). */
export interface EntrySource {
  text: string;
  files: TicketFile[];
}

/** Files to upload before the action, by the body path their ids go to (`attachmentIds`, `invoice.attachmentIds`). */
export type FileUploads = Record<string, File[]>;

export interface ActionFormProps {
  action: string;
  ticket: Ticket;
  /** The contractor's dispatch the action is about, for dispatch actions. */
  dispatch?: Dispatch;
  /** The person the action is about (message, contact details). */
  party?: Party;
  /** The server's refusals, by field (`startsAt`, `invoice.amountCents`…). */
  errors: Record<string, string>;
  pending: boolean;
  /** Sends the action: the body without `action` and the target ids, which the dialog adds. */
  onSubmit: (body: Record<string, unknown>, files?: FileUploads) => void;
  onCancel: () => void;
  /** The received message the entry is made from, when it is. */
  from?: EntrySource;
}
