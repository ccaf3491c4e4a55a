import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { POLICY_PACKS } from './packs.ts';
import { listPolicyPacks as route } from './routes.ts';

export const main = async (_: Request<typeof route>) => ok({ items: POLICY_PACKS });

export const handler = httpHandler(route, main);
export { route };
