/**
 * Hybrid logical clock (Kulkarni et al.; the scheme Actual Budget syncs with). A timestamp is
 * wall-clock milliseconds, a counter for events within the same millisecond (or while the wall
 * clock is behind the last seen time), and the device id that breaks ties. Its string form sorts
 * in causal order, so SQLite compares clocks with plain text comparison.
 */
export interface HlcState {
  millis: number;
  counter: number;
}

const MILLIS_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
/** A remote clock further ahead than this is refused: a laptop set to 2031 must not win every edit forever. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export class ClockDriftError extends Error {
  constructor() {
    super('clock drift');
    this.name = 'ClockDriftError';
  }
}

export function formatHlc(state: HlcState, deviceId: string): string {
  return `${String(state.millis).padStart(MILLIS_DIGITS, '0')}-${String(state.counter).padStart(COUNTER_DIGITS, '0')}-${deviceId}`;
}

export function parseHlc(value: string): HlcState & { deviceId: string } {
  const match = /^(\d{15})-(\d{5})-([0-9a-f]{16})$/.exec(value);
  if (!match) throw new Error('malformed clock');
  return { millis: Number(match[1]), counter: Number(match[2]), deviceId: match[3] ?? '' };
}

export class HybridLogicalClock {
  private state: HlcState;
  readonly deviceId: string;
  private readonly wallClock: () => number;

  constructor(deviceId: string, initial: HlcState = { millis: 0, counter: 0 }, wallClock: () => number = Date.now) {
    this.deviceId = deviceId;
    this.state = { ...initial };
    this.wallClock = wallClock;
  }

  get current(): HlcState {
    return { ...this.state };
  }

  /** A fresh timestamp for a local change, greater than every timestamp seen so far. */
  now(): string {
    const wall = this.wallClock();
    if (wall > this.state.millis) this.state = { millis: wall, counter: 0 };
    else this.bumpCounter();
    return formatHlc(this.state, this.deviceId);
  }

  /** Moves the clock past a timestamp received from another device. */
  receive(remote: string): void {
    const { millis, counter } = parseHlc(remote);
    const wall = this.wallClock();
    if (millis - wall > MAX_DRIFT_MS) throw new ClockDriftError();
    if (millis > this.state.millis) this.state = { millis, counter };
    else if (millis === this.state.millis && counter > this.state.counter) this.state = { millis, counter };
  }

  private bumpCounter(): void {
    if (this.state.counter >= MAX_COUNTER) {
      // Borrow the next millisecond rather than overflow the counter's digits.
      this.state = { millis: this.state.millis + 1, counter: 0 };
    } else {
      this.state = { millis: this.state.millis, counter: this.state.counter + 1 };
    }
  }
}
