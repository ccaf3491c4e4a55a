import { defineCapability, routesOf } from '../../shared/capability.ts';
import * as routes from './routes.ts';

export const capability = defineCapability({ name: 'webhooks', routes: routesOf(routes) });
