// A contractor's scorecard (DOMAIN.md §14) as a table: every figure, its unit and how it is
// computed, in words. The SQL (src/db/repositories/scorecards.ts) follows these definitions; the
// docs (docs/reports.md) and the cockpit's help texts are written from them.

/** How long after the appointment's start a check-in still counts as on time. */
export const CHECK_IN_GRACE_MINUTES = 15;

/** The events that show a contractor took the job (the first of them is the acceptance). */
export const ACCEPTANCE_EVENTS = ['contractor_accepted', 'appointment_proposed', 'appointment_set', 'quote_received', 'work_completed'] as const;
/** The events that retain a quote. */
export const RETAINED_QUOTE_EVENTS = ['quote_accepted', 'quote_approved', 'quote_confirmed'] as const;

export const SCORECARD_UNITS = ['count', 'share', 'duration', 'number', 'money'] as const;
export type ScorecardUnit = (typeof SCORECARD_UNITS)[number];

export const SCORECARD_FIGURES = [
  {
    name: 'dispatches',
    unit: 'count',
    definition: 'Dispatches sent to the contractor in the period (work orders and quote requests, by the kind they were sent as), on the tickets the reader may see.',
  },
  {
    name: 'acceptedShare',
    unit: 'share',
    definition: 'Share of those dispatches the contractor accepted, whatever came after: an acceptance, or a step that implies it (an appointment proposed or agreed, a quote sent, the work reported done).',
  },
  {
    name: 'medianTimeToAccept',
    unit: 'duration',
    definition: 'Median time from sending to that first acceptance, over the accepted dispatches.',
  },
  {
    name: 'medianTimeToAppointment',
    unit: 'duration',
    definition: "Median time from sending to the start of the dispatch's appointment (the last one agreed), over dispatches with an appointment.",
  },
  {
    name: 'medianTimeToCompletion',
    unit: 'duration',
    definition: 'Median time from sending to the work reported done, over completed dispatches.',
  },
  {
    name: 'remindersPerDispatch',
    unit: 'number',
    definition: "Reminders sent per dispatch (the automation's and the manager's, counted in the history), the mean over every dispatch.",
  },
  {
    name: 'checkIns',
    unit: 'count',
    definition: `Dispatches whose presence was checked (the contractor's first answer to the check-in, or the manager's entry of it). On time: that first answer is "on site", given at or before the appointment's start plus ${CHECK_IN_GRACE_MINUTES} minutes; "late", "postpone" and "cannot come" are not on time.`,
  },
  {
    name: 'quotes',
    unit: 'count',
    definition: 'Dispatches on which the contractor sent a quote, and of those, the quotes retained (accepted by the manager, approved by the approver, or confirmed).',
  },
  {
    name: 'invoiced',
    unit: 'money',
    definition: "Sum of the invoices of those dispatches (each dispatch's last invoice amount), in the agency's currency, and how many.",
  },
  {
    name: 'feedback',
    unit: 'count',
    definition: "Residents' ratings (good, fair, bad) given on the tickets where the contractor accepted a dispatch of the period; a ticket counts once even with several dispatches.",
  },
] as const satisfies readonly { name: string; unit: ScorecardUnit; definition: string }[];

export type ScorecardFigureName = (typeof SCORECARD_FIGURES)[number]['name'];

/** The largest number of contractors one batch call answers for (the picker's options shown). */
export const MAX_SCORECARD_BATCH = 50;
/** The longest period a scorecard covers. */
export const MAX_SCORECARD_DAYS = 366 * 5;
