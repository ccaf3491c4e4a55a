import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { AssessmentService } from './assessment-service.ts';
import { listAssessments as route } from './routes.ts';

export const main = async ({ ctx, query }: Request<typeof route>) => ok(await new AssessmentService(new TenantStore(ctx)).list(query));

export const handler = httpHandler(route, main);
export { route };
