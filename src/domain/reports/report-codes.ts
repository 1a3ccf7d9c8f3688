// The codes of DOMAIN.md §14's reports: what a report per building may hold (each item chosen or
// not, the seed's "Rapport"), and the grain of the activity's time series.

/** The figures a report per building can hold, in the order the report shows them. */
export const REPORT_ITEMS = ['ticketCount', 'totalAmount', 'interventionsPerContractor', 'interventionDuration', 'amountPerContractor'] as const;
export type ReportItem = (typeof REPORT_ITEMS)[number];

/** The activity's series: tickets counted by week or by month. */
export const ACTIVITY_GRAINS = ['week', 'month'] as const;
export type ActivityGrain = (typeof ACTIVITY_GRAINS)[number];

/** What the activity's counts can be broken down by. */
export const ACTIVITY_DIMENSIONS = ['status', 'category', 'property', 'source', 'assignee'] as const;
export type ActivityDimension = (typeof ACTIVITY_DIMENSIONS)[number];
