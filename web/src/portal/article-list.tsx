// Articles as links to their page, for "Infos pratiques", the home page and the suggestions of
// the request form ("Avant de demander…").
import { Link } from 'wouter';
import type { PortalArticleItem } from './portal-api.ts';

export function ArticleLinks({ items, testId }: { items: readonly PortalArticleItem[]; testId?: string }) {
  return (
    <ul className="plain-list stack-xs" data-testid={testId}>
      {items.map((article) => (
        <li key={article.id}>
          <Link href={`/articles/${article.id}`} className="card p-ticket-card" data-article={article.id}>
            <span className="strong wrap">{article.title}</span>
            {article.excerpt && <span className="sm dimmed wrap">{article.excerpt}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
