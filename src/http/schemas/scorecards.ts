// Contractors' scorecards as answered (GET /contractors/{id}/scorecard, /contractors/scorecards).
import { Type } from '@sinclair/typebox';
import { DateOnly } from './common.ts';

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const Count = Type.Integer({ minimum: 0 });

export const ScorecardPeriodQuery = {
  from: Type.Optional(Type.String({ maxLength: 10, description: 'First day, YYYY-MM-DD (default: a year before `to`)' })),
  to: Type.Optional(Type.String({ maxLength: 10, description: "Last day included, YYYY-MM-DD (default: today in the agency's time zone)" })),
};

export const Scorecard = Type.Object({
  contractor: Type.Object({ id: Type.String(), name: Type.String() }),
  dispatches: Type.Object({ total: Count, workOrders: Count, quoteRequests: Count }),
  accepted: Type.Object({ count: Count, share: NullableNumber }),
  medianSeconds: Type.Object({ toAccept: NullableNumber, toAppointment: NullableNumber, toCompletion: NullableNumber }),
  remindersPerDispatch: NullableNumber,
  checkIns: Type.Object({ recorded: Count, onTime: Count, onTimeShare: NullableNumber }),
  quotes: Type.Object({ sent: Count, retained: Count }),
  invoiced: Type.Object({ count: Count, amountCents: Type.Integer() }),
  feedback: Type.Object({ good: Count, fair: Count, bad: Count }),
});

const Period = Type.Object({ from: DateOnly, to: DateOnly });

export const ScorecardAnswer = Type.Object({ period: Period, currency: Type.String(), scorecard: Scorecard });
export const ScorecardsAnswer = Type.Object({ period: Period, currency: Type.String(), items: Type.Array(Scorecard) });
