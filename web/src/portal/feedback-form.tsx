// The requester's opinion once the work is done: good, fair or bad as three big buttons, a reason
// from a short list, a comment; once given, it is shown instead of the form.
import { useState, type FormEvent } from 'react';
import { Alert, Button } from '../light/controls.tsx';
import { NativeSelect, TextArea } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { Icon } from './icons.tsx';
import { errorText } from './portal-errors.ts';
import { FEEDBACK_RATINGS, FEEDBACK_REASONS, portalApi, type FeedbackRating, type PortalFeedback } from './portal-api.ts';
import { ReadOnly } from './preview-banner.tsx';

const COMMENT_MAX = 2000;

export function FeedbackGiven({ feedback }: { feedback: PortalFeedback }) {
  const { t } = useTranslation();
  return (
    <div className="stack-xs" data-testid="portal-feedback-given">
      <p className="row strong">
        <Icon name={feedback.rating} size={24} />
        {t(`portal.feedback.ratings.${feedback.rating}`)}
      </p>
      {feedback.reason && <p>{t(`portal.feedback.reasons.${feedback.reason}`, { defaultValue: feedback.reason })}</p>}
      {feedback.comment && <p className="pre-line wrap dimmed">{feedback.comment}</p>}
      <p className="sm">{t('portal.feedback.thanks')}</p>
    </div>
  );
}

export function FeedbackForm({ number, onGiven }: { number: number; onGiven: () => void }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<FeedbackRating>();
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!rating) return setError(t('portal.feedback.ratingRequired'));
    if (comment.trim().length > COMMENT_MAX) return setProblem(t('portal.errors.tooLong', { max: COMMENT_MAX }));
    setSending(true);
    setProblem(undefined);
    try {
      await portalApi.giveFeedback(number, { rating, ...(reason ? { reason } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) });
      onGiven();
    } catch (failure) {
      setProblem(errorText(t, failure));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="stack-sm" noValidate onSubmit={(event) => void submit(event)}>
      <ReadOnly>
        <div className="stack-sm">
          <fieldset className="p-fieldset">
            <legend className="field-label">{t('portal.feedback.question')}</legend>
            <div className="p-ratings" role="group">
              {FEEDBACK_RATINGS.map((value) => (
                <button
                  key={value}
                  type="button"
                  className={`p-rating p-rating-${value}`}
                  aria-pressed={rating === value}
                  onClick={() => (setRating(value), setError(undefined))}
                >
                  <Icon name={value} size={32} />
                  <span>{t(`portal.feedback.ratings.${value}`)}</span>
                </button>
              ))}
            </div>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
          </fieldset>
          <NativeSelect label={t('portal.feedback.reason')} value={reason} onChange={setReason}>
            <option value="">{t('portal.feedback.chooseReason')}</option>
            {FEEDBACK_REASONS.map((value) => (
              <option key={value} value={value}>
                {t(`portal.feedback.reasons.${value}`)}
              </option>
            ))}
          </NativeSelect>
          <TextArea label={t('portal.feedback.comment')} value={comment} onChange={setComment} />
          {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
          <Button type="submit" size="lg" fullWidth loading={sending}>
            {t('portal.feedback.submit')}
          </Button>
        </div>
      </ReadOnly>
    </form>
  );
}
