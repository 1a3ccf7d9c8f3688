// The shape of an action handler: it changes the ticket through the scope and records events.
import type { StaffAction } from '../../domain/tickets/action-catalogue.ts';
import type { ActionInputOf } from '../action-inputs.ts';
import type { ActionScope } from '../action-scope.ts';

export type Handler<A extends StaffAction> = (scope: ActionScope, input: ActionInputOf<A>) => Promise<void>;
export type Handlers<A extends StaffAction> = { [K in A]: Handler<K> };

/** Who entered a party's answer, for the history ("entered by Camille Martin by phone"). */
export function enteredBy(scope: ActionScope): { enteredBy?: string } {
  return scope.onBehalf ? { enteredBy: scope.acting.name } : {};
}
