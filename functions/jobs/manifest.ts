import { defineCapability, routesOf } from '../../shared/capability.ts';
import * as routes from './routes.ts';

/** The jobs API (list, run now, runs) and the worker; the jobs themselves belong to their capabilities. */
export const capability = defineCapability({ name: 'jobs', routes: routesOf(routes) });
