import { inThisRequest } from "@/lib/net/shared-work";

/**
 * A bounded in-process cache of computed results keyed by (data version, key).
 * A write on any server changes the version, so an entry of an older version
 * is never served again; it is dropped as soon as a newer version is seen.
 * Bounded by entries and by an estimate of bytes, least recently used first.
 * Concurrent misses of one key share one computation; each request awaiting
 * it marks a database outage on itself, so all of them answer 503, not 500.
 */
export type ResultCacheOptions = { maxEntries: number; maxBytes: number };

type Entry = { value: unknown; bytes: number };

/** Versions are `epoch.counter`: a new epoch (a fresh database) always counts as newer. */
export function compareVersions(a: string, b: string | null): number {
  if (b === null) return 1;
  const [epochA, countA] = a.split(".");
  const [epochB, countB] = b.split(".");
  if (epochA !== epochB) return a === b ? 0 : 1;
  return Math.sign(Number(countA) - Number(countB));
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private version: string | null = null;
  private bytes = 0;

  constructor(private readonly options: ResultCacheOptions) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * The cached value for `key` at `version`, else `compute()` stored with the
   * size `sizeOf` gives (in bytes, roughly; a value larger than the whole cache
   * is returned but not kept).
   */
  async get<T>(
    version: string,
    key: string,
    compute: () => Promise<T>,
    sizeOf: (value: T) => number,
  ): Promise<T> {
    const order = compareVersions(version, this.version);
    // A request that read the version just before a write finished: answer it, keep nothing.
    if (order < 0) return compute();
    if (order > 0) this.reset(version);
    const full = `${version}\u0000${key}`;
    const hit = this.entries.get(full);
    if (hit) {
      // Re-inserting moves the entry to the end: Map iteration order is the LRU order.
      this.entries.delete(full);
      this.entries.set(full, hit);
      return hit.value as T;
    }
    const running = this.pending.get(full);
    if (running) return inThisRequest(running as Promise<T>);
    const computing = compute().then((value) => {
      if (this.version === version) this.store(full, value, sizeOf(value));
      return value;
    });
    this.pending.set(full, computing);
    try {
      return await inThisRequest(computing);
    } finally {
      this.pending.delete(full);
    }
  }

  private reset(version: string) {
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
    this.version = version;
  }

  private store(key: string, value: unknown, bytes: number) {
    if (bytes > this.options.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}
