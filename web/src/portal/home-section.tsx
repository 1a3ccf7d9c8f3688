// A section of the portal's home page: a heading, a link to the tool's own page, what it shows.
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** A section of the home page: a heading, a link to the tool's own page, and what it shows. */
export function HomeSection({ id, title, href, link, children }: { id: string; title: string; href: string; link: string; children: ReactNode }) {
  return (
    <section className="stack-sm" aria-labelledby={id}>
      <div className="row-between">
        <h2 id={id} className="h4">
          {title}
        </h2>
        <Link href={href} className="link sm">
          {link}
        </Link>
      </div>
      {children}
    </section>
  );
}
