import type { ComponentType } from 'react';
import { ApartmentOutlined, ApiOutlined, FileTextOutlined, TrophyOutlined, AuditOutlined, BookOutlined, CalendarOutlined, CloudUploadOutlined, CustomerServiceOutlined, DashboardOutlined, EditOutlined, ExceptionOutlined, FieldTimeOutlined, KeyOutlined, LineChartOutlined, MessageOutlined, ReconciliationOutlined, SafetyCertificateOutlined, SmileOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { ROLES, type Role } from '../../shared/contract/access.ts';
import type { zhCN } from './i18n/zh-CN.ts';
import { lazyComponent, type Preloadable } from './lazy.tsx';
import { matchPath } from './router.tsx';

/**
 * The page registry: the console's routes and its menu. A capability adds a page by adding a
 * folder under pages/ and one entry here — its path, the i18n key of its title, an icon, the
 * roles that may open it, and the component, loaded lazily so that every page is its own chunk
 * and the first load carries only the shell.
 */
export interface PageProps {
  /** The `:name` segments of the page's path. */
  params: Record<string, string>;
}

/** A page's title is an entry of the `nav` section of the message catalogs. */
export type TitleKey = `nav.${keyof typeof zhCN.nav}`;

export interface PageDef {
  /** Route pattern; `:name` segments become `params`. */
  path: string;
  /** i18n key of the title (menu, heading and document title). */
  titleKey: TitleKey;
  icon: ComponentType;
  /** Roles that see the page in the menu and may open it. */
  roles: readonly Role[];
  component: LazyPage;
  /** Listed in the menu (default true); detail pages such as `/customers/:id` are not. */
  menu?: boolean;
}

/** A lazily loaded page whose chunk can be fetched ahead (e.g. together with the shell). */
export type LazyPage = Preloadable<PageProps>;

export const lazyPage = (load: () => Promise<{ default: ComponentType<PageProps> }>): LazyPage => lazyComponent(load);

export const PAGES: PageDef[] = [
  {
    path: '/dashboard',
    titleKey: 'nav.dashboard',
    icon: DashboardOutlined,
    roles: ROLES,
    component: lazyPage(() => import('./pages/dashboard/DashboardPage.tsx')),
  },
  {
    path: '/customers',
    titleKey: 'nav.customers',
    icon: TeamOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent', 'field'],
    component: lazyPage(() => import('./pages/customers/CustomersPage.tsx')),
  },
  // Before `/customers/:id`: the first pattern that matches wins.
  {
    path: '/customers/import',
    titleKey: 'nav.customerImport',
    icon: CloudUploadOutlined,
    roles: ['admin', 'manager'],
    component: lazyPage(() => import('./pages/customers/ImportPage.tsx')),
  },
  {
    path: '/customers/new',
    titleKey: 'nav.customerNew',
    icon: TeamOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent'],
    menu: false,
    component: lazyPage(() => import('./pages/customers/NewCustomerPage.tsx')),
  },
  {
    path: '/customers/:id/edit',
    titleKey: 'nav.customerEdit',
    icon: TeamOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent'],
    menu: false,
    component: lazyPage(() => import('./pages/customers/EditCustomerPage.tsx')),
  },
  {
    path: '/customers/:id',
    titleKey: 'nav.customer',
    icon: TeamOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent', 'field'],
    menu: false,
    component: lazyPage(() => import('./pages/customers/CustomerPage.tsx')),
  },
  // Service tickets: the roles mirror TICKET_READERS and TICKET_WRITERS (shared/contract/tickets.ts).
  {
    path: '/tickets',
    titleKey: 'nav.tickets',
    icon: CustomerServiceOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent', 'field'],
    component: lazyPage(() => import('./pages/tickets/TicketsPage.tsx')),
  },
  {
    path: '/tickets/new',
    titleKey: 'nav.ticketNew',
    icon: CustomerServiceOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent'],
    menu: false,
    component: lazyPage(() => import('./pages/tickets/NewTicketPage.tsx')),
  },
  {
    path: '/tickets/:id',
    titleKey: 'nav.ticket',
    icon: CustomerServiceOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent', 'field'],
    menu: false,
    component: lazyPage(() => import('./pages/tickets/TicketPage.tsx')),
  },
  // Satisfaction surveys: the roles mirror SURVEY_READERS and SURVEY_MANAGERS (shared/contract/surveys.ts
  // carries zod, so it is not imported into the shell). Before `/surveys/:id`: the first pattern that matches wins.
  {
    path: '/surveys',
    titleKey: 'nav.surveys',
    icon: SmileOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent'],
    component: lazyPage(() => import('./pages/surveys/SurveysPage.tsx')),
  },
  {
    path: '/surveys/new',
    titleKey: 'nav.surveyNew',
    icon: SmileOutlined,
    roles: ['admin', 'manager'],
    menu: false,
    component: lazyPage(() => import('./pages/surveys/CampaignEditorPage.tsx')),
  },
  {
    path: '/surveys/results',
    titleKey: 'nav.surveyResults',
    icon: SmileOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent'],
    menu: false,
    component: lazyPage(() => import('./pages/surveys/SurveyResultsPage.tsx')),
  },
  {
    path: '/surveys/:id/edit',
    titleKey: 'nav.surveyEdit',
    icon: SmileOutlined,
    roles: ['admin', 'manager'],
    menu: false,
    component: lazyPage(() => import('./pages/surveys/CampaignEditorPage.tsx')),
  },
  {
    path: '/surveys/:id',
    titleKey: 'nav.survey',
    icon: SmileOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'agent'],
    menu: false,
    component: lazyPage(() => import('./pages/surveys/CampaignPage.tsx')),
  },
  // Meter reading: the roles mirror the contracts' READ_CYCLE_READERS, READ_BOOK_READERS and
  // EXCEPTION_REVIEWERS (shared/contract/read-*.ts, readings.ts carry zod, so not imported into the shell).
  {
    path: '/field-entry',
    titleKey: 'nav.fieldEntry',
    icon: EditOutlined,
    roles: ['field'],
    component: lazyPage(() => import('./pages/reading/FieldEntryPage.tsx')),
  },
  {
    path: '/read-cycles',
    titleKey: 'nav.readCycles',
    icon: LineChartOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'field'],
    component: lazyPage(() => import('./pages/reading/ReadCyclesPage.tsx')),
  },
  {
    path: '/read-books',
    titleKey: 'nav.readBooks',
    icon: BookOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'field'],
    component: lazyPage(() => import('./pages/reading/ReadBooksPage.tsx')),
  },
  {
    path: '/read-books/:id/route-sheet',
    titleKey: 'nav.routeSheet',
    icon: BookOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'field'],
    menu: false,
    component: lazyPage(() => import('./pages/reading/RouteSheetPage.tsx')),
  },
  {
    path: '/read-books/:id',
    titleKey: 'nav.readBook',
    icon: BookOutlined,
    roles: ['admin', 'manager', 'dispatcher', 'field'],
    menu: false,
    component: lazyPage(() => import('./pages/reading/ReadBookPage.tsx')),
  },
  {
    path: '/reading-exceptions',
    titleKey: 'nav.readingExceptions',
    icon: ExceptionOutlined,
    roles: ['admin', 'manager', 'dispatcher'],
    component: lazyPage(() => import('./pages/reading/ExceptionsPage.tsx')),
  },
  // Performance assessments: the roles mirror ASSESSMENT_READERS (shared/contract/assessments.ts carries zod).
  {
    path: '/assessments',
    titleKey: 'nav.assessments',
    icon: TrophyOutlined,
    roles: ['admin', 'manager', 'dispatcher'],
    component: lazyPage(() => import('./pages/assessments/AssessmentsPage.tsx')),
  },
  {
    path: '/adjustments',
    titleKey: 'nav.adjustments',
    icon: ReconciliationOutlined,
    // ADJUSTMENT_READERS of shared/contract/adjustments.ts (the shell does not load zod).
    roles: ['admin', 'manager', 'dispatcher', 'agent'],
    component: lazyPage(() => import('./pages/adjustments/AdjustmentsPage.tsx')),
  },
  {
    path: '/regions',
    titleKey: 'nav.regions',
    icon: ApartmentOutlined,
    roles: ['admin', 'manager', 'dispatcher'],
    component: lazyPage(() => import('./pages/regions/RegionsPage.tsx')),
  },
  {
    path: '/jobs',
    titleKey: 'nav.jobs',
    icon: FieldTimeOutlined,
    roles: ['admin'],
    component: lazyPage(() => import('./pages/jobs/JobsPage.tsx')),
  },
  {
    path: '/notifications',
    titleKey: 'nav.notifications',
    icon: MessageOutlined,
    roles: ['admin'],
    component: lazyPage(() => import('./pages/notifications/NotificationsPage.tsx')),
  },
  // WEBHOOK_MANAGERS of shared/contract/webhooks.ts: in the console, admins (integrators use the scope).
  {
    path: '/webhooks',
    titleKey: 'nav.webhooks',
    icon: ApiOutlined,
    roles: ['admin'],
    component: lazyPage(() => import('./pages/webhooks/WebhooksPage.tsx')),
  },
  // The api-keys routes of functions/api-keys/routes.ts: admins only.
  {
    path: '/api-keys',
    titleKey: 'nav.apiKeys',
    icon: KeyOutlined,
    roles: ['admin'],
    component: lazyPage(() => import('./pages/api-keys/ApiKeysPage.tsx')),
  },
  // The reference of the API the webhooks and API keys pages serve integrators with: the same admins.
  {
    path: '/api-reference',
    titleKey: 'nav.apiReference',
    icon: FileTextOutlined,
    roles: ['admin'],
    component: lazyPage(() => import('./pages/api-reference/ApiReferencePage.tsx')),
  },
  {
    path: '/users',
    titleKey: 'nav.users',
    icon: SafetyCertificateOutlined,
    roles: ['admin'],
    component: lazyPage(() => import('./pages/users/UsersPage.tsx')),
  },
  {
    path: '/policies',
    titleKey: 'nav.policies',
    icon: AuditOutlined,
    roles: ROLES,
    component: lazyPage(() => import('./pages/policies/PoliciesPage.tsx')),
  },
  {
    path: '/calendar',
    titleKey: 'nav.calendar',
    icon: CalendarOutlined,
    roles: ROLES,
    component: lazyPage(() => import('./pages/calendar/CalendarPage.tsx')),
  },
  {
    path: '/account',
    titleKey: 'nav.account',
    icon: UserOutlined,
    roles: ROLES,
    component: lazyPage(() => import('./pages/account/AccountPage.tsx')),
  },
];

/** Where `/` and a fresh login go. */
export const HOME = '/dashboard';

export const mayOpen = (page: PageDef, roles: readonly Role[]) => page.roles.some((r) => roles.includes(r));

export const menuPages = (roles: readonly Role[]) => PAGES.filter((p) => p.menu !== false && mayOpen(p, roles));

export function resolvePage(pathname: string): { page: PageDef; params: Record<string, string> } | undefined {
  for (const page of PAGES) {
    const params = matchPath(page.path, pathname);
    if (params) return { page, params };
  }
  return undefined;
}

/** The menu entry a path belongs to: itself, or the entry whose path prefixes it (`/customers/42` → `/customers`). */
export function menuKeyOf(pathname: string): string | undefined {
  return PAGES.filter((p) => p.menu !== false && (pathname === p.path || pathname.startsWith(`${p.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
