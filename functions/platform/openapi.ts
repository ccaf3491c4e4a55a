import { httpHandler } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { openApiDocument } from '../../shared/openapi.ts';
import { ROUTES } from '../manifest.ts';
import { openapi as route } from './routes.ts';

let document: unknown;

export const main = async () => ok((document ??= openApiDocument(ROUTES)), { 'cache-control': 'public, max-age=300' });

export const handler = httpHandler(route, main);
export { route };
