/**
 * Appends items one at a time. `target.push(...items)` passes every item as an argument and
 * overflows the call stack past about 120,000 of them, which a large catalogue's problems reach.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
