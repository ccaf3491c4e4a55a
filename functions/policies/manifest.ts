import { defineCapability, routesOf } from '../../shared/capability.ts';
import * as routes from './routes.ts';

/** The policy mechanism: the sections themselves are declared by the capabilities that read them. */
export const capability = defineCapability({ name: 'policies', routes: routesOf(routes) });
