// The wall's posts as cards linking to their page: an urgent one pinned on top, marked, with the
// day it is pinned until; the author (the agency, or a neighbour by the name they chose), the
// day, the first words, likes and comments.
import { Link } from 'wouter';
import { useTranslation } from '../light/light-i18n.ts';
import { Icon } from './icons.tsx';
import { usePortalFormat } from './portal-format.ts';
import type { PortalNewsItem } from './portal-api.ts';

export function NewsCards({ items, testId }: { items: readonly PortalNewsItem[]; testId?: string }) {
  const { t } = useTranslation();
  const format = usePortalFormat();
  return (
    <ul className="plain-list stack-xs" data-testid={testId}>
      {items.map((post) => (
        <li key={post.id}>
          <Link href={`/news/${post.id}`} className={`card p-ticket-card${post.pinned ? ' marked marked-orange' : ''}`} data-news={post.id} data-pinned={post.pinned ? 'true' : undefined}>
            {post.pinned && (
              <span className="sm strong p-news-pinned">
                <Icon name="pin" size={16} /> {post.endsAt ? t('news.portal.pinnedUntil', { date: format.date(post.endsAt) }) : t('news.portal.pinned')}
              </span>
            )}
            <span className="strong wrap">{post.title}</span>
            {post.excerpt && <span className="sm wrap">{post.excerpt}</span>}
            <span className="sm dimmed">
              {t('news.portal.byline', { name: post.author.name, date: format.date(post.publishedAt) })}
              {post.likesAllowed && ` · ${t('news.portal.likes', { count: post.likeCount })}`}
              {post.commentsAllowed && ` · ${t('news.portal.comments', { count: post.commentCount })}`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
