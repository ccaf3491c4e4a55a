import { dispatch } from '../../shared/http/dispatch.ts';
import * as listMeterReadings from './list-meter-readings.ts';
import * as listReadingExceptions from './list-reading-exceptions.ts';
import * as postReadings from './post-readings.ts';
import * as readingExceptionAction from './reading-exception-action.ts';

export const handler = dispatch([postReadings, listMeterReadings, listReadingExceptions, readingExceptionAction]);
