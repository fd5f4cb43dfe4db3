// The emulator's clock: wall time plus an offset that tests move forward (advanceClock) to expire access tokens,
// authorization tokens and the legacy 15-minute window without waiting.
export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** `YYYY-MM-DDThh:mm:ss.SSSZ`, the format both APIs use. */
  iso(ms: number = this.now()): string {
    return new Date(ms).toISOString();
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new TypeError('advanceMs must be a number >= 0');
    this.offsetMs += ms;
  }
}
