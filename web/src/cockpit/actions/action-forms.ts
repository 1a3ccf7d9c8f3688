// The form of each staff action (src/domain/tickets/action-catalogue.ts). `validate` has none:
// it opens the creation form pre-filled; `set_silent` is the header's switch.
import type { ComponentType } from 'react';
import type { ActionFormProps } from './action-form-types.ts';
import { AmountForm } from './amount-form.tsx';
import { AppointmentForm } from './appointment-form.tsx';
import { ApprovalDecisionForm } from './approval-decision-form.tsx';
import { commentForm } from './comment-form.tsx';
import { CompletionForm } from './completion-form.tsx';
import { ContractorForm } from './contractor-form.tsx';
import { EditForm } from './edit-form.tsx';
import { InformThirdPartyForm } from './inform-third-party-form.tsx';
import { InternalNoteForm } from './internal-note-form.tsx';
import { MessageForm } from './message-form.tsx';
import { PresenceForm } from './presence-form.tsx';
import { ReassignForm } from './reassign-form.tsx';
import { RemindForm } from './remind-form.tsx';
import { RemindersForm } from './reminders-form.tsx';
import { RequestApprovalForm } from './request-approval-form.tsx';
import { UpdatePartyForm } from './update-party-form.tsx';

const comment = commentForm({ field: 'comment' });

export const ACTION_FORMS: Record<string, ComponentType<ActionFormProps>> = {
  cancel_request: commentForm({ field: 'reason', warning: 'actions.cancel_request.warning', danger: true }),
  edit: EditForm,
  reassign: ReassignForm,
  set_reminders: RemindersForm,
  internal_note: InternalNoteForm,
  send_message: MessageForm,
  inform_third_party: InformThirdPartyForm,
  add_attachments: commentForm({ field: 'comment', files: 'required' }),
  update_party: UpdatePartyForm,
  add_contractor: ContractorForm,
  replace_contractor: ContractorForm,
  cancel_intervention: commentForm({ field: 'reason', warning: 'actions.cancel_intervention.warning', danger: true }),
  remind: RemindForm,
  enter_acceptance: AppointmentForm,
  enter_refusal: commentForm({ field: 'reason', required: true }),
  enter_appointment: AppointmentForm,
  validate_appointment: comment,
  postpone_appointment: AppointmentForm,
  enter_presence: PresenceForm,
  enter_completion: CompletionForm,
  request_quote: comment,
  enter_quote: AmountForm,
  accept_quote: comment,
  reject_quote: comment,
  request_approval: RequestApprovalForm,
  enter_approval: ApprovalDecisionForm,
  confirm_quote: commentForm({ field: 'comment', files: 'optional' }),
  request_invoice: comment,
  enter_invoice: AmountForm,
  rerequest_invoice: commentForm({ field: 'comment', required: true }),
  close: commentForm({ field: 'comment', warning: 'actions.close.warning', danger: true }),
  mark_resolved: commentForm({ field: 'comment', note: 'actions.mark_resolved.hint' }),
};

/** Actions offered as an answer inside another action's dialog, not as a button of their own:
 * replacing a contractor is one of the three answers of "Contacter un autre intervenant". */
export const FOLDED_ACTIONS = ['replace_contractor'];

/** Actions whose form needs a wide window. */
export const WIDE_ACTIONS = ['edit', 'add_contractor', 'replace_contractor', 'inform_third_party', 'request_approval'];
