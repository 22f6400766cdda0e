import type { StoreCallOptions } from './port';

/** Thrown when a store call would outlast the request's time budget: the answer goes on without it. */
export class BudgetSpentError extends Error {
  constructor(
    /** True when the call had started and was cut off (a write may still land); false when it never started. */
    readonly inFlight = false,
  ) {
    super('the time budget for this answer is spent');
    this.name = 'BudgetSpentError';
  }
}

/**
 * One time budget per request for everything the store does (read, writes, merge retries), so the
 * answer comes within a bound whatever the store does. Store calls run with an AbortSignal that fires
 * when the budget is spent (the AWS SDK cancels the HTTP request), and the caller stops waiting then
 * even if a call ignores the signal.
 */
export class Deadline {
  constructor(
    /** performance.now() value at which the budget is spent. */
    readonly at: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  static after(ms: number, clock: () => number = () => performance.now()): Deadline {
    return new Deadline(clock() + ms, clock);
  }

  get remainingMs(): number {
    return Math.max(0, this.at - this.clock());
  }

  /**
   * Runs a store call, cut off when the budget is spent. A call is not started with less than
   * `minimumMs` left: a write cut off mid-flight may still land, and only a later read can tell.
   * The AbortController and the timer exist only for a call that does not settle at once: a store
   * that answers in-process (the memory store) costs neither, and they were ~3 % of a warm turn.
   */
  async run<T>(work: (options: StoreCallOptions) => Promise<T>, minimumMs = 0): Promise<T> {
    if (this.remainingMs <= minimumMs) throw new BudgetSpentError();
    const budget = new CallBudget(this);
    try {
      const call = work(budget.options);
      // A call already settled has its reaction queued before this function resumes from the await
      // below: then there is nothing to wait for, and no timer (a flag, not Promise.race: 0.3 vs 1.7 µs).
      let settled = 'no' as 'no' | 'fulfilled' | 'rejected';
      let outcome: unknown;
      call.then(
        (value) => {
          settled = 'fulfilled';
          outcome = value;
        },
        (error: unknown) => {
          settled = 'rejected';
          outcome = error;
        },
      );
      await SETTLED;
      if (settled === 'fulfilled') return outcome as T;
      if (settled === 'rejected') throw outcome;
      return await Promise.race([call, budget.spent()]);
    } finally {
      budget.clear();
    }
  }

  /** Waits `ms`, or until the budget is spent if that comes first. */
  sleep(ms: number): Promise<void> {
    const wait = Math.min(ms, this.remainingMs);
    return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
  }
}

/** Awaited once per call: one turn of the microtask queue. */
const SETTLED = Promise.resolve();

/**
 * One store call's share of the budget, handed to the store as its call options: the signal and the
 * timer are made on first use (a store reading `signal` before it sends, or the caller starting to
 * wait for a call that has not settled).
 */
class CallBudget {
  /** An own, enumerable getter: a store that spreads or forwards its options still gets the signal. */
  readonly options: StoreCallOptions;
  private controller: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;
  private expired: Promise<never> | undefined;

  constructor(private readonly deadline: Deadline) {
    const budget = this;
    this.options = {
      get signal(): AbortSignal {
        budget.spent();
        return budget.controller!.signal;
      },
    };
  }

  spent(): Promise<never> {
    this.expired ??= new Promise<never>((_, reject) => {
      this.controller ??= new AbortController();
      this.timer = setTimeout(() => {
        this.controller!.abort(new BudgetSpentError(true));
        reject(new BudgetSpentError(true));
      }, this.deadline.remainingMs);
    });
    return this.expired;
  }

  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
  }
}
