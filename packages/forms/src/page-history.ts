/**
 * The steps flow's pages as entries in the browser's history, for a form
 * that asks for it, so that the browser's Back and Forward move between its
 * pages as they do between the pages of a GOV.UK service. The address stays
 * as it is, and the portal's own state in an entry is kept beside the form's.
 * An entry without the form's key belongs to someone else and is left alone.
 */
export class PageHistory {
  private marked = false;

  constructor(
    private readonly key: () => string,
    private readonly show: (page: string) => void,
  ) {}

  connect(): void {
    window.addEventListener('popstate', this.onPop);
  }

  disconnect(): void {
    window.removeEventListener('popstate', this.onPop);
  }

  /** A new entry for the page; the first also marks the entry the form started on, so that Back returns to it. */
  push(page: string, current: string): void {
    if (!this.marked) {
      history.replaceState({ ...stateOf(history.state), [this.key()]: current }, '');
      this.marked = true;
    }
    history.pushState({ ...stateOf(history.state), [this.key()]: page }, '');
  }

  private readonly onPop = (event: PopStateEvent): void => {
    const page = stateOf(event.state)[this.key()];
    if (typeof page === 'string') this.show(page);
  };
}

function stateOf(state: unknown): Readonly<Record<string, unknown>> {
  return state !== null && typeof state === 'object' && !Array.isArray(state) ? (state as Record<string, unknown>) : {};
}
