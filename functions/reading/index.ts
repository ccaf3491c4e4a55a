import { dispatch } from '../../shared/http/dispatch.ts';
import * as listMeterReadings from './list-meter-readings.ts';
import * as postReadings from './post-readings.ts';

export const handler = dispatch([postReadings, listMeterReadings]);
