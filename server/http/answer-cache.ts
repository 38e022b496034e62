/**
 * Serialized answers by entity tag, bounded by total bytes, least recently used out first.
 * Keys include the data's version, so an import makes every old entry unreachable; they age out.
 */
export class AnswerCache {
  private readonly map = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): string | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      // Refresh its place: a Map iterates in insertion order.
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, body: string): void {
    // UTF-16 length: a fair bound on memory, without encoding the body twice.
    const size = body.length * 2;
    if (size > this.maxBytes / 4) return; // one huge answer must not flush everything else
    const old = this.map.get(key);
    if (old !== undefined) {
      this.bytes -= old.length * 2;
      this.map.delete(key);
    }
    this.map.set(key, body);
    this.bytes += size;
    for (const [k, v] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= v.length * 2;
    }
  }

  get size(): number {
    return this.map.size;
  }
}
