import type { IcCardPurchase } from '../../shared/contract/customers.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { MeterService } from './meter-service.ts';
import { recordIcCardPurchase as route } from './routes.ts';

/** 201 for a new purchase, 200 when the reference was recorded already with the same values. */
export const main = async ({ ctx, params, body }: Request<typeof route>): Promise<Reply> => {
  const { purchase, meter, replayed } = await new MeterService(new TenantStore(ctx)).recordPurchase(params.id, body);
  // Named fields, not a spread: a replayed purchase is the stored item, keys and all.
  const { meterId, reference, amountFen, volume, purchasedAt, balanceAfterFen, recordedAt } = purchase;
  const view: IcCardPurchase = { meterId, reference, amountFen, ...(volume !== undefined ? { volume } : {}), purchasedAt, balanceAfterFen, recordedAt, balanceFen: meter.icCard?.balanceFen ?? null, replayed };
  return { status: replayed ? 200 : 201, body: view };
};

export const handler = httpHandler(route, main);
export { route };
