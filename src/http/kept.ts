/**
 * The value `cache` holds for `key`, or the one `make` gives, then kept: `cache` holds at most
 * `max` values and drops the one kept first when full. For values that depend on the key alone.
 */
export function kept<K, V>(cache: Map<K, V>, key: K, max: number, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
  }
  return value;
}
