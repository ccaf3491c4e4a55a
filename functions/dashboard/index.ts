import { dispatch } from '../../shared/http/dispatch.ts';
import * as getDashboard from './get-dashboard.ts';

export const handler = dispatch([getDashboard]);
