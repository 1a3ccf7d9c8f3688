// A post's state in words (draft, scheduled for…, published, pinned until…, ended, hidden after
// reports, removed), as the staff list and editor show it.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { NEWS_STATE_COLOURS, type NewsPost } from './news-types.ts';

export function NewsStateBadge({ post }: { post: Pick<NewsPost, 'state' | 'publishAt' | 'endsAt'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label =
    post.state === 'pinned' && post.endsAt ? t('news.stateWords.pinnedUntil', { at: format.dateTime(post.endsAt) })
      : post.state === 'scheduled' && post.publishAt ? t('news.stateWords.scheduledFor', { at: format.dateTime(post.publishAt) })
        : t(`news.states.${post.state}`);
  // Dark words on the light colour: the light variants' own text (orange, green, red) reads below 4.5:1.
  return <Badge color={NEWS_STATE_COLOURS[post.state]} variant="light" c="dark.7">{label}</Badge>;
}
