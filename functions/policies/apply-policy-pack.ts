import { TenantStore } from '../../shared/db/tenant-store.ts';
import { notFoundError } from '../../shared/errors.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { created } from '../../shared/http/reply.ts';
import { applyPack } from './apply-pack.ts';
import { packNamed } from './packs.ts';
import { checkedEffectiveFrom } from './policy-service.ts';
import { applyPolicyPack as route } from './routes.ts';

export const main = async ({ ctx, params, body }: Request<typeof route>) => {
  const pack = packNamed(params.pack);
  if (!pack) throw notFoundError('policy pack', { pack: params.pack });
  const now = new Date();
  const effectiveFrom = checkedEffectiveFrom(body.effectiveFrom, now);
  const versions = await applyPack(new TenantStore(ctx), pack, effectiveFrom, body.reason, now);
  return created({ pack: pack.id, effectiveFrom, versions });
};

export const handler = httpHandler(route, main);
export { route };
