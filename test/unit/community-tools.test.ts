// The tools' switches as stored (domain/community/tools.ts): off with their default roles until
// switched, one tool's switch not touching the others, and the staff check's two refusals.
import { describe, expect, it } from 'vitest';
import { assertResidentTool, assertStaffTool, communityToolsOf, toolAllowed } from '../../src/domain/community/tools.ts';
import { anyWordQuery, searchQuery } from '../../src/domain/search-text.ts';

describe('the tools’ switches', () => {
  it('when nothing is stored, then every tool is off with managers and assistants as its roles', () => {
    const tools = communityToolsOf(undefined);
    expect(tools.articles).toEqual({ enabled: false, roles: ['manager', 'assistant'] });
    expect(tools.news.enabled).toBe(false);
    expect(tools.documents.enabled).toBe(false);
  });

  it('when articles are switched on for managers, then a manager uses them, an assistant is refused 403 and with the tool off everyone gets 404', () => {
    const tools = communityToolsOf({ articles: { enabled: true, roles: ['manager', 'no_such_role' as never] } });
    expect(tools.articles.roles).toEqual(['manager']);
    expect(toolAllowed(tools, 'articles', ['manager'])).toBe(true);
    expect(() => assertStaffTool(tools, 'articles', ['assistant'])).toThrow(expect.objectContaining({ code: 'tool_not_allowed' }));
    expect(() => assertStaffTool(tools, 'news', ['manager'])).toThrow(expect.objectContaining({ code: 'tool_off' }));
    expect(() => assertResidentTool(tools, 'news')).toThrow(expect.objectContaining({ code: 'tool_off' }));
    expect(() => assertResidentTool(tools, 'articles')).not.toThrow();
  });
});

describe('search words', () => {
  it('when a resident describes a problem, then any of the words is asked for, accents folded, the last one as a prefix', () => {
    expect(anyWordQuery('Dégât au 2e')).toBe('degat | au | 2e');
    expect(anyWordQuery('radiateur froid')).toBe('radiateur | froid:*');
    expect(anyWordQuery('  ?! ')).toBeUndefined();
    expect(searchQuery('Dégât eaux')).toBe('degat & eaux:*');
  });
});
