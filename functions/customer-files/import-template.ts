import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { Region } from '../../shared/entities/region.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { visibleRegions } from '../../shared/tenant-profile.ts';
import { csvText } from './csv-cells.ts';
import { TEMPLATE_HEADERS } from './csv-columns.ts';
import { templateRows } from './csv-format.ts';
import { importTemplate as route } from './routes.ts';

/** UTF-8 with a BOM, so Excel opens the Chinese headers correctly. */
export const BOM = '\uFEFF';

/** The header, a hint row and an example row (in one of the caller's regions); both rows start with `#`, so an import skips them. */
export const templateCsv = (region?: Pick<Region, 'regionId' | 'name'>) => {
  const { hints, example } = templateRows(region);
  return BOM + csvText([TEMPLATE_HEADERS, hints, example]);
};

export const main = async ({ ctx }: Request<typeof route>): Promise<Reply> => {
  const [region] = await visibleRegions(new TenantStore(ctx));
  return {
    status: 200,
    body: templateCsv(region),
    headers: { 'content-disposition': `attachment; filename="customers-template.csv"; filename*=UTF-8''${encodeURIComponent('客户导入模板.csv')}` },
  };
};

export const handler = httpHandler(route, main);
export { route };
