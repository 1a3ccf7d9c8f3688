// Whether a staff action is available at this step of the ticket, by the action catalogue; 409
// action_not_available otherwise (with the step, so the screen can say why).
import { DomainError } from '../domain/errors.ts';
import { dispatchActionAvailable, ticketActionAvailable, ticketFactsOf, DISPATCH_LEVEL_ACTIONS, type StaffAction } from '../domain/tickets/action-catalogue.ts';
import type { ActionScope } from './action-scope.ts';
import type { AnyActionInput } from './action-inputs.ts';

export function closed(): DomainError {
  return new DomainError('action_not_available', 'This ticket is closed: it can only be read.');
}

export function assertAvailable(scope: ActionScope, input: AnyActionInput) {
  const action = input.action as StaffAction;
  const ticket = ticketFactsOf(scope.ticket);
  const facts = scope.dispatches.map((d) => ({ id: d.id, kind: d.kind, state: d.state }));
  const dispatchId = 'dispatchId' in input ? input.dispatchId : undefined;
  const dispatch = dispatchId ? facts.find((d) => d.id === scope.dispatch(dispatchId).id) : undefined;
  const available = dispatch && DISPATCH_LEVEL_ACTIONS.includes(action)
    ? dispatchActionAvailable(action, ticket, dispatch)
    : ticketActionAvailable(action, ticket, facts);
  if (!available) {
    if (ticket.closed) throw new DomainError('action_not_available', closed().message, { action, status: scope.ticket.status, ...(dispatchId ? { dispatchId } : {}) });
    throw new DomainError('action_not_available', `"${action}" is not available at this step of the ticket.`, {
      action, status: scope.ticket.status, ...(dispatchId ? { dispatchId } : {}),
    });
  }
}

