import { READING_SOURCES } from '../contract/readings.ts';
import type { MeterReadings, ReadingHistoryEntry } from './reading.ts';

/**
 * The meter's reading history as it is stored: one Binary attribute `history`, so the meter item
 * stays under 1 KB with 15 readings (one write unit a reading instead of two; a map of 15 entries
 * with ISO dates and ULID strings was ~1.3 KB). The VEE rules see the same `MeterReadings` as
 * before: this codec is the only place that knows the bytes. Newest first; the last reading is
 * the first entry (the pointer ingestion validates against).
 *
 * Layout: a format byte (1), then per entry:
 *   flags (bits 0–2 source, 3 billable, 4 consumption present, 5 days present, 6 purchases present, 7 id is a ULID)
 *   id: 16 bytes (a ULID) or a varint length + UTF-8 (0: none)
 *   readAt: ms since the epoch (first entry), then the time back from the entry before it
 *     (varint: 2 × zigzag seconds when whole seconds, else 2 × zigzag ms + 1)
 *   value: a number, after the first entry its difference from the one before (≈ the consumption)
 *   consumption?, days?: numbers; purchases?: a varint (a count)
 * A number of at most 3 decimals (every register value, consumption and day count is: round3) is
 * a varint of 4 × zigzag(n × 1000) — 2–4 bytes, a difference the same + 2; any other is 1 then its
 * float64. About 34 bytes a reading (an 8-digit register, monthly); the map it replaces took ~90.
 */

const FORMAT = 1;
const SOURCES = [...READING_SOURCES, 'start'] as const;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

class Writer {
  bytes: number[] = [];
  varint(n: number) {
    // Non-negative integers below 2^53 (no bit operators: they are 32-bit).
    while (n >= 128) {
      this.bytes.push((n % 128) + 128);
      n = Math.floor(n / 128);
    }
    this.bytes.push(n);
  }
  /** The ms back from the entry before: whole seconds (the usual readAt) as seconds, tagged by the low bit. */
  back(ms: number) {
    if (ms % 1000 === 0) this.varint(zig(ms / 1000) * 2);
    else this.varint(zig(ms) * 2 + 1);
  }
  /** A number: tag 0 (mod 4) a scaled integer, 1 a float64; `newer` given, tag 2 its difference from it. */
  number(n: number, newer?: number) {
    const scaled = scale(n);
    const base = newer === undefined ? null : scale(newer);
    if (scaled !== null && base !== null) return this.varint(zig(base - scaled) * 4 + 2);
    if (scaled !== null) return this.varint(zig(scaled) * 4);
    this.varint(1);
    const f = new DataView(new ArrayBuffer(8));
    f.setFloat64(0, n);
    for (let i = 0; i < 8; i++) this.bytes.push(f.getUint8(i));
  }
}

/** n × 1000 when that is an integer that gives n back (a register value, a consumption, a day count), else null. */
function scale(n: number): number | null {
  const scaled = Math.round(n * 1000);
  return Number.isSafeInteger(scaled * 16) && scaled / 1000 === n ? scaled : null;
}
const zig = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzig = (z: number) => (z % 2 ? -(z + 1) / 2 : z / 2);

class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}
  get done() {
    return this.at >= this.bytes.length;
  }
  byte(): number {
    if (this.at >= this.bytes.length) throw new Error('meter history: truncated');
    return this.bytes[this.at++]!;
  }
  varint(): number {
    let n = 0;
    for (let scale = 1; ; scale *= 128) {
      const b = this.byte();
      n += (b % 128) * scale;
      if (b < 128) return n;
    }
  }
  back(): number {
    const v = this.varint();
    return v % 2 ? unzig((v - 1) / 2) : unzig(v / 2) * 1000;
  }
  number(newer?: number): number {
    const v = this.varint();
    if (v === 1) {
      const f = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.at, 8);
      this.at += 8;
      return f.getFloat64(0);
    }
    if (v % 4 === 2) return (scale(newer!)! - unzig((v - 2) / 4)) / 1000;
    return unzig(v / 4) / 1000;
  }
}

function ulidBytes(id: string): number[] {
  let n = 0n;
  for (const c of id) n = n * 32n + BigInt(CROCKFORD.indexOf(c));
  return Array.from({ length: 16 }, (_, i) => Number((n >> BigInt(8 * (15 - i))) & 0xffn));
}

function ulidText(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  let text = '';
  for (let i = 0; i < 26; i++) {
    text = CROCKFORD[Number(n % 32n)] + text;
    n /= 32n;
  }
  return text;
}

export function encodeHistory(readings: MeterReadings): Uint8Array {
  const w = new Writer();
  w.bytes.push(FORMAT);
  let newer: number | undefined;
  let newerValue: number | undefined;
  for (const h of readings.recent) {
    const source = Math.max(0, SOURCES.indexOf(h.source));
    const ulid = h.readingId !== null && ULID.test(h.readingId);
    w.bytes.push(source + (h.billable ? 8 : 0) + (h.consumption !== null ? 16 : 0) + (h.days !== null ? 32 : 0) + (h.purchases !== undefined ? 64 : 0) + (ulid ? 128 : 0));
    if (ulid) w.bytes.push(...ulidBytes(h.readingId!));
    else {
      const text = new TextEncoder().encode(h.readingId ?? '');
      w.varint(text.length);
      w.bytes.push(...text);
    }
    const at = Date.parse(h.readAt);
    if (newer === undefined) w.varint(at);
    else w.back(newer - at);
    newer = at;
    w.number(h.value, newerValue);
    newerValue = h.value;
    if (h.consumption !== null) w.number(h.consumption);
    if (h.days !== null) w.number(h.days);
    if (h.purchases !== undefined) w.varint(h.purchases);
  }
  return Uint8Array.from(w.bytes);
}

export function decodeHistory(bytes: Uint8Array): MeterReadings | undefined {
  const r = new Reader(bytes);
  if (r.byte() !== FORMAT) throw new Error('meter history: unknown format');
  const recent: ReadingHistoryEntry[] = [];
  let newer: number | undefined;
  let newerValue: number | undefined;
  while (!r.done) {
    const flags = r.byte();
    let readingId: string | null;
    if (flags & 128) {
      readingId = ulidText(bytes.subarray(r.at, r.at + 16));
      r.at += 16;
    } else {
      const length = r.varint();
      readingId = length ? new TextDecoder().decode(bytes.subarray(r.at, r.at + length)) : null;
      r.at += length;
    }
    const at: number = newer === undefined ? r.varint() : newer - r.back();
    newer = at;
    const value = r.number(newerValue);
    newerValue = value;
    const consumption = flags & 16 ? r.number() : null;
    const days = flags & 32 ? r.number() : null;
    const purchases = flags & 64 ? r.varint() : undefined;
    recent.push({ readingId, readAt: new Date(at).toISOString(), value, consumption, days, source: SOURCES[flags & 7] ?? 'field', billable: Boolean(flags & 8), ...(purchases !== undefined ? { purchases } : {}) });
  }
  const last = recent[0];
  if (!last || last.readingId === null || last.source === 'start') return undefined;
  return { last: { readingId: last.readingId, value: last.value, readAt: last.readAt, source: last.source, ...(last.purchases !== undefined ? { purchases: last.purchases } : {}) }, recent };
}
