// The guided tour's steps, on the manager's own screens: each names the screen it shows and the
// element it highlights (a `data-tour` attribute of that screen). Texts: i18n `tour.steps.<id>`.

/** Where a step is shown: the list, the first ticket of the list, or an address. */
export type TourScreen = { kind: 'list' } | { kind: 'ticket' } | { kind: 'path'; path: string };

export interface TourStep {
  id: string;
  screen: TourScreen;
  /** The `data-tour` value of the element to highlight; none: the popover stands in the middle. */
  target?: string;
}

const LIST: TourScreen = { kind: 'list' };
const TICKET: TourScreen = { kind: 'ticket' };

export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'welcome', screen: LIST },
  { id: 'list', screen: LIST, target: 'ticket-list' },
  { id: 'controls', screen: LIST, target: 'list-controls' },
  { id: 'filters', screen: LIST, target: 'list-filters' },
  { id: 'create', screen: LIST, target: 'new-ticket' },
  { id: 'ticket', screen: TICKET, target: 'ticket-header' },
  { id: 'actions', screen: TICKET, target: 'ticket-actions' },
  { id: 'contractors', screen: TICKET, target: 'ticket-contractors' },
  { id: 'history', screen: TICKET, target: 'ticket-history' },
  { id: 'help', screen: TICKET, target: 'help-button' },
  { id: 'outbox', screen: { kind: 'path', path: '/admin/outbox' }, target: 'page-header' },
  { id: 'settings', screen: { kind: 'path', path: '/admin/settings' }, target: 'page-header' },
  { id: 'contractorsAdmin', screen: { kind: 'path', path: '/admin/contractors' }, target: 'page-header' },
  { id: 'restart', screen: LIST, target: 'tour-launcher' },
];

/** The steps this user can follow: ticket screens for those who work tickets, the
 * administration screens their roles open. */
export function stepsFor(worksTickets: boolean, paths: readonly string[]): TourStep[] {
  return TOUR_STEPS.filter((step) => {
    if (step.screen.kind === 'path') return paths.includes(step.screen.path);
    return worksTickets || step.id === 'welcome' || step.id === 'restart';
  });
}
