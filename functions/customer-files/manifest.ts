import { defineCapability, routesOf } from '../../shared/capability.ts';
import * as routes from './routes.ts';

/** The customer archive's files: CSV import, its error report, the template and the export. */
export const capability = defineCapability({ name: 'customer-files', routes: routesOf(routes) });
