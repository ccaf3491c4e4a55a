import { dispatch } from '../../shared/http/dispatch.ts';
import * as createRegion from './create-region.ts';
import * as getRegion from './get-region.ts';
import * as listRegions from './list-regions.ts';

export const handler = dispatch([listRegions, createRegion, getRegion]);
