// What the browser remembers of the guided tour: offered once (at the first sign-in), then done
// once finished or skipped. Kept in localStorage, like the interface language.
const KEY = 'gardien.tour';

export type TourMemory = 'offered' | 'done' | undefined;

export function tourMemory(): TourMemory {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'offered' || value === 'done' ? value : undefined;
  } catch {
    return 'offered'; // storage disabled: never insist
  }
}

export function rememberTour(value: Exclude<TourMemory, undefined>): void {
  try {
    localStorage.setItem(KEY, value);
  } catch {
    // the tour is then offered again next time
  }
}
