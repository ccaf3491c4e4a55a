import type { UnitScorecard } from '../../shared/contract/assessments.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { AssessmentService } from '../assessments/assessment-service.ts';
import { assessmentFile } from './assessment-export.ts';
import { exportAssessment as route } from './routes.ts';

/** Every unit the caller may see, page by page (a tenant has tens of regions and hundreds or thousands of staff). */
export const main = async ({ ctx, params, query }: Request<typeof route>) => {
  const service = new AssessmentService(new TenantStore(ctx));
  const units: UnitScorecard[] = [];
  let cursor: string | undefined;
  let view;
  do {
    view = await service.view(params.id, { cursor, limit: 200 });
    units.push(...view.units);
    cursor = view.nextCursor ?? undefined;
  } while (cursor);
  return assessmentFile(view.assessment, units, query.format);
};

export const handler = httpHandler(route, main);
export { route };
