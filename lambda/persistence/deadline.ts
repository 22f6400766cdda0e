/** Thrown when a store call would outlast the request's time budget: the answer goes on without it. */
export class BudgetSpentError extends Error {
  constructor() {
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
   * `minimumMs` left: a write cut off mid-flight may still land, and the caller could not tell.
   */
  async run<T>(work: (signal: AbortSignal) => Promise<T>, minimumMs = 0): Promise<T> {
    const remaining = this.remainingMs;
    if (remaining <= minimumMs) throw new BudgetSpentError();
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const spent = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort(new BudgetSpentError());
        reject(new BudgetSpentError());
      }, remaining);
    });
    try {
      return await Promise.race([work(controller.signal), spent]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Waits `ms`, or until the budget is spent if that comes first. */
  sleep(ms: number): Promise<void> {
    const wait = Math.min(ms, this.remainingMs);
    return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
  }
}
