import { Dashboard, DASHBOARD_ACCESS, DashboardQuery } from '../../shared/contract/dashboard.ts';
import { defineRoute } from '../../shared/http/route.ts';

export const getDashboard = defineRoute({
  method: 'GET',
  path: '/v1/dashboard',
  summary: "The home figures of the caller's regions (or one of them); a null section is a capability with no data yet",
  access: DASHBOARD_ACCESS,
  query: DashboardQuery,
  responses: { 200: Dashboard },
  tags: ['dashboard'],
});
