import { daysBetween, evidence, type Facts, type Finding } from './types.ts';

/**
 * `ic-card-no-purchase`: an IC-card (prepaid) meter consuming with no purchase for
 * `icCardNoPurchase.days` (since installation when it never had one): gas used without paying
 * suggests a tampered meter. A purchase count the meter reports above the previous reading's
 * means a purchase in between.
 */
export function icCardNoPurchase(f: Facts): Finding | undefined {
  const { context, reading } = f;
  if (context.meterType !== 'ic-card' || f.consumption <= 0) return undefined;
  if (reading.purchases !== undefined && context.previous.purchases !== undefined && reading.purchases > context.previous.purchases) return undefined;
  const since = context.lastPurchaseAt ?? context.installedAt;
  const days = Math.floor(daysBetween(since, reading.readAt));
  if (days < f.policy.icCardNoPurchase.days) return undefined;
  return {
    rule: 'ic-card-no-purchase',
    grade: f.policy.icCardNoPurchase.grade,
    evidence: evidence(f, `${f.consumption} m³ used with no purchase for ${days} days (${context.lastPurchaseAt ? `last ${context.lastPurchaseAt}` : 'none since installation'})`, {
      daysWithoutPurchase: days,
      lastPurchaseAt: context.lastPurchaseAt ?? null,
      cardBalanceFen: reading.cardBalanceFen ?? null,
      consumption: f.consumption,
    }),
  };
}
