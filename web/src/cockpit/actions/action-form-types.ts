// What every action form receives from the dialog that hosts it.
import type { DispatchAnswer as Dispatch, PartyAnswer as Party, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

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
}
