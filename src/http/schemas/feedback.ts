// The requester's feedback on a resolved ticket, as answered to the portal and the staff ticket page.
import { Type } from '@sinclair/typebox';

export const FeedbackAnswer = Type.Object({
  rating: Type.String({ description: 'good | fair | bad' }),
  reason: Type.Union([Type.String(), Type.Null()]),
  comment: Type.Union([Type.String(), Type.Null()]),
  at: Type.String({ description: 'When it was given (ISO 8601)' }),
});
