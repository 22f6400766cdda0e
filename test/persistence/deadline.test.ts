import { BudgetSpentError, Deadline } from '../../lambda/persistence/deadline';
import type { StoreCallOptions } from '../../lambda/persistence/port';

test('a call that settles at once answers, and its failure is the caller’s', async () => {
  const deadline = Deadline.after(1000);
  await expect(deadline.run(async () => 'stored')).resolves.toBe('stored');
  await expect(
    deadline.run(async () => {
      throw new Error('conflict');
    }),
  ).rejects.toThrow('conflict');
});

test('a call that never settles is given up when the budget is spent, and its signal aborts', async () => {
  const deadline = Deadline.after(20);
  let seen: AbortSignal | undefined;
  const hanging = (options: StoreCallOptions) => {
    seen = options.signal;
    return new Promise<never>(() => {});
  };
  await expect(deadline.run(hanging)).rejects.toBeInstanceOf(BudgetSpentError);
  expect(seen?.aborted).toBe(true);
  expect(seen?.reason).toBeInstanceOf(BudgetSpentError);
});

test('a slow call that ignores the signal is given up too', async () => {
  const deadline = Deadline.after(20);
  await expect(deadline.run(() => new Promise<never>(() => {}))).rejects.toBeInstanceOf(BudgetSpentError);
});

test('a call that answers after a wait, within the budget, answers', async () => {
  const deadline = Deadline.after(5000);
  await expect(deadline.run(() => new Promise((resolve) => setImmediate(() => resolve('late'))))).resolves.toBe('late');
});

test('no call starts with less than its minimum left', async () => {
  const deadline = Deadline.after(100);
  const work = jest.fn(async () => 'x');
  await expect(deadline.run(work, 250)).rejects.toBeInstanceOf(BudgetSpentError);
  expect(work).not.toHaveBeenCalled();
});
