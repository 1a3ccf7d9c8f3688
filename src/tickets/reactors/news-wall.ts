// Reactor: a ticket or incident whose updates a post of the news wall carries (a post created
// from its page, news_posts.ticket_id) — each update sent to its requesters (incident_update_sent)
// is added under that post as the agency's comment, in the change's transaction. Nothing is
// recorded on the ticket: the wall is not one of its parties.
import { postsOfTicket } from '../../db/repositories/news.ts';
import { insertComment } from '../../db/repositories/news-reactions.ts';
import { NEWS_COMMENT_MAX } from '../../domain/community/news.ts';
import type { Reactor } from '../ticket-change.ts';

export const newsWallReactor: Reactor = {
  name: 'news-wall',
  async react(db, _ctx, changes) {
    for (const change of changes) {
      const updates = change.events.filter((e) => e.type === 'incident_update_sent');
      if (updates.length === 0) continue;
      const posts = await postsOfTicket(db, change.ticket.id);
      const authorUserId = change.acting.user?.userId ?? null;
      for (const post of posts) {
        for (const event of updates) {
          const body = String((event.payload as { message?: unknown }).message ?? '').trim().slice(0, NEWS_COMMENT_MAX);
          if (body) await insertComment(db, { organizationId: post.organizationId, postId: post.id, authorUserId, body, createdAt: change.now });
        }
      }
    }
  },
};
