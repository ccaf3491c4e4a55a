import { SAMPLE_BUCKETS, unitDraw } from '../../shared/keys.ts';
import type { Quota } from '../../shared/entities/survey.ts';

/**
 * Sampling, pure. Each customer with gas on sits in its region and class's sampling frame under a
 * hash bucket (0…SAMPLE_BUCKETS-1; shared/entities/customer.ts). A period samples a contiguous run
 * of buckets of width `rate × SAMPLE_BUCKETS`, starting where a hash of the campaign and the period
 * puts it: the share asked for, different customers each period, the same ones on every rerun —
 * and the job reads only the frame entries it samples, never the archive.
 */
export type BucketRange = readonly [from: number, to: number];

/** The bucket ranges (from inclusive, to exclusive) a period samples; two when the run wraps past the last bucket. */
export function bucketRanges(campaignId: string, period: string, rate: number): BucketRange[] {
  const width = Math.min(SAMPLE_BUCKETS, Math.max(1, Math.round(rate * SAMPLE_BUCKETS)));
  if (width === SAMPLE_BUCKETS) return [[0, SAMPLE_BUCKETS]];
  const start = Math.floor(unitDraw(`${campaignId}#${period}`) * SAMPLE_BUCKETS);
  const end = start + width;
  return end <= SAMPLE_BUCKETS ? [[start, end]] : [[start, SAMPLE_BUCKETS], [0, end - SAMPLE_BUCKETS]];
}

/** Whether an event campaign invites after this triggering event: a stable draw below its rate. */
export const eventDrawn = (campaignId: string, subjectId: string, rate: number): boolean => rate >= 1 || unitDraw(`${campaignId}#${subjectId}`) < rate;

/** Invitations counted per quota (by its index in the campaign's list). */
export type QuotaCounts = number[];

const matches = (q: Quota, c: { regionId: string; class: string }) => (q.regionId === undefined || q.regionId === c.regionId) && (q.class === undefined || q.class === c.class);

/** Whether one more invitation of this region and class stays within every quota it falls under. */
export const withinQuotas = (quotas: readonly Quota[], counts: QuotaCounts, c: { regionId: string; class: string }): boolean =>
  quotas.every((q, i) => !matches(q, c) || (counts[i] ?? 0) < q.max);

/** The counts after `n` (default one) more invitations of this region and class. */
export const countQuotas = (quotas: readonly Quota[], counts: QuotaCounts, c: { regionId: string; class: string }, n = 1): QuotaCounts =>
  quotas.map((q, i) => (counts[i] ?? 0) + (matches(q, c) ? n : 0));

/** Whether a customer last invited at `lastInvitedAt` is inside the skip window of `skipDays` before `at`. */
export const withinSkipWindow = (lastInvitedAt: string | undefined, at: Date, skipDays: number): boolean =>
  lastInvitedAt !== undefined && skipDays > 0 && Date.parse(lastInvitedAt) > at.getTime() - skipDays * 86_400_000;
