/**
 * Runs tasks with a global concurrency limit and a per-host limit. A host at its limit
 * never blocks the queue: the next task for another host starts instead, so a list
 * sorted host by host still fills every global slot and never floods one server.
 */

export interface SchedulerOptions {
  concurrency: number;
  perHost: number;
}

/** Runs `work` for every item; resolves with results in input order. */
export function runScheduled<T, R>(items: readonly T[], hostOf: (item: T) => string, work: (item: T) => Promise<R>, options: SchedulerOptions): Promise<R[]> {
  const results = new Array<R>(items.length);
  // Pending indexes per host, and hosts in first-seen order, so picking is O(hosts) not O(items).
  const queues = new Map<string, number[]>();
  items.forEach((item, i) => {
    const host = hostOf(item);
    const queue = queues.get(host);
    if (queue) queue.push(i);
    else queues.set(host, [i]);
  });
  const active = new Map<string, number>();
  let running = 0;
  let remaining = items.length;

  return new Promise((resolve, reject) => {
    if (remaining === 0) return resolve(results);
    const next = (): void => {
      for (const [host, queue] of queues) {
        if (running >= options.concurrency) return;
        while (queue.length > 0 && (active.get(host) ?? 0) < options.perHost && running < options.concurrency) {
          start(host, queue.shift()!);
        }
        if (queue.length === 0) queues.delete(host);
      }
    };
    const start = (host: string, index: number) => {
      running++;
      active.set(host, (active.get(host) ?? 0) + 1);
      work(items[index]!).then(
        (result) => {
          results[index] = result;
          running--;
          active.set(host, active.get(host)! - 1);
          if (--remaining === 0) resolve(results);
          else next();
        },
        reject,
      );
    };
    next();
  });
}
