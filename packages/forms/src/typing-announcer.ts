/** How long typing must pause before what it changed is said: a keystroke or two apart is one change. */
export const TYPING_PAUSE_MS = 750;

/**
 * What a run of keystrokes changed, said once the typing pauses, as DKFDS's character limit and GOV.UK's character
 * count wait. Typed "10", a score is first Lille and then Stor; said at each keystroke, a screen reader would read
 * both, the first one wrong. The change is judged from the draft before the first keystroke to the draft at the pause.
 */
export class TypingAnnouncer<D> {
  private before: D | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly say: (text: string) => void) {}

  /** A keystroke; `current` reads the draft at the pause, `announce` words what changed since the run began. */
  typed(before: D, current: () => D, announce: (before: D, after: D) => string): void {
    this.before ??= before;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const from = this.before as D;
      this.before = undefined;
      this.say(announce(from, current()));
    }, TYPING_PAUSE_MS);
  }

  /** Anything else that happens ends the run unsaid: the page or the answers it was about have moved on. */
  cancel(): void {
    clearTimeout(this.timer);
    this.before = undefined;
  }
}
