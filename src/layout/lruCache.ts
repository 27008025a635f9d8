/** A tiny least-recently-used map with a fixed capacity. */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #capacity: number;

  /** @param capacity - entries kept at most (0 keeps nothing). */
  constructor(capacity: number) {
    this.#capacity = Math.max(0, Math.floor(capacity));
  }

  /** The value for `key` (and marks it most recently used), or undefined. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Stores `value` as the most recently used entry, evicting the oldest beyond capacity. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    if (this.#capacity === 0) return;
    this.#entries.set(key, value);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  /** Number of entries held. */
  get size(): number {
    return this.#entries.size;
  }
}
