// On a ticket's or incident's page, for users of the news wall: "Publier sur le mur" opens a new
// post tied to the ticket (for its building; its incident updates come under it as the agency's
// comments), or "Voir sur le mur" once one exists.
import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../api.ts';
import { useSession } from '../session.ts';
import { useToolAllowed } from './community-tools.ts';
import type { NewsPost } from './news-types.ts';

function Linked({ number }: { number: number }) {
  const { t } = useTranslation();
  const posts = useQuery({ queryKey: ['news', 'ticket', number], queryFn: () => api.get<{ items: NewsPost[] }>(`/api/v1/news?ticketNumber=${number}&limit=1`) });
  if (!posts.data) return null;
  const post = posts.data.items[0];
  return (
    <Group gap="xs" data-testid="ticket-news">
      <IconSpeakerphone size={16} aria-hidden="true" />
      {post ? (
        <Text size="sm">
          {t('news.ticket.posted')}{' '}
          <Anchor component={Link} href={`/news/${post.id}`}>{post.title}</Anchor>
        </Text>
      ) : (
        <Button size="xs" variant="default" component={Link} href={`/news/new?ticket=${number}`}>{t('news.ticket.publish')}</Button>
      )}
    </Group>
  );
}

export function NewsTicketLink({ number }: { number: number }) {
  const session = useSession();
  const allowed = useToolAllowed('news', session.data?.user.roles ?? []);
  return allowed ? <Linked number={number} /> : null;
}
