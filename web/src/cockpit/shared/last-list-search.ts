// The list's last query string, so that "back to the list" from a ticket returns to the same
// search and filters (the seed's 2.1 novelty), even after reloading the ticket.
const KEY = 'gardien.lastListSearch';

export function rememberListSearch(search: string): void {
  try {
    sessionStorage.setItem(KEY, search);
  } catch {
    // storage disabled: the link then goes to the default list
  }
}

/** The list's address as the user left it. */
export function lastListHref(): string {
  try {
    const search = sessionStorage.getItem(KEY);
    return search ? `/?${search}` : '/';
  } catch {
    return '/';
  }
}
