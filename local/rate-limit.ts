/**
 * Local stand-in for API Gateway usage-plan throttling: one token bucket per usage identifier
 * (an API key, a console user). `take` returns 0 when the request may pass, otherwise the seconds
 * to wait. An API key's bucket fills at its tier's rate (`limits`), others' at the constructor's.
 */
export class TokenBuckets {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
  ) {}

  take(id: string, now = Date.now(), limits?: { ratePerSecond: number; burst: number }): number {
    const ratePerSecond = limits?.ratePerSecond ?? this.ratePerSecond;
    const burst = limits?.burst ?? this.burst;
    const bucket = this.buckets.get(id) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * ratePerSecond);
    bucket.at = now;
    this.buckets.set(id, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / ratePerSecond);
  }
}
