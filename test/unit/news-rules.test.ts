// The news wall's rules (src/domain/community/news.ts): the state words staff read, when a post
// is on the wall and pinned, the times an urgent post needs, reports that hide, the settings in
// force, and the names neighbours read.
import { describe, expect, it } from 'vitest';
import { newsSettingsOf, newsState, newsTimesProblem, onWall, reportsHide, residentDisplayName, shortText, type PostTimes } from '../../src/domain/community/news.ts';

const now = new Date('2026-06-01T10:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const post = (fields: Partial<PostTimes>): PostTimes => ({ kind: 'info', publishAt: hours(-1), endsAt: null, hiddenAt: null, removedAt: null, ...fields });

describe('state words', () => {
  it.each([
    ['a post without a publication time', post({ publishAt: null }), 'draft'],
    ['a post for later', post({ publishAt: hours(2) }), 'scheduled'],
    ['an info post published', post({}), 'published'],
    ['an urgent post before its end', post({ kind: 'urgent', endsAt: hours(5) }), 'pinned'],
    ['an urgent post after its end', post({ kind: 'urgent', endsAt: hours(-0.5) }), 'ended'],
    ['an info post after its end date', post({ endsAt: now }), 'ended'],
    ['a post hidden after reports', post({ kind: 'urgent', endsAt: hours(5), hiddenAt: now }), 'hidden'],
    ['a removed post, hidden or not', post({ hiddenAt: now, removedAt: now }), 'removed'],
  ])('when it is %s, then it reads %s', (_what, given, state) => {
    expect(newsState(given, now)).toBe(state);
    expect(onWall(given, now)).toBe(state === 'published' || state === 'pinned');
  });
});

describe('times and reports', () => {
  it('when an urgent post has no end date, or an end before its publication, then it is refused', () => {
    expect(newsTimesProblem({ kind: 'urgent', publishAt: null, endsAt: null }, now)?.field).toBe('endsAt');
    expect(newsTimesProblem({ kind: 'info', publishAt: hours(3), endsAt: hours(2) }, now)?.field).toBe('endsAt');
    expect(newsTimesProblem({ kind: 'info', publishAt: null, endsAt: null }, now)).toBeNull();
    expect(newsTimesProblem({ kind: 'urgent', publishAt: hours(1), endsAt: hours(30) }, now)).toBeNull();
  });

  it('when the count reaches the agency’s threshold, then the item is hidden; settings out of range come back within 1..50', () => {
    expect(newsSettingsOf(undefined)).toEqual({ residentsMayPost: false, reportsToHide: 3 });
    expect(reportsHide(2, newsSettingsOf(undefined))).toBe(false);
    expect(reportsHide(3, newsSettingsOf(undefined))).toBe(true);
    expect(newsSettingsOf({ reportsToHide: 0 }).reportsToHide).toBe(1);
    expect(newsSettingsOf({ reportsToHide: 99, residentsMayPost: true })).toEqual({ residentsMayPost: true, reportsToHide: 50 });
  });
});

describe('names and texts', () => {
  it('when a resident chose first name and initial (the default), then neighbours read it; full, the whole name', () => {
    expect(residentDisplayName('Sarah Cohen', undefined)).toBe('Sarah C.');
    expect(residentDisplayName('Jean-Pierre  Durand', 'first_initial')).toBe('Jean-Pierre D.');
    expect(residentDisplayName('Hélène de la Rousseau', 'first_initial')).toBe('Hélène R.');
    expect(residentDisplayName('émile zola', 'first_initial')).toBe('émile Z.');
    expect(residentDisplayName('Cher', 'first_initial')).toBe('Cher');
    expect(residentDisplayName(' Sarah Cohen ', 'full')).toBe('Sarah Cohen');
  });

  it('when a post goes by email, then its short text is the body as text, cut with an ellipsis', () => {
    expect(shortText('<p>Eau <b>coupée</b> &amp; gaz</p><p>demain</p>')).toBe('Eau coupée & gaz demain');
    expect(shortText(`<p>${'a'.repeat(400)}</p>`, 10)).toBe('aaaaaaaaa…');
  });
});
