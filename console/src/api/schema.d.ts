/* Generated from the OpenAPI document by `npm run openapi` (local/cli/openapi.ts). Do not edit. */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health: 200 when the store answers */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OpenAPI 3.1 document of every /v1 operation */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Adjustments newest first: a region's queue by status (default pending), or a meter's or customer's (meterId, customerId); caller's regions only */
        get: operations["getV1Adjustments"];
        put?: never;
        /** Propose a volume adjustment (调量, signed) or supplement (补量) of a meter in m³ (0.1 steps), with a reason and evidence of that meter; Idempotency-Key */
        post: operations["postV1Adjustments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adjustments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An adjustment with its basis, decision and ledger entry, with ETag */
        get: operations["getV1AdjustmentsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adjustments/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a pending adjustment (If-Match or version): never its proposer (403); approval posts the volume to the meter ledger */
        post: operations["postV1AdjustmentsIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Integrator keys of the tenant (never their secrets) */
        get: operations["getV1ApiKeys"];
        put?: never;
        /** Create an integrator key; the secret is in this response only */
        post: operations["postV1ApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an integrator key (revoking again changes nothing) */
        delete: operations["deleteV1ApiKeysId"];
        options?: never;
        head?: never;
        /** Change an integrator key's tier (its rate and daily quota) */
        patch: operations["patchV1ApiKeysId"];
        trace?: never;
    };
    "/v1/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret for the key (shown this once); the old one works for overlapHours more (default 24, at most 168) */
        post: operations["postV1ApiKeysIdRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests per tenant-local day of the last `days` days (1–90, default 30), oldest first, from the key's creation on */
        get: operations["getV1ApiKeysIdUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quarterly and annual assessments computed, newest period first and a period's versions newest first (each version has its own id); by period (2026-Q3, 2026) or kind */
        get: operations["getV1Assessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An assessment's scorecards of the units you may see (a manager: their regions and their staff), by level then rank: each KPI's value, numerator and denominator, target, weight and score, the total, the rank among the level and the trend over the earlier periods; a KPI without facts is value null, noData true */
        get: operations["getV1AssessmentsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An assessment's scorecards of the units you may see as a file: format=xlsx (one sheet per unit level, Chinese headers) or csv (one section per level, UTF-8 with BOM) */
        get: operations["getV1AssessmentsIdExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessments/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a KPI of a unit counted against it in the period, as it stands now: the repairs that missed a deadline, the repairs reopened, the complaints and inquiries not replied to in time, the tickets closed without a return visit, the meters not read; paginated */
        get: operations["getV1AssessmentsIdItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/reveals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who revealed which customer data on a day (tenant time zone), newest first (admin) */
        get: operations["getV1AuditReveals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with company code, user name and password; returns a short-lived token */
        post: operations["postV1AuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends every session of the user (each token issued before is refused from the next request) */
        post: operations["postV1AuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password (the current one and a new one of the minimum strength); ends other sessions, returns a new token */
        post: operations["postV1AuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password with a one-time reset or setup link (an unknown, used or expired link is 400 invalid-reset-link) */
        post: operations["postV1AuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's business calendar of a year (2000–2100): holidays, make-up working days and working hours — as an admin saved it, else the official dates (version 0). A year without official dates counts weekends only and says so in warnings */
        get: operations["getV1CalendarYear"];
        /** Save the calendar of a year (admin): workingHours, days and the version read (or If-Match with the ETag of GET; 0 for a year never saved; stale → 409). The read-only fields of GET may be sent back and are ignored. Audited, with the event calendar.updated */
        put: operations["putV1CalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent imports, newest first (admins see all, others their own) */
        get: operations["getV1CustomerImports"];
        put?: never;
        /** Open a CSV import of customers with the file header; rows follow in batches; 201 with the import */
        post: operations["postV1CustomerImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: state, rows received, counts created / updated / unchanged / rejected / skipped */
        get: operations["getV1CustomerImportsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer-imports/{id}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Up to 500 rows of the file; per-row result created / updated / unchanged / rejected (with field errors) / skipped. Send Idempotency-Key <importId>:<firstRow> */
        post: operations["postV1CustomerImportsIdBatches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer-imports/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** No more rows: the import becomes done (or done-with-errors); completing again is a no-op */
        post: operations["postV1CustomerImportsIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer-imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rejected rows of an import in row order: row number, account number, field errors */
        get: operations["getV1CustomerImportsIdErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer-imports/{id}/errors.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The error report as CSV (UTF-8 with BOM), in chunks of up to 5,000 rows: x-next-cursor names the next chunk */
        get: operations["getV1CustomerImportsIdErrorsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search customers: q is an account number, phone, meter serial, or a name/address prefix; phones and ID numbers masked */
        get: operations["getV1Customers"];
        put?: never;
        /** Open a customer file (account state applied); 201 with id, version and ETag; a taken account number is 409 */
        post: operations["postV1Customers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer file (phone and ID number masked) with ETag */
        get: operations["getV1CustomersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer file; If-Match (412) or body version (409) guards against lost updates */
        patch: operations["patchV1CustomersId"];
        trace?: never;
    };
    "/v1/customers/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Account lifecycle: accept, sign-contract, gas-on, suspend, restore, close; a forbidden action is 409 illegal-transition */
        post: operations["postV1CustomersIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Install a meter at the customer; a taken serial is 409 */
        post: operations["postV1CustomersIdMeters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Full phone / ID number for a stated reason; audited (who, when, why) */
        post: operations["postV1CustomersIdReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything that happened to the customer, newest first */
        get: operations["getV1CustomersIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers as CSV (import columns, phone and ID masked), one chunk of up to 2,000 rows; BOM and header on the first chunk; x-next-cursor names the next */
        get: operations["getV1CustomersExportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/import-template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template: UTF-8 with BOM, Chinese headers, a hint row and an example row (both skipped on import) */
        get: operations["getV1CustomersImportTemplateCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The home figures of the caller's regions (or one of them); a null section is a capability with no data yet */
        get: operations["getV1Dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's public events (the types and JSON webhooks deliver), oldest first, for polling or tailing: after a position (`after`: the previous page's `next`, or an event id) or a time (`since`, default an hour ago, at most 7 days back); `types` as a webhook subscribes ("ticket.*"). `next` is always there; the newest second is left for the next poll */
        get: operations["getV1Events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scheduled jobs with their schedule, last run and status (admin) */
        get: operations["getV1Jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{job}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent runs of a job, newest first (admin) */
        get: operations["getV1JobsJobRuns"];
        put?: never;
        /** Run a scheduled job now, as of a given time (admin); 202 with the run record */
        post: operations["postV1JobsJobRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{job}/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run of a job: status, progress and counts (admin) */
        get: operations["getV1JobsJobRunsRunId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: tenant, roles, regions */
        get: operations["getV1Me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meter with ETag */
        get: operations["getV1MetersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change where a meter hangs (placement indoor / outdoor: the read cadence follows it), with If-Match or version */
        patch: operations["patchV1MetersId"];
        trace?: never;
    };
    "/v1/meters/{id}/ic-card/purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an IC-card gas purchase; idempotent on reference (same reference, same values: 200 replay) */
        post: operations["postV1MetersIdIcCardPurchases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meters/{id}/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meter's readings, newest first (paginated); a meter outside the caller's regions is 404 */
        get: operations["getV1MetersIdReadings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meters/{id}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a meter: keeps the old meter's final read and the new meter's start read; the old meter becomes removed */
        post: operations["postV1MetersIdReplace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notification log (admin): of a tenant-local day (default today) or of a customer, newest first; filter by type and channel; phone and e-mail masked */
        get: operations["getV1Notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete an open phone task with the outcome of the call (If-Match or version); audited on the customer's timeline */
        post: operations["postV1NotificationsIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every policy section of the tenant: the values in force, the defaults with their sources, scheduled changes and the history */
        get: operations["getV1Policies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One policy section; `at` gives the version in force at that instant (default now) */
        get: operations["getV1PoliciesSection"];
        /** Schedule a new version of a section (admin): every value, validated against the section's schema, taking effect at `effectiveFrom` (now or later); earlier versions are kept */
        put: operations["putV1PoliciesSection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{section}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a scheduled version that has not taken effect yet (admin); a version in force or past stays in the history */
        delete: operations["deleteV1PoliciesSectionVersionsVersionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regulation packs: named sets of policy values (national rules, a province's rules), each value with its source */
        get: operations["getV1PolicyPacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-packs/{pack}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a pack (admin): one new version of each section it sets, over the values in force then, all taking effect at `effectiveFrom` */
        post: operations["postV1PolicyPacksPackApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public survey page's questions (no login): the company and the four dimensions, nothing about the customer. 404 survey-link-invalid for a link not issued, 410 survey-expired or survey-answered; rate-limited per client (429) */
        get: operations["getV1PublicSurveysToken"];
        put?: never;
        /** The customer's answer (no login), once: four scores 1–5 and a comment. A second answer is 409 survey-answered, an expired link 410 survey-expired, a link not issued 404 survey-link-invalid; rate-limited per client (429) */
        post: operations["postV1PublicSurveysToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/read-books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The read books of a region (regionId required; outside the caller's regions is 404) */
        get: operations["getV1ReadBooks"];
        put?: never;
        /** Create a read book (抄表册): meters of one region in walk order, owned by a field user of the region; a meter already in another book is 409. At most 90 meters a request (add more with PATCH) */
        post: operations["postV1ReadBooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/read-books/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A read book with its meters in walk order, with ETag */
        get: operations["getV1ReadBooksId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a read book (If-Match or version): rename, reassign to another field user, add meters (at the end), remove meters, re-sequence (order: every meter once) */
        patch: operations["patchV1ReadBooksId"];
        trace?: never;
    };
    "/v1/read-books/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge the book `from` (same region, ≤ 90 meters) into this one (If-Match or version): its meters are appended in walk order, `from` is deleted */
        post: operations["postV1ReadBooksIdMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/read-books/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split a read book (If-Match or version): the meters named (1–90, not all) move to a new book, walk order kept; 201 with the new book and this one */
        post: operations["postV1ReadBooksIdSplit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/read-cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read cycles (one per read book and period, opened and closed by the read-cycles job) of the caller's regions, newest period first; filter by regionId, period (2026-11, 2026-Q4) and state. `regions` gives each region's read rate and accuracy per period and cadence (frozen once every cycle of the period is closed) */
        get: operations["getV1ReadCycles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/read-cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A read cycle (id `<read book id>-<period>`) with its meters in walk order and each one's status (read, unread, estimated, gone), counted now while the cycle is open; a closed cycle's counts are those frozen at its close, and each unread meter names its follow-up task */
        get: operations["getV1ReadCyclesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reading-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The VEE review queue, newest first: filter by grade, rule, regionId and status (default open); each with its evidence (the expected range, the history used). Only the caller's regions */
        get: operations["getV1ReadingExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reading-exceptions/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review an exception: accept (the reading is billable again once no blocking exception of it is open) or reject (the reading is void); with a note, audited on the customer timeline */
        post: operations["postV1ReadingExceptionsIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record up to 500 meter readings. Each item is validated (VEE) and written on its own: accepted with its consumption and the exceptions raised (a blocking one keeps it out of billing until reviewed), or rejected with the reason and the field. A meter of another tenant or region is "meter not found"; a readAt more than 5 minutes ahead is refused. Idempotency-Key replays the first reply */
        post: operations["postV1Readings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions of the tenant (a manager sees their own regions) */
        get: operations["getV1Regions"];
        put?: never;
        /** Create a region or business hall (admin) */
        post: operations["postV1Regions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{regionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region (a manager sees only their own; others are 404) */
        get: operations["getV1RegionsRegionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns reaching your regions, newest first, with their progress (invited, answered, response rate) in your regions */
        get: operations["getV1SurveyCampaigns"];
        put?: never;
        /** A satisfaction survey campaign, as a draft: periodic (sampled once a quarter, half-year or year) or event-triggered (after a ticket is closed, gas is turned on, an inspection is done); scope of regions (a manager: their own) and classes, sample rate, quotas per region and class, skip window (default surveys.rules), SMS or e-mail (special-care households get a phone task) */
        post: operations["postV1SurveyCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey-campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign with its progress, and its version as ETag */
        get: operations["getV1SurveyCampaignsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the name, sample rate, quotas or skip window (If-Match or version); what it samples from (kind, trigger, schedule, scope, channel) stays */
        patch: operations["patchV1SurveyCampaignsId"];
        trace?: never;
    };
    "/v1/survey-campaigns/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** start (draft → running), pause (running → paused: nothing is sent, and events meanwhile are not surveyed) or resume; another is 409 with the reason */
        post: operations["postV1SurveyCampaignsIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey-campaigns/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's invitations in your regions, newest first: customer, channel (phone-task: a special-care household to call), status sent / answered / expired, the public page's link while it can be answered, and the answer */
        get: operations["getV1SurveyCampaignsIdInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey-campaigns/{id}/invitations/{invitationId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An agent's phone interview: the customer's four scores and comment, recorded once (409 survey-answered after, 410 survey-expired once the link ran out); a low score opens a follow-up ticket */
        post: operations["postV1SurveyCampaignsIdInvitationsInvitationIdAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey-campaigns/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's satisfaction in your regions: per dimension, region, staff member and period against the tenant's target (surveys.rules), response rate, the latest comments, follow-up tickets; a period (2026-Q4, 2026-H2, 2026, 2026-11) narrows it. format=csv or xlsx: the report as a file */
        get: operations["getV1SurveyCampaignsIdResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/survey-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satisfaction across every campaign and the return visits recorded on tickets, by the tenant-local month they were sent or made, in your regions; a period (2026-Q4, 2026-H2, 2026, 2026-11) narrows it. format=csv or xlsx: the report as a file */
        get: operations["getV1SurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets by status, kind and region, newest received first within a status; or (view=risk) the open tickets of a region — of the tenant for a caller of every region — by SLA risk: passed deadlines first, most overdue first, then the earliest deadline ahead, then paused ones, then those with nothing left due, special-care households and urgent tickets first within each; or (view=assignee) the same of one field user's work (assignee, default the caller). Each a Query on its own index (docs/data-model.md) */
        get: operations["getV1Tickets"];
        put?: never;
        /** Intake of an inquiry, repair, emergency or complaint of a customer in your regions; deadlines from the tickets.deadlines policy in force at receivedAt (default now; never in the future, nor before 2000 where the business calendar begins), on the tenant's business calendar in its time zone; the ticket records the policy version. An emergency notifies the on-call crew in the same transaction */
        post: operations["postV1Tickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket with its history (newest first) and its version as ETag */
        get: operations["getV1TicketsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** acknowledge, dispatch (to an enabled field user of the ticket's region, else 422 naming assignee), arrive, resolve, reply, escalate, pause, resume, close, return-visit or reopen (If-Match or version); an action the rules forbid is 409 with the reason. Field staff may arrive, resolve, pause and resume the tickets dispatched to them (else 403) */
        post: operations["postV1TicketsIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/deadline-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The deadlines an intake with these fields would get, without creating anything (the intake form shows them before saving) */
        post: operations["postV1TicketsDeadlinePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Console users of the tenant, with their last sign-in (admin; never a password hash) */
        get: operations["getV1Users"];
        put?: never;
        /** Create a user with roles and regions; returns a one-time setup link (24 h) for the user to set their password */
        post: operations["postV1Users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user, with its version as ETag (admin) */
        get: operations["getV1UsersUsername"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, roles or regions (If-Match or version); a change of roles or regions ends the user's sessions */
        patch: operations["patchV1UsersUsername"];
        trace?: never;
    };
    "/v1/users/{username}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable (ends every session at the next request; users are never deleted, their work names them) or enable a user */
        post: operations["postV1UsersUsernameActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{username}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a one-time password-reset link (24 h) for the user; voids earlier links. The admin never sees the password */
        post: operations["postV1UsersUsernamePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's webhooks (never their secrets) */
        get: operations["getV1Webhooks"];
        put?: never;
        /** Subscribe an https endpoint to event types ("ticket.*", "*"); the signing secret is in this response only */
        post: operations["postV1Webhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook */
        get: operations["getV1WebhooksId"];
        put?: never;
        post?: never;
        /** Unsubscribe: nothing more is delivered, pending deliveries are cancelled */
        delete: operations["deleteV1WebhooksId"];
        options?: never;
        head?: never;
        /** Change the URL, the event types, the description, or disable / enable it (a disabled webhook receives nothing; its pending deliveries are cancelled); If-Match guards against lost updates */
        patch: operations["patchV1WebhooksId"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook's deliveries, newest first (by state: pending, succeeded, dead, cancelled): attempts with status codes, durations and errors */
        get: operations["getV1WebhooksIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with its attempts */
        get: operations["getV1WebhooksIdDeliveriesDeliveryId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead (or finished) delivery again, as a new round of up to 8 attempts; 409 while it is still pending */
        post: operations["postV1WebhooksIdDeliveriesDeliveryIdRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; for 24 hours deliveries carry a signature under each secret (two v1= values), so receivers switch without losing events */
        post: operations["postV1WebhooksIdRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a webhook.test event to this endpoint, signed and retried like any event; follow it in the deliveries */
        post: operations["postV1WebhooksIdTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            code?: string;
            correlationId?: string;
            detail?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            params?: {
                [key: string]: unknown;
            };
            status: number;
            title: string;
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        storeLatencyMs: number;
                    };
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info: {
                            title: string;
                            version: string;
                        };
                        openapi: string;
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Adjustments: {
        parameters: {
            query?: {
                cursor?: string;
                customerId?: string;
                limit?: number;
                meterId?: string;
                regionId?: string;
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            customerId: string;
                            decision: {
                                /** @enum {string} */
                                action: "approve" | "reject";
                                actor: {
                                    id: string;
                                    kind: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                at: string;
                                note: string;
                            } | null;
                            evidence: {
                                ref: string;
                                /** @enum {string} */
                                type: "exception" | "photo" | "inspection" | "reading";
                            }[];
                            id: string;
                            /** @enum {string} */
                            kind: "adjust" | "supplement";
                            ledgerEntry: {
                                id: string;
                                /** Format: date-time */
                                postedAt: string;
                                volume: number;
                            } | null;
                            meterId: string;
                            meterSerial: string;
                            /** Format: date-time */
                            proposedAt: string;
                            proposedBy: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            readingId: string | null;
                            reason: string;
                            regionId: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            volume: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Adjustments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    evidence: {
                        ref: string;
                        /** @enum {string} */
                        type: "exception" | "photo" | "inspection" | "reading";
                    }[];
                    /** @enum {string} */
                    kind: "adjust" | "supplement";
                    meterId: string;
                    readingId?: string;
                    reason: string;
                    volume: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        decision: {
                            /** @enum {string} */
                            action: "approve" | "reject";
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            at: string;
                            note: string;
                        } | null;
                        evidence: {
                            ref: string;
                            /** @enum {string} */
                            type: "exception" | "photo" | "inspection" | "reading";
                        }[];
                        id: string;
                        /** @enum {string} */
                        kind: "adjust" | "supplement";
                        ledgerEntry: {
                            id: string;
                            /** Format: date-time */
                            postedAt: string;
                            volume: number;
                        } | null;
                        meterId: string;
                        meterSerial: string;
                        /** Format: date-time */
                        proposedAt: string;
                        proposedBy: {
                            id: string;
                            kind: string;
                            name: string;
                        };
                        readingId: string | null;
                        reason: string;
                        regionId: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        volume: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AdjustmentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        decision: {
                            /** @enum {string} */
                            action: "approve" | "reject";
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            at: string;
                            note: string;
                        } | null;
                        evidence: {
                            ref: string;
                            /** @enum {string} */
                            type: "exception" | "photo" | "inspection" | "reading";
                        }[];
                        id: string;
                        /** @enum {string} */
                        kind: "adjust" | "supplement";
                        ledgerEntry: {
                            id: string;
                            /** Format: date-time */
                            postedAt: string;
                            volume: number;
                        } | null;
                        meterId: string;
                        meterSerial: string;
                        /** Format: date-time */
                        proposedAt: string;
                        proposedBy: {
                            id: string;
                            kind: string;
                            name: string;
                        };
                        readingId: string | null;
                        reason: string;
                        regionId: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        volume: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1AdjustmentsIdActions: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "approve" | "reject";
                    note: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerId: string;
                        decision: {
                            /** @enum {string} */
                            action: "approve" | "reject";
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            at: string;
                            note: string;
                        } | null;
                        evidence: {
                            ref: string;
                            /** @enum {string} */
                            type: "exception" | "photo" | "inspection" | "reading";
                        }[];
                        id: string;
                        /** @enum {string} */
                        kind: "adjust" | "supplement";
                        ledgerEntry: {
                            id: string;
                            /** Format: date-time */
                            postedAt: string;
                            volume: number;
                        } | null;
                        meterId: string;
                        meterSerial: string;
                        /** Format: date-time */
                        proposedAt: string;
                        proposedBy: {
                            id: string;
                            kind: string;
                            name: string;
                        };
                        readingId: string | null;
                        reason: string;
                        regionId: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        volume: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            dailyQuota: number;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            previousExpiresAt: string | null;
                            revokedAt: string | null;
                            rotatedAt: string | null;
                            scopes: ("customers:read" | "customers:write" | "readings:write" | "payments:write" | "tickets:read" | "tickets:write" | "events:read" | "webhooks:manage")[];
                            /** @enum {string} */
                            tier: "basic" | "standard" | "premium";
                        }[];
                    };
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("customers:read" | "customers:write" | "readings:write" | "payments:write" | "tickets:read" | "tickets:write" | "events:read" | "webhooks:manage")[];
                    /** @enum {string} */
                    tier?: "basic" | "standard" | "premium";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        dailyQuota: number;
                        id: string;
                        key: string;
                        lastUsedAt: string | null;
                        name: string;
                        previousExpiresAt: string | null;
                        revokedAt: string | null;
                        rotatedAt: string | null;
                        scopes: ("customers:read" | "customers:write" | "readings:write" | "payments:write" | "tickets:read" | "tickets:write" | "events:read" | "webhooks:manage")[];
                        /** @enum {string} */
                        tier: "basic" | "standard" | "premium";
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteV1ApiKeysId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        dailyQuota: number;
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        previousExpiresAt: string | null;
                        revokedAt: string | null;
                        rotatedAt: string | null;
                        scopes: ("customers:read" | "customers:write" | "readings:write" | "payments:write" | "tickets:read" | "tickets:write" | "events:read" | "webhooks:manage")[];
                        /** @enum {string} */
                        tier: "basic" | "standard" | "premium";
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1ApiKeysId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    tier: "basic" | "standard" | "premium";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        dailyQuota: number;
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        previousExpiresAt: string | null;
                        revokedAt: string | null;
                        rotatedAt: string | null;
                        scopes: ("customers:read" | "customers:write" | "readings:write" | "payments:write" | "tickets:read" | "tickets:write" | "events:read" | "webhooks:manage")[];
                        /** @enum {string} */
                        tier: "basic" | "standard" | "premium";
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ApiKeysIdRotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    overlapHours?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        dailyQuota: number;
                        id: string;
                        key: string;
                        lastUsedAt: string | null;
                        name: string;
                        /** Format: date-time */
                        previousExpiresAt: string;
                        revokedAt: string | null;
                        rotatedAt: string | null;
                        scopes: ("customers:read" | "customers:write" | "readings:write" | "payments:write" | "tickets:read" | "tickets:write" | "events:read" | "webhooks:manage")[];
                        /** @enum {string} */
                        tier: "basic" | "standard" | "premium";
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ApiKeysIdUsage: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days: {
                            /** Format: date */
                            date: string;
                            requests: number;
                        }[];
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Assessments: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "quarterly" | "annual";
                limit?: number;
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            asOf: string;
                            /** Format: date-time */
                            computedAt: string;
                            /** Format: date-time */
                            from: string;
                            id: string;
                            /** @enum {string} */
                            kind: "quarterly" | "annual";
                            period: string;
                            policy: {
                                effectiveFrom: string | null;
                                versionId: string | null;
                            };
                            runId: string;
                            timeZone: string;
                            /** Format: date-time */
                            to: string;
                            units: {
                                "dispatch-center": number;
                                region: number;
                                staff: number;
                            };
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AssessmentsId: {
        parameters: {
            query?: {
                cursor?: string;
                level?: "region" | "dispatch-center" | "staff";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessment: {
                            /** Format: date-time */
                            asOf: string;
                            /** Format: date-time */
                            computedAt: string;
                            /** Format: date-time */
                            from: string;
                            id: string;
                            /** @enum {string} */
                            kind: "quarterly" | "annual";
                            period: string;
                            policy: {
                                effectiveFrom: string | null;
                                versionId: string | null;
                            };
                            runId: string;
                            timeZone: string;
                            /** Format: date-time */
                            to: string;
                            units: {
                                "dispatch-center": number;
                                region: number;
                                staff: number;
                            };
                            version: number;
                        };
                        nextCursor: string | null;
                        units: {
                            coverage: number;
                            id: string;
                            kpis: {
                                denominator: number | null;
                                /** @enum {string} */
                                direction: "higher" | "lower";
                                /** @enum {string} */
                                kpi: "read-rate" | "read-accuracy" | "fee-recovery" | "repair-timeliness" | "first-time-fix" | "reply-rate" | "return-visit-rate" | "satisfaction" | "inspection-coverage";
                                noData: boolean;
                                numerator: number | null;
                                score: number | null;
                                /** @enum {string} */
                                scoring: "linear" | "penalty";
                                target: number | null;
                                value: number | null;
                                weight: number;
                            }[];
                            /** @enum {string} */
                            level: "region" | "dispatch-center" | "staff";
                            name: string;
                            rank: number | null;
                            rankedOf: number;
                            regionId: string | null;
                            total: number | null;
                            trend: {
                                period: string;
                                total: number | null;
                                values: {
                                    [key: string]: number | null;
                                };
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AssessmentsIdExport: {
        parameters: {
            query: {
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AssessmentsIdItems: {
        parameters: {
            query: {
                cursor?: string;
                kpi: "read-rate" | "read-accuracy" | "fee-recovery" | "repair-timeliness" | "first-time-fix" | "reply-rate" | "return-visit-rate" | "satisfaction" | "inspection-coverage";
                limit?: number;
                unit: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            at: string;
                            detail: string;
                            /** @enum {string} */
                            reason: "deadline-missed" | "reopened" | "not-replied-in-time" | "no-return-visit" | "not-read";
                            regionId: string;
                            staff: string | null;
                            subject: {
                                id: string;
                                /** @enum {string} */
                                type: "ticket" | "meter";
                            };
                            ticketKind: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AuditReveals: {
        parameters: {
            query: {
                cursor?: string;
                day: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountNumber: string;
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            at: string;
                            customerId: string;
                            fields: ("phone" | "idNumber")[];
                            id: string;
                            reason: string;
                            regionId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1AuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    tenant: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        mustChangePassword: boolean;
                        timeZone: string;
                        token: string;
                        user: {
                            name: string;
                            regions?: string[];
                            roles: ("admin" | "manager" | "dispatcher" | "agent" | "field")[];
                            tenant: string;
                            username: string;
                        };
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1AuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1AuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        token: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1AuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newPassword: string;
                    tenant: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days: {
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "makeup-working";
                            name: string;
                            /** @enum {string} */
                            origin: "official" | "local";
                        }[];
                        official: boolean;
                        source: string | null;
                        timeZone: string;
                        updatedAt: string | null;
                        updatedBy: string | null;
                        version: number;
                        warnings: {
                            /** @enum {string} */
                            code: "official-data-missing" | "official-data-available";
                            message: string;
                        }[];
                        workingHours: {
                            end: string;
                            start: string;
                        }[];
                        year: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putV1CalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: {
                        date: string;
                        /** @enum {string} */
                        kind: "holiday" | "makeup-working";
                        name: string;
                        /** @enum {string} */
                        origin?: "official" | "local";
                    }[];
                    official?: boolean;
                    source?: string | null;
                    timeZone?: string;
                    updatedAt?: string | null;
                    updatedBy?: string | null;
                    version: number;
                    warnings?: unknown[];
                    workingHours: {
                        end: string;
                        start: string;
                    }[];
                    year?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days: {
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "makeup-working";
                            name: string;
                            /** @enum {string} */
                            origin: "official" | "local";
                        }[];
                        official: boolean;
                        source: string | null;
                        timeZone: string;
                        updatedAt: string | null;
                        updatedBy: string | null;
                        version: number;
                        warnings: {
                            /** @enum {string} */
                            code: "official-data-missing" | "official-data-available";
                            message: string;
                        }[];
                        workingHours: {
                            end: string;
                            start: string;
                        }[];
                        year: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomerImports: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            batches: number;
                            columns: {
                                column: string;
                                field: string | null;
                            }[];
                            completedAt: string | null;
                            counts: {
                                created: number;
                                rejected: number;
                                skipped: number;
                                unchanged: number;
                                updated: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            fileName: string;
                            id: string;
                            rowsReceived: number;
                            /** @enum {string} */
                            state: "open" | "done" | "done-with-errors";
                            totalRows: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1CustomerImports: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    columns: string[];
                    fileName: string;
                    totalRows?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batches: number;
                        columns: {
                            column: string;
                            field: string | null;
                        }[];
                        completedAt: string | null;
                        counts: {
                            created: number;
                            rejected: number;
                            skipped: number;
                            unchanged: number;
                            updated: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            id: string;
                            kind: string;
                            name: string;
                        };
                        fileName: string;
                        id: string;
                        rowsReceived: number;
                        /** @enum {string} */
                        state: "open" | "done" | "done-with-errors";
                        totalRows: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomerImportsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batches: number;
                        columns: {
                            column: string;
                            field: string | null;
                        }[];
                        completedAt: string | null;
                        counts: {
                            created: number;
                            rejected: number;
                            skipped: number;
                            unchanged: number;
                            updated: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            id: string;
                            kind: string;
                            name: string;
                        };
                        fileName: string;
                        id: string;
                        rowsReceived: number;
                        /** @enum {string} */
                        state: "open" | "done" | "done-with-errors";
                        totalRows: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1CustomerImportsIdBatches: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    firstRow: number;
                    rows: {
                        [key: string]: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        import: {
                            batches: number;
                            columns: {
                                column: string;
                                field: string | null;
                            }[];
                            completedAt: string | null;
                            counts: {
                                created: number;
                                rejected: number;
                                skipped: number;
                                unchanged: number;
                                updated: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            fileName: string;
                            id: string;
                            rowsReceived: number;
                            /** @enum {string} */
                            state: "open" | "done" | "done-with-errors";
                            totalRows: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                        results: {
                            accountNumber?: string;
                            changed?: string[];
                            customerId?: string;
                            errorCount?: number;
                            errors?: {
                                column?: string;
                                field: string;
                                message: string;
                            }[];
                            row: number;
                            /** @enum {string} */
                            status: "created" | "updated" | "unchanged" | "rejected" | "skipped";
                            warnings?: {
                                column?: string;
                                field: string;
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1CustomerImportsIdComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batches: number;
                        columns: {
                            column: string;
                            field: string | null;
                        }[];
                        completedAt: string | null;
                        counts: {
                            created: number;
                            rejected: number;
                            skipped: number;
                            unchanged: number;
                            updated: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            id: string;
                            kind: string;
                            name: string;
                        };
                        fileName: string;
                        id: string;
                        rowsReceived: number;
                        /** @enum {string} */
                        state: "open" | "done" | "done-with-errors";
                        totalRows: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomerImportsIdErrors: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountNumber?: string;
                            errors: {
                                column?: string;
                                field: string;
                                message: string;
                            }[];
                            row: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomerImportsIdErrorsCsv: {
        parameters: {
            query?: {
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Customers: {
        parameters: {
            query?: {
                class?: "residential" | "commercial" | "public-welfare" | "industrial";
                cursor?: string;
                limit?: number;
                q?: string;
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountNumber: string;
                            address: string;
                            /** @enum {string} */
                            class: "residential" | "commercial" | "public-welfare" | "industrial";
                            id: string;
                            idNumber: string | null;
                            meters: {
                                id: string;
                                serial: string;
                                /** @enum {string} */
                                type: "diaphragm" | "ic-card" | "remote";
                            }[];
                            name: string;
                            phone: string | null;
                            regionId: string;
                            specialCare: {
                                disabled: boolean;
                                elderly: boolean;
                                livingAlone: boolean;
                            };
                            /** @enum {string} */
                            state: "applied" | "accepted" | "gas-on" | "suspended" | "closed";
                            tags: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        /** @enum {string} */
                        matchedBy: "account-number" | "meter-serial" | "phone" | "phone-last-digits" | "prefix" | "list";
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Customers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountNumber: string;
                    address: string;
                    /** @enum {string} */
                    class: "residential" | "commercial" | "public-welfare" | "industrial";
                    contacts?: {
                        name?: string;
                        phone: string;
                        relation?: string;
                    }[];
                    contracts?: {
                        "safe-use"?: {
                            /** Format: date-time */
                            signedAt: string;
                        };
                        supply?: {
                            /** Format: date-time */
                            signedAt: string;
                        };
                    };
                    idNumber?: string;
                    name: string;
                    notes?: string;
                    phone: string;
                    regionId: string;
                    specialCare?: {
                        disabled?: boolean;
                        elderly?: boolean;
                        livingAlone?: boolean;
                    };
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountNumber: string;
                        address: string;
                        /** @enum {string} */
                        class: "residential" | "commercial" | "public-welfare" | "industrial";
                        contacts: {
                            name?: string;
                            phone: string | null;
                            relation?: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        idNumber: string | null;
                        lifecycle: {
                            acceptance: {
                                inspector: string;
                                /** Format: date-time */
                                passedAt: string;
                            } | null;
                            closure: {
                                /** Format: date-time */
                                at: string;
                                reason: string;
                            } | null;
                            contracts: {
                                "safe-use": {
                                    /** Format: date-time */
                                    signedAt: string;
                                } | null;
                                supply: {
                                    /** Format: date-time */
                                    signedAt: string;
                                } | null;
                            };
                            gasOnAt: string | null;
                            restoration: {
                                /** Format: date-time */
                                at: string;
                                /** Format: date-time */
                                safetyCheckPassedAt: string;
                            } | null;
                            suspension: {
                                /** Format: date-time */
                                at: string;
                                note?: string;
                                /** @enum {string} */
                                reason: "arrears" | "hazard" | "customer-request" | "interruption";
                            } | null;
                        };
                        meters: {
                            digits: number;
                            id: string;
                            /** @enum {string} */
                            inlet?: "left" | "right";
                            /** Format: date */
                            installedAt: string;
                            serial: string;
                            /** @enum {string} */
                            status: "active" | "removed";
                            /** @enum {string} */
                            type: "diaphragm" | "ic-card" | "remote";
                        }[];
                        name: string;
                        notes: string | null;
                        phone: string | null;
                        regionId: string;
                        specialCare: {
                            disabled: boolean;
                            elderly: boolean;
                            livingAlone: boolean;
                        };
                        /** @enum {string} */
                        state: "applied" | "accepted" | "gas-on" | "suspended" | "closed";
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountNumber: string;
                        address: string;
                        /** @enum {string} */
                        class: "residential" | "commercial" | "public-welfare" | "industrial";
                        contacts: {
                            name?: string;
                            phone: string | null;
                            relation?: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        idNumber: string | null;
                        lifecycle: {
                            acceptance: {
                                inspector: string;
                                /** Format: date-time */
                                passedAt: string;
                            } | null;
                            closure: {
                                /** Format: date-time */
                                at: string;
                                reason: string;
                            } | null;
                            contracts: {
                                "safe-use": {
                                    /** Format: date-time */
                                    signedAt: string;
                                } | null;
                                supply: {
                                    /** Format: date-time */
                                    signedAt: string;
                                } | null;
                            };
                            gasOnAt: string | null;
                            restoration: {
                                /** Format: date-time */
                                at: string;
                                /** Format: date-time */
                                safetyCheckPassedAt: string;
                            } | null;
                            suspension: {
                                /** Format: date-time */
                                at: string;
                                note?: string;
                                /** @enum {string} */
                                reason: "arrears" | "hazard" | "customer-request" | "interruption";
                            } | null;
                        };
                        meters: {
                            digits: number;
                            id: string;
                            /** @enum {string} */
                            inlet?: "left" | "right";
                            /** Format: date */
                            installedAt: string;
                            serial: string;
                            /** @enum {string} */
                            status: "active" | "removed";
                            /** @enum {string} */
                            type: "diaphragm" | "ic-card" | "remote";
                        }[];
                        name: string;
                        notes: string | null;
                        phone: string | null;
                        regionId: string;
                        specialCare: {
                            disabled: boolean;
                            elderly: boolean;
                            livingAlone: boolean;
                        };
                        /** @enum {string} */
                        state: "applied" | "accepted" | "gas-on" | "suspended" | "closed";
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1CustomersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string;
                    /** @enum {string} */
                    class?: "residential" | "commercial" | "public-welfare" | "industrial";
                    contacts?: {
                        name?: string;
                        phone: string;
                        relation?: string;
                    }[];
                    idNumber?: string | null;
                    name?: string;
                    notes?: string | null;
                    phone?: string;
                    regionId?: string;
                    specialCare?: {
                        disabled?: boolean;
                        elderly?: boolean;
                        livingAlone?: boolean;
                    };
                    tags?: string[];
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountNumber: string;
                        address: string;
                        /** @enum {string} */
                        class: "residential" | "commercial" | "public-welfare" | "industrial";
                        contacts: {
                            name?: string;
                            phone: string | null;
                            relation?: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        idNumber: string | null;
                        lifecycle: {
                            acceptance: {
                                inspector: string;
                                /** Format: date-time */
                                passedAt: string;
                            } | null;
                            closure: {
                                /** Format: date-time */
                                at: string;
                                reason: string;
                            } | null;
                            contracts: {
                                "safe-use": {
                                    /** Format: date-time */
                                    signedAt: string;
                                } | null;
                                supply: {
                                    /** Format: date-time */
                                    signedAt: string;
                                } | null;
                            };
                            gasOnAt: string | null;
                            restoration: {
                                /** Format: date-time */
                                at: string;
                                /** Format: date-time */
                                safetyCheckPassedAt: string;
                            } | null;
                            suspension: {
                                /** Format: date-time */
                                at: string;
                                note?: string;
                                /** @enum {string} */
                                reason: "arrears" | "hazard" | "customer-request" | "interruption";
                            } | null;
                        };
                        meters: {
                            digits: number;
                            id: string;
                            /** @enum {string} */
                            inlet?: "left" | "right";
                            /** Format: date */
                            installedAt: string;
                            serial: string;
                            /** @enum {string} */
                            status: "active" | "removed";
                            /** @enum {string} */
                            type: "diaphragm" | "ic-card" | "remote";
                        }[];
                        name: string;
                        notes: string | null;
                        phone: string | null;
                        regionId: string;
                        specialCare: {
                            disabled: boolean;
                            elderly: boolean;
                            livingAlone: boolean;
                        };
                        /** @enum {string} */
                        state: "applied" | "accepted" | "gas-on" | "suspended" | "closed";
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1CustomersIdActions: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    action: "accept";
                    /** Format: date-time */
                    inspectionPassedAt: string;
                    inspector: string;
                    version?: number;
                } | {
                    /** @constant */
                    action: "sign-contract";
                    /** @enum {string} */
                    contract: "supply" | "safe-use";
                    /** Format: date-time */
                    signedAt: string;
                    version?: number;
                } | {
                    /** @constant */
                    action: "gas-on";
                    version?: number;
                } | {
                    /** @constant */
                    action: "suspend";
                    note?: string;
                    /** @enum {string} */
                    reason: "arrears" | "hazard" | "customer-request" | "interruption";
                    version?: number;
                } | {
                    /** @constant */
                    action: "restore";
                    /** Format: date-time */
                    safetyCheckPassedAt: string;
                    version?: number;
                } | {
                    /** @constant */
                    action: "close";
                    reason: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountNumber: string;
                        address: string;
                        /** @enum {string} */
                        class: "residential" | "commercial" | "public-welfare" | "industrial";
                        contacts: {
                            name?: string;
                            phone: string | null;
                            relation?: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        idNumber: string | null;
                        lifecycle: {
                            acceptance: {
                                inspector: string;
                                /** Format: date-time */
                                passedAt: string;
                            } | null;
                            closure: {
                                /** Format: date-time */
                                at: string;
                                reason: string;
                            } | null;
                            contracts: {
                                "safe-use": {
                                    /** Format: date-time */
                                    signedAt: string;
                                } | null;
                                supply: {
                                    /** Format: date-time */
                                    signedAt: string;
                                } | null;
                            };
                            gasOnAt: string | null;
                            restoration: {
                                /** Format: date-time */
                                at: string;
                                /** Format: date-time */
                                safetyCheckPassedAt: string;
                            } | null;
                            suspension: {
                                /** Format: date-time */
                                at: string;
                                note?: string;
                                /** @enum {string} */
                                reason: "arrears" | "hazard" | "customer-request" | "interruption";
                            } | null;
                        };
                        meters: {
                            digits: number;
                            id: string;
                            /** @enum {string} */
                            inlet?: "left" | "right";
                            /** Format: date */
                            installedAt: string;
                            serial: string;
                            /** @enum {string} */
                            status: "active" | "removed";
                            /** @enum {string} */
                            type: "diaphragm" | "ic-card" | "remote";
                        }[];
                        name: string;
                        notes: string | null;
                        phone: string | null;
                        regionId: string;
                        specialCare: {
                            disabled: boolean;
                            elderly: boolean;
                            livingAlone: boolean;
                        };
                        /** @enum {string} */
                        state: "applied" | "accepted" | "gas-on" | "suspended" | "closed";
                        tags: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1CustomersIdMeters: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    digits?: number;
                    /** @enum {string} */
                    inlet?: "left" | "right";
                    /** Format: date */
                    installedAt?: string;
                    /** @enum {string} */
                    placement?: "indoor" | "outdoor";
                    serial: string;
                    startRead?: number;
                    /** @enum {string} */
                    type: "diaphragm" | "ic-card" | "remote";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        digits: number;
                        finalRead: number | null;
                        icCard: {
                            balance: number;
                            /** Format: date-time */
                            lastPurchaseAt?: string;
                            purchases: number;
                        } | null;
                        id: string;
                        inlet: ("left" | "right") | null;
                        /** Format: date */
                        installedAt: string;
                        placement: ("indoor" | "outdoor") | null;
                        regionId: string;
                        removedAt: string | null;
                        replacedBy: string | null;
                        replaces: string | null;
                        serial: string;
                        startRead: number;
                        /** @enum {string} */
                        status: "active" | "removed";
                        /** @enum {string} */
                        type: "diaphragm" | "ic-card" | "remote";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1CustomersIdReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fields: ("phone" | "idNumber")[];
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contacts?: {
                            name?: string;
                            phone: string | null;
                            relation?: string;
                        }[];
                        id: string;
                        idNumber?: string | null;
                        phone?: string;
                        /** Format: date-time */
                        revealedAt: string;
                        revealId: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomersIdTimeline: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            } | null;
                            id: string;
                            summary: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomersExportCsv: {
        parameters: {
            query?: {
                class?: "residential" | "commercial" | "public-welfare" | "industrial";
                cursor?: string;
                limit?: number;
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomersImportTemplateCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Dashboard: {
        parameters: {
            query?: {
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        archive: {
                            /** Format: date-time */
                            asOf: string;
                            byClass: {
                                commercial: number;
                                industrial: number;
                                "public-welfare": number;
                                residential: number;
                            };
                            byRegion: {
                                customers: number;
                                regionId: string;
                                specialCare: number;
                            }[];
                            byState: {
                                accepted: number;
                                applied: number;
                                closed: number;
                                "gas-on": number;
                                suspended: number;
                            };
                            customers: number;
                            meters: number;
                            metersByAge: {
                                "0-5": number;
                                "5-10": number;
                                "10-15": number;
                                "15+": number;
                            };
                            metersByType: {
                                diaphragm: number;
                                "ic-card": number;
                                remote: number;
                            };
                            specialCare: number;
                        } | null;
                        calendar: {
                            official: boolean;
                            warnings: {
                                /** @enum {string} */
                                code: "official-data-missing" | "official-data-available";
                                message: string;
                            }[];
                            year: number;
                        }[] | null;
                        emergenciesToday: {
                            onSiteInTime: number;
                            open: number;
                            total: number;
                        } | null;
                        inspectionsDue: {
                            dueThisMonth: number;
                            overdue: number;
                        } | null;
                        readCycles: {
                            books: number;
                            /** @enum {string} */
                            cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                            cycleId: string;
                            due: number;
                            frozen: boolean;
                            name: string;
                            period: string;
                            read: number;
                            regionId: string;
                            target: number;
                        }[] | null;
                        readingExceptions: {
                            byGrade: {
                                blocking: number;
                                info: number;
                                review: number;
                            };
                            byRule: {
                                duplicate: number;
                                estimates: number;
                                high: number;
                                "ic-card-no-purchase": number;
                                inactive: number;
                                low: number;
                                negative: number;
                                "out-of-order": number;
                                rollover: number;
                                zero: number;
                            };
                            open: number;
                        } | null;
                        regions: string[];
                        satisfactionTrend: {
                            period: string;
                            responses: number;
                            score: number;
                        }[] | null;
                        tickets: {
                            bySlaRisk: {
                                "at-risk": number;
                                breached: number;
                                "on-track": number;
                            };
                            open: number;
                        } | null;
                        timeZone: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Events: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                since?: string;
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            type: string;
                        }[];
                        next: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Jobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            lastRun: {
                                /** Format: date-time */
                                asOf: string;
                                finishedAt: string | null;
                                runId: string;
                                /** @enum {string} */
                                state: "queued" | "running" | "succeeded" | "failed";
                            } | null;
                            name: string;
                            schedule: string;
                            summary: string;
                            timeZone: string;
                        }[];
                    };
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1JobsJobRuns: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                job: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            asOf: string;
                            attempts: number;
                            counts: {
                                [key: string]: number;
                            };
                            error: string | null;
                            finishedAt: string | null;
                            job: string;
                            progress: {
                                done: number;
                                total: number | null;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            requestedBy: string;
                            runId: string;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed";
                            /** @enum {string} */
                            trigger: "schedule" | "manual";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1JobsJobRuns: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                job: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    asOf?: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        asOf: string;
                        attempts: number;
                        counts: {
                            [key: string]: number;
                        };
                        error: string | null;
                        finishedAt: string | null;
                        job: string;
                        progress: {
                            done: number;
                            total: number | null;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        requestedBy: string;
                        runId: string;
                        startedAt: string | null;
                        /** @enum {string} */
                        state: "queued" | "running" | "succeeded" | "failed";
                        /** @enum {string} */
                        trigger: "schedule" | "manual";
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1JobsJobRunsRunId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        asOf: string;
                        attempts: number;
                        counts: {
                            [key: string]: number;
                        };
                        error: string | null;
                        finishedAt: string | null;
                        job: string;
                        progress: {
                            done: number;
                            total: number | null;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        requestedBy: string;
                        runId: string;
                        startedAt: string | null;
                        /** @enum {string} */
                        state: "queued" | "running" | "succeeded" | "failed";
                        /** @enum {string} */
                        trigger: "schedule" | "manual";
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "user" | "api-key" | "system";
                        name: string;
                        regions: string[] | null;
                        roles: ("admin" | "manager" | "dispatcher" | "agent" | "field")[];
                        scopes: ("customers:read" | "customers:write" | "readings:write" | "payments:write" | "tickets:read" | "tickets:write" | "events:read" | "webhooks:manage")[];
                        tenant: string;
                        timeZone: string | null;
                    };
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1MetersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        digits: number;
                        finalRead: number | null;
                        icCard: {
                            balance: number;
                            /** Format: date-time */
                            lastPurchaseAt?: string;
                            purchases: number;
                        } | null;
                        id: string;
                        inlet: ("left" | "right") | null;
                        /** Format: date */
                        installedAt: string;
                        placement: ("indoor" | "outdoor") | null;
                        regionId: string;
                        removedAt: string | null;
                        replacedBy: string | null;
                        replaces: string | null;
                        serial: string;
                        startRead: number;
                        /** @enum {string} */
                        status: "active" | "removed";
                        /** @enum {string} */
                        type: "diaphragm" | "ic-card" | "remote";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1MetersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    placement: "indoor" | "outdoor";
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        digits: number;
                        finalRead: number | null;
                        icCard: {
                            balance: number;
                            /** Format: date-time */
                            lastPurchaseAt?: string;
                            purchases: number;
                        } | null;
                        id: string;
                        inlet: ("left" | "right") | null;
                        /** Format: date */
                        installedAt: string;
                        placement: ("indoor" | "outdoor") | null;
                        regionId: string;
                        removedAt: string | null;
                        replacedBy: string | null;
                        replaces: string | null;
                        serial: string;
                        startRead: number;
                        /** @enum {string} */
                        status: "active" | "removed";
                        /** @enum {string} */
                        type: "diaphragm" | "ic-card" | "remote";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1MetersIdIcCardPurchases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    /** Format: date-time */
                    purchasedAt: string;
                    reference: string;
                    volume?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        balance: number | null;
                        balanceAfter: number;
                        meterId: string;
                        /** Format: date-time */
                        purchasedAt: string;
                        /** Format: date-time */
                        recordedAt: string;
                        reference: string;
                        replayed: boolean;
                        volume?: number;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        balance: number | null;
                        balanceAfter: number;
                        meterId: string;
                        /** Format: date-time */
                        purchasedAt: string;
                        /** Format: date-time */
                        recordedAt: string;
                        reference: string;
                        replayed: boolean;
                        volume?: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1MetersIdReadings: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            billable: boolean;
                            cardBalance: number | null;
                            consumption: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: string;
                            days: number | null;
                            exceptions: {
                                /** @enum {string} */
                                grade: "info" | "review" | "blocking";
                                /** @enum {string} */
                                rule: "negative" | "rollover" | "zero" | "high" | "low" | "inactive" | "duplicate" | "out-of-order" | "estimates" | "ic-card-no-purchase";
                            }[];
                            id: string;
                            meterId: string;
                            photoRef: string | null;
                            policyVersionId: string | null;
                            previous: {
                                readAt: string;
                                value: number;
                            } | null;
                            purchases: number | null;
                            /** Format: date-time */
                            readAt: string;
                            regionId: string;
                            /** @enum {string} */
                            source: "field" | "app" | "remote" | "integrator" | "estimate";
                            /** @enum {string} */
                            status: "valid" | "held" | "void";
                            value: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1MetersIdReplace: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    digits?: number;
                    finalRead: number;
                    /** @enum {string} */
                    inlet?: "left" | "right";
                    /** Format: date */
                    installedAt?: string;
                    newSerial: string;
                    startRead: number;
                    /** @enum {string} */
                    type?: "diaphragm" | "ic-card" | "remote";
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        digits: number;
                        finalRead: number | null;
                        icCard: {
                            balance: number;
                            /** Format: date-time */
                            lastPurchaseAt?: string;
                            purchases: number;
                        } | null;
                        id: string;
                        inlet: ("left" | "right") | null;
                        /** Format: date */
                        installedAt: string;
                        placement: ("indoor" | "outdoor") | null;
                        regionId: string;
                        removed: {
                            /** Format: date-time */
                            createdAt: string;
                            customerId: string;
                            digits: number;
                            finalRead: number | null;
                            icCard: {
                                balance: number;
                                /** Format: date-time */
                                lastPurchaseAt?: string;
                                purchases: number;
                            } | null;
                            id: string;
                            inlet: ("left" | "right") | null;
                            /** Format: date */
                            installedAt: string;
                            placement: ("indoor" | "outdoor") | null;
                            regionId: string;
                            removedAt: string | null;
                            replacedBy: string | null;
                            replaces: string | null;
                            serial: string;
                            startRead: number;
                            /** @enum {string} */
                            status: "active" | "removed";
                            /** @enum {string} */
                            type: "diaphragm" | "ic-card" | "remote";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                        removedAt: string | null;
                        replacedBy: string | null;
                        replaces: string | null;
                        serial: string;
                        startRead: number;
                        /** @enum {string} */
                        status: "active" | "removed";
                        /** @enum {string} */
                        type: "diaphragm" | "ic-card" | "remote";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Notifications: {
        parameters: {
            query?: {
                channel?: "sms" | "email" | "phone-task";
                cursor?: string;
                customerId?: string;
                day?: string;
                limit?: number;
                type?: "customer.suspended" | "customer.restored" | "survey.invitation" | "ticket.emergency" | "ticket.deadline-warning" | "ticket.escalated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** @enum {string} */
                            category: "service" | "marketing" | "survey";
                            /** @enum {string} */
                            channel: "sms" | "email" | "phone-task";
                            completedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date */
                            day: string;
                            id: string;
                            lastError: string | null;
                            note: string | null;
                            outcome: ("reached" | "no-answer" | "wrong-number") | null;
                            recipient: {
                                customerId: string | null;
                                email: string | null;
                                /** @enum {string} */
                                kind: "customer" | "staff";
                                name: string | null;
                                phone: string | null;
                                username: string | null;
                            };
                            sendAfter: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            state: "queued" | "held" | "sent" | "failed" | "open" | "done";
                            subject: {
                                id: string;
                                type: string;
                            };
                            text: string;
                            /** @enum {string} */
                            type: "customer.suspended" | "customer.restored" | "survey.invitation" | "ticket.emergency" | "ticket.deadline-warning" | "ticket.escalated";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1NotificationsIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    action: "complete";
                    note?: string;
                    /** @enum {string} */
                    outcome: "reached" | "no-answer" | "wrong-number";
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** @enum {string} */
                        category: "service" | "marketing" | "survey";
                        /** @enum {string} */
                        channel: "sms" | "email" | "phone-task";
                        completedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date */
                        day: string;
                        id: string;
                        lastError: string | null;
                        note: string | null;
                        outcome: ("reached" | "no-answer" | "wrong-number") | null;
                        recipient: {
                            customerId: string | null;
                            email: string | null;
                            /** @enum {string} */
                            kind: "customer" | "staff";
                            name: string | null;
                            phone: string | null;
                            username: string | null;
                        };
                        sendAfter: string | null;
                        sentAt: string | null;
                        /** @enum {string} */
                        state: "queued" | "held" | "sent" | "failed" | "open" | "done";
                        subject: {
                            id: string;
                            type: string;
                        };
                        text: string;
                        /** @enum {string} */
                        type: "customer.suspended" | "customer.restored" | "survey.invitation" | "ticket.emergency" | "ticket.deadline-warning" | "ticket.escalated";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Policies: {
        parameters: {
            query?: {
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            at: string;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            defaults: {
                                [key: string]: unknown;
                            };
                            fields: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                nullable?: boolean;
                                options?: {
                                    label: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    value: string;
                                }[];
                                path: string;
                                source: {
                                    ref: string;
                                    text: string;
                                };
                                /** @enum {string} */
                                unit: "minutes" | "hours" | "days" | "working-days" | "ratio" | "percent" | "time-window" | "count" | "text" | "boolean" | "choice";
                            }[];
                            history: {
                                actor: {
                                    id: string;
                                    kind: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                effectiveFrom: string;
                                id: string;
                                pack: string | null;
                                reason: string;
                                /** @description The section's values; its schema is `schema` in the section's GET reply */
                                values: {
                                    [key: string]: unknown;
                                };
                            }[];
                            inForce: {
                                effectiveFrom: string | null;
                                /** @description The section's values; its schema is `schema` in the section's GET reply */
                                values: {
                                    [key: string]: unknown;
                                };
                                versionId: string | null;
                            };
                            scheduled: {
                                actor: {
                                    id: string;
                                    kind: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                effectiveFrom: string;
                                id: string;
                                pack: string | null;
                                reason: string;
                                /** @description The section's values; its schema is `schema` in the section's GET reply */
                                values: {
                                    [key: string]: unknown;
                                };
                            }[];
                            schema: {
                                [key: string]: unknown;
                            };
                            section: string;
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                        }[];
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1PoliciesSection: {
        parameters: {
            query?: {
                at?: string;
            };
            header?: never;
            path: {
                section: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        /** @description The section's values; its schema is `schema` in the section's GET reply */
                        defaults: {
                            [key: string]: unknown;
                        };
                        fields: {
                            label: {
                                en: string;
                                "zh-CN": string;
                            };
                            nullable?: boolean;
                            options?: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                value: string;
                            }[];
                            path: string;
                            source: {
                                ref: string;
                                text: string;
                            };
                            /** @enum {string} */
                            unit: "minutes" | "hours" | "days" | "working-days" | "ratio" | "percent" | "time-window" | "count" | "text" | "boolean" | "choice";
                        }[];
                        history: {
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            effectiveFrom: string;
                            id: string;
                            pack: string | null;
                            reason: string;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        inForce: {
                            effectiveFrom: string | null;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            values: {
                                [key: string]: unknown;
                            };
                            versionId: string | null;
                        };
                        scheduled: {
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            effectiveFrom: string;
                            id: string;
                            pack: string | null;
                            reason: string;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        schema: {
                            [key: string]: unknown;
                        };
                        section: string;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putV1PoliciesSection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    effectiveFrom: string;
                    reason: string;
                    /** @description The section's values; its schema is `schema` in the section's GET reply */
                    values: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        /** @description The section's values; its schema is `schema` in the section's GET reply */
                        defaults: {
                            [key: string]: unknown;
                        };
                        fields: {
                            label: {
                                en: string;
                                "zh-CN": string;
                            };
                            nullable?: boolean;
                            options?: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                value: string;
                            }[];
                            path: string;
                            source: {
                                ref: string;
                                text: string;
                            };
                            /** @enum {string} */
                            unit: "minutes" | "hours" | "days" | "working-days" | "ratio" | "percent" | "time-window" | "count" | "text" | "boolean" | "choice";
                        }[];
                        history: {
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            effectiveFrom: string;
                            id: string;
                            pack: string | null;
                            reason: string;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        inForce: {
                            effectiveFrom: string | null;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            values: {
                                [key: string]: unknown;
                            };
                            versionId: string | null;
                        };
                        scheduled: {
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            effectiveFrom: string;
                            id: string;
                            pack: string | null;
                            reason: string;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        schema: {
                            [key: string]: unknown;
                        };
                        section: string;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteV1PoliciesSectionVersionsVersionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                section: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        /** @description The section's values; its schema is `schema` in the section's GET reply */
                        defaults: {
                            [key: string]: unknown;
                        };
                        fields: {
                            label: {
                                en: string;
                                "zh-CN": string;
                            };
                            nullable?: boolean;
                            options?: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                value: string;
                            }[];
                            path: string;
                            source: {
                                ref: string;
                                text: string;
                            };
                            /** @enum {string} */
                            unit: "minutes" | "hours" | "days" | "working-days" | "ratio" | "percent" | "time-window" | "count" | "text" | "boolean" | "choice";
                        }[];
                        history: {
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            effectiveFrom: string;
                            id: string;
                            pack: string | null;
                            reason: string;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        inForce: {
                            effectiveFrom: string | null;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            values: {
                                [key: string]: unknown;
                            };
                            versionId: string | null;
                        };
                        scheduled: {
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            effectiveFrom: string;
                            id: string;
                            pack: string | null;
                            reason: string;
                            /** @description The section's values; its schema is `schema` in the section's GET reply */
                            values: {
                                [key: string]: unknown;
                            };
                        }[];
                        schema: {
                            [key: string]: unknown;
                        };
                        section: string;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1PolicyPacks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            description: {
                                en: string;
                                "zh-CN": string;
                            };
                            id: string;
                            sections: {
                                section: string;
                                sources: {
                                    [key: string]: {
                                        ref: string;
                                        text: string;
                                    };
                                };
                                /** @description The section's values; its schema is `schema` in the section's GET reply */
                                values: {
                                    [key: string]: unknown;
                                };
                            }[];
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                        }[];
                    };
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PolicyPacksPackApply: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                pack: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    effectiveFrom: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        effectiveFrom: string;
                        pack: string;
                        versions: {
                            section: string;
                            versionId: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1PublicSurveysToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        about: "ticket" | "gas-on" | "inspection" | "service";
                        company: string;
                        dimensions: ("attitude" | "quality" | "resolution" | "afterSales")[];
                        /** Format: date-time */
                        expiresAt: string;
                        hotline: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PublicSurveysToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    scores: {
                        afterSales: number;
                        attitude: number;
                        quality: number;
                        resolution: number;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        answeredAt: string;
                        /** @constant */
                        thanks: true;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ReadBooks: {
        parameters: {
            query: {
                cursor?: string;
                limit?: number;
                regionId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            meterCount: number;
                            name: string;
                            reader: string;
                            regionId: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ReadBooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    cadence?: "commercial" | "residentialOutdoor" | "residentialIndoor";
                    meterIds: string[];
                    name: string;
                    reader: string;
                    regionId: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        meterCount: number;
                        meterIds: string[];
                        name: string;
                        reader: string;
                        regionId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ReadBooksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        meterCount: number;
                        meterIds: string[];
                        name: string;
                        reader: string;
                        regionId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1ReadBooksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    add?: string[];
                    /** @enum {string} */
                    cadence?: "commercial" | "residentialOutdoor" | "residentialIndoor";
                    name?: string;
                    order?: string[];
                    reader?: string;
                    remove?: string[];
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        meterCount: number;
                        meterIds: string[];
                        name: string;
                        reader: string;
                        regionId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ReadBooksIdMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: string;
                    fromVersion?: number;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        meterCount: number;
                        meterIds: string[];
                        name: string;
                        reader: string;
                        regionId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ReadBooksIdSplit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    meterIds: string[];
                    name: string;
                    reader?: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        book: {
                            /** @enum {string} */
                            cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            meterCount: number;
                            meterIds: string[];
                            name: string;
                            reader: string;
                            regionId: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                        source: {
                            /** @enum {string} */
                            cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            meterCount: number;
                            meterIds: string[];
                            name: string;
                            reader: string;
                            regionId: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ReadCycles: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                period?: string;
                reader?: string;
                regionId?: string;
                state?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accuracy: number | null;
                            accuracyTarget: number;
                            bookId: string;
                            bookName: string;
                            /** @enum {string} */
                            cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                            closedAt: string | null;
                            /** Format: date-time */
                            countedAt: string;
                            counts: {
                                accurate: number;
                                due: number;
                                estimated: number;
                                read: number;
                            };
                            id: string;
                            /** Format: date-time */
                            openedAt: string;
                            period: string;
                            policyVersionId: string | null;
                            reader: string;
                            readRate: number | null;
                            regionId: string;
                            /** @enum {string} */
                            state: "open" | "closed";
                            target: number;
                            unofficialYears: number[];
                            window: {
                                /** Format: date */
                                closesAfter: string;
                                /** Format: date-time */
                                closesAt: string;
                                /** Format: date-time */
                                opensAt: string;
                                /** Format: date */
                                opensOn: string;
                                postponedDays: number;
                            };
                        }[];
                        nextCursor: string | null;
                        readers: {
                            accuracy: number | null;
                            books: number;
                            /** @enum {string} */
                            cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                            closedBooks: number;
                            counts: {
                                accurate: number;
                                due: number;
                                estimated: number;
                                read: number;
                            };
                            frozen: boolean;
                            period: string;
                            reader: string | null;
                            readRate: number | null;
                            regionId: string | null;
                            /** @enum {string} */
                            scope: "region" | "reader";
                            target: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        regions: {
                            accuracy: number | null;
                            books: number;
                            /** @enum {string} */
                            cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                            closedBooks: number;
                            counts: {
                                accurate: number;
                                due: number;
                                estimated: number;
                                read: number;
                            };
                            frozen: boolean;
                            period: string;
                            reader: string | null;
                            readRate: number | null;
                            regionId: string | null;
                            /** @enum {string} */
                            scope: "region" | "reader";
                            target: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ReadCyclesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accuracy: number | null;
                        accuracyTarget: number;
                        bookId: string;
                        bookName: string;
                        /** @enum {string} */
                        cadence: "commercial" | "residentialOutdoor" | "residentialIndoor";
                        closedAt: string | null;
                        /** Format: date-time */
                        countedAt: string;
                        counts: {
                            accurate: number;
                            due: number;
                            estimated: number;
                            read: number;
                        };
                        id: string;
                        meters: {
                            followUpId: string | null;
                            lastReading: {
                                /** Format: date-time */
                                readAt: string;
                                source: string;
                                value: number;
                            } | null;
                            meterId: string;
                            seq: number;
                            serial: string;
                            /** @enum {string} */
                            status: "read" | "unread" | "estimated" | "gone";
                        }[];
                        /** Format: date-time */
                        openedAt: string;
                        period: string;
                        policyVersionId: string | null;
                        reader: string;
                        readRate: number | null;
                        regionId: string;
                        /** @enum {string} */
                        state: "open" | "closed";
                        target: number;
                        unofficialYears: number[];
                        window: {
                            /** Format: date */
                            closesAfter: string;
                            /** Format: date-time */
                            closesAt: string;
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date */
                            opensOn: string;
                            postponedDays: number;
                        };
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ReadingExceptions: {
        parameters: {
            query?: {
                cursor?: string;
                grade?: "info" | "review" | "blocking";
                limit?: number;
                regionId?: string;
                rule?: "negative" | "rollover" | "zero" | "high" | "low" | "inactive" | "duplicate" | "out-of-order" | "estimates" | "ic-card-no-purchase";
                status?: "open" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            consumption: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: string;
                            evidence: {
                                /** @enum {string} */
                                basis: "history" | "same-period-last-year" | "none";
                                expectedDailyUse: number | null;
                                expectedRange: {
                                    max: number;
                                    min: number;
                                } | null;
                                facts: {
                                    [key: string]: number | string | boolean | null;
                                };
                                history: {
                                    consumption: number | null;
                                    days: number | null;
                                    /** Format: date-time */
                                    readAt: string;
                                    readingId: string | null;
                                    source: string;
                                    value: number;
                                }[];
                                summary: string;
                            };
                            /** @enum {string} */
                            grade: "info" | "review" | "blocking";
                            id: string;
                            meterId: string;
                            /** Format: date-time */
                            readAt: string;
                            readingId: string;
                            regionId: string;
                            resolution: {
                                /** @enum {string} */
                                action: "accept" | "reject";
                                actor: {
                                    id: string;
                                    kind: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                at: string;
                                note: string;
                            } | null;
                            /** @enum {string} */
                            rule: "negative" | "rollover" | "zero" | "high" | "low" | "inactive" | "duplicate" | "out-of-order" | "estimates" | "ic-card-no-purchase";
                            /** @enum {string} */
                            status: "open" | "resolved";
                            value: number;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ReadingExceptionsIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "accept" | "reject";
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        consumption: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        evidence: {
                            /** @enum {string} */
                            basis: "history" | "same-period-last-year" | "none";
                            expectedDailyUse: number | null;
                            expectedRange: {
                                max: number;
                                min: number;
                            } | null;
                            facts: {
                                [key: string]: number | string | boolean | null;
                            };
                            history: {
                                consumption: number | null;
                                days: number | null;
                                /** Format: date-time */
                                readAt: string;
                                readingId: string | null;
                                source: string;
                                value: number;
                            }[];
                            summary: string;
                        };
                        /** @enum {string} */
                        grade: "info" | "review" | "blocking";
                        id: string;
                        meterId: string;
                        /** Format: date-time */
                        readAt: string;
                        readingId: string;
                        regionId: string;
                        resolution: {
                            /** @enum {string} */
                            action: "accept" | "reject";
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            at: string;
                            note: string;
                        } | null;
                        /** @enum {string} */
                        rule: "negative" | "rollover" | "zero" | "high" | "low" | "inactive" | "duplicate" | "out-of-order" | "estimates" | "ic-card-no-purchase";
                        /** @enum {string} */
                        status: "open" | "resolved";
                        value: number;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Readings: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    readings: {
                        cardBalance?: number;
                        meterId: string;
                        photoRef?: string;
                        purchases?: number;
                        /** Format: date-time */
                        readAt: string;
                        /** @enum {string} */
                        source: "field" | "app" | "remote" | "integrator" | "estimate";
                        value: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            consumption: number | null;
                            exceptions: {
                                /** @enum {string} */
                                grade: "info" | "review" | "blocking";
                                /** @enum {string} */
                                rule: "negative" | "rollover" | "zero" | "high" | "low" | "inactive" | "duplicate" | "out-of-order" | "estimates" | "ic-card-no-purchase";
                            }[];
                            field: string | null;
                            index: number;
                            readingId: string | null;
                            reason: string | null;
                            /** @enum {string} */
                            status: "accepted" | "rejected";
                        }[];
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Regions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "region" | "business-hall";
                            name: string;
                            regionId: string;
                        }[];
                    };
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Regions: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default region
                     * @enum {string}
                     */
                    kind?: "region" | "business-hall";
                    name: string;
                    regionId: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** @enum {string} */
                        kind: "region" | "business-hall";
                        name: string;
                        regionId: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1RegionsRegionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** @enum {string} */
                        kind: "region" | "business-hall";
                        name: string;
                        regionId: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SurveyCampaigns: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                state?: "draft" | "running" | "paused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            channel: "sms" | "email";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            /** @enum {string} */
                            kind: "periodic" | "event";
                            name: string;
                            periods: string[];
                            progress: {
                                answered: number;
                                invited: number;
                                phoneTasks: number;
                                responseRate: number | null;
                            };
                            quotas: {
                                /** @enum {string} */
                                class?: "residential" | "commercial" | "public-welfare" | "industrial";
                                max: number;
                                regionId?: string;
                            }[];
                            sampleRate: number;
                            schedule: ("quarterly" | "half-yearly" | "yearly") | null;
                            scope: {
                                classes: ("residential" | "commercial" | "public-welfare" | "industrial")[];
                                regionIds: string[];
                            };
                            skipDays: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "running" | "paused";
                            trigger: ("ticket.closed" | "customer.gas-on" | "inspection.done") | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SurveyCampaigns: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "sms" | "email";
                    /** @enum {string} */
                    kind: "periodic" | "event";
                    name: string;
                    quotas?: {
                        /** @enum {string} */
                        class?: "residential" | "commercial" | "public-welfare" | "industrial";
                        max: number;
                        regionId?: string;
                    }[];
                    sampleRate: number;
                    /** @enum {string} */
                    schedule?: "quarterly" | "half-yearly" | "yearly";
                    scope: {
                        classes: ("residential" | "commercial" | "public-welfare" | "industrial")[];
                        regionIds: string[];
                    };
                    skipDays?: number;
                    /** @enum {string} */
                    trigger?: "ticket.closed" | "customer.gas-on" | "inspection.done";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "sms" | "email";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        /** @enum {string} */
                        kind: "periodic" | "event";
                        name: string;
                        periods: string[];
                        progress: {
                            answered: number;
                            invited: number;
                            phoneTasks: number;
                            responseRate: number | null;
                        };
                        quotas: {
                            /** @enum {string} */
                            class?: "residential" | "commercial" | "public-welfare" | "industrial";
                            max: number;
                            regionId?: string;
                        }[];
                        sampleRate: number;
                        schedule: ("quarterly" | "half-yearly" | "yearly") | null;
                        scope: {
                            classes: ("residential" | "commercial" | "public-welfare" | "industrial")[];
                            regionIds: string[];
                        };
                        skipDays: number;
                        startedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "running" | "paused";
                        trigger: ("ticket.closed" | "customer.gas-on" | "inspection.done") | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SurveyCampaignsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "sms" | "email";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        /** @enum {string} */
                        kind: "periodic" | "event";
                        name: string;
                        periods: string[];
                        progress: {
                            answered: number;
                            invited: number;
                            phoneTasks: number;
                            responseRate: number | null;
                        };
                        quotas: {
                            /** @enum {string} */
                            class?: "residential" | "commercial" | "public-welfare" | "industrial";
                            max: number;
                            regionId?: string;
                        }[];
                        sampleRate: number;
                        schedule: ("quarterly" | "half-yearly" | "yearly") | null;
                        scope: {
                            classes: ("residential" | "commercial" | "public-welfare" | "industrial")[];
                            regionIds: string[];
                        };
                        skipDays: number;
                        startedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "running" | "paused";
                        trigger: ("ticket.closed" | "customer.gas-on" | "inspection.done") | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1SurveyCampaignsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    quotas?: {
                        /** @enum {string} */
                        class?: "residential" | "commercial" | "public-welfare" | "industrial";
                        max: number;
                        regionId?: string;
                    }[];
                    sampleRate?: number;
                    skipDays?: number;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "sms" | "email";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        /** @enum {string} */
                        kind: "periodic" | "event";
                        name: string;
                        periods: string[];
                        progress: {
                            answered: number;
                            invited: number;
                            phoneTasks: number;
                            responseRate: number | null;
                        };
                        quotas: {
                            /** @enum {string} */
                            class?: "residential" | "commercial" | "public-welfare" | "industrial";
                            max: number;
                            regionId?: string;
                        }[];
                        sampleRate: number;
                        schedule: ("quarterly" | "half-yearly" | "yearly") | null;
                        scope: {
                            classes: ("residential" | "commercial" | "public-welfare" | "industrial")[];
                            regionIds: string[];
                        };
                        skipDays: number;
                        startedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "running" | "paused";
                        trigger: ("ticket.closed" | "customer.gas-on" | "inspection.done") | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SurveyCampaignsIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "start" | "pause" | "resume";
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "sms" | "email";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        /** @enum {string} */
                        kind: "periodic" | "event";
                        name: string;
                        periods: string[];
                        progress: {
                            answered: number;
                            invited: number;
                            phoneTasks: number;
                            responseRate: number | null;
                        };
                        quotas: {
                            /** @enum {string} */
                            class?: "residential" | "commercial" | "public-welfare" | "industrial";
                            max: number;
                            regionId?: string;
                        }[];
                        sampleRate: number;
                        schedule: ("quarterly" | "half-yearly" | "yearly") | null;
                        scope: {
                            classes: ("residential" | "commercial" | "public-welfare" | "industrial")[];
                            regionIds: string[];
                        };
                        skipDays: number;
                        startedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "running" | "paused";
                        trigger: ("ticket.closed" | "customer.gas-on" | "inspection.done") | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SurveyCampaignsIdInvitations: {
        parameters: {
            query?: {
                channel?: "sms" | "email" | "phone-task";
                cursor?: string;
                limit?: number;
                regionId?: string;
                status?: "sent" | "answered" | "expired";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answer: {
                                by: string | null;
                                /** @enum {string} */
                                channel: "web" | "phone";
                                comment: string | null;
                                scores: {
                                    afterSales: number;
                                    attitude: number;
                                    quality: number;
                                    resolution: number;
                                };
                            } | null;
                            answeredAt: string | null;
                            campaignId: string;
                            /** @enum {string} */
                            channel: "sms" | "email" | "phone-task";
                            /** @enum {string} */
                            class: "residential" | "commercial" | "public-welfare" | "industrial";
                            customerId: string;
                            customerName: string;
                            /** Format: date-time */
                            expiresAt: string;
                            followUpTicketId: string | null;
                            id: string;
                            /** Format: date-time */
                            invitedAt: string;
                            link: string | null;
                            period: string;
                            regionId: string;
                            staff: string | null;
                            /** @enum {string} */
                            status: "sent" | "answered" | "expired";
                            subject: {
                                id: string;
                                type: string;
                            } | null;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SurveyCampaignsIdInvitationsInvitationIdAnswers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    scores: {
                        afterSales: number;
                        attitude: number;
                        quality: number;
                        resolution: number;
                    };
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            by: string | null;
                            /** @enum {string} */
                            channel: "web" | "phone";
                            comment: string | null;
                            scores: {
                                afterSales: number;
                                attitude: number;
                                quality: number;
                                resolution: number;
                            };
                        } | null;
                        answeredAt: string | null;
                        campaignId: string;
                        /** @enum {string} */
                        channel: "sms" | "email" | "phone-task";
                        /** @enum {string} */
                        class: "residential" | "commercial" | "public-welfare" | "industrial";
                        customerId: string;
                        customerName: string;
                        /** Format: date-time */
                        expiresAt: string;
                        followUpTicketId: string | null;
                        id: string;
                        /** Format: date-time */
                        invitedAt: string;
                        link: string | null;
                        period: string;
                        regionId: string;
                        staff: string | null;
                        /** @enum {string} */
                        status: "sent" | "answered" | "expired";
                        subject: {
                            id: string;
                            type: string;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SurveyCampaignsIdResults: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "xlsx";
                period?: string;
                regionId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byPeriod: {
                            dimensions: {
                                [key: string]: {
                                    average: number | null;
                                    satisfied: {
                                        count: number;
                                        of: number;
                                        rate: number | null;
                                    };
                                };
                            };
                            period: string;
                            responses: number;
                            returnVisits: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            satisfaction: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                        }[];
                        byRegion: {
                            dimensions: {
                                [key: string]: {
                                    average: number | null;
                                    satisfied: {
                                        count: number;
                                        of: number;
                                        rate: number | null;
                                    };
                                };
                            };
                            regionId: string;
                            responses: number;
                            returnVisits: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            satisfaction: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                        }[];
                        byStaff: {
                            dimensions: {
                                [key: string]: {
                                    average: number | null;
                                    satisfied: {
                                        count: number;
                                        of: number;
                                        rate: number | null;
                                    };
                                };
                            };
                            responses: number;
                            returnVisits: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            satisfaction: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            staff: string;
                        }[];
                        campaignId: string | null;
                        comments: {
                            /** Format: date-time */
                            answeredAt: string;
                            comment: string;
                            invitationId: string;
                            low: boolean;
                            regionId: string;
                        }[];
                        followUps: number;
                        invited: number;
                        meetsTarget: boolean | null;
                        overall: {
                            dimensions: {
                                [key: string]: {
                                    average: number | null;
                                    satisfied: {
                                        count: number;
                                        of: number;
                                        rate: number | null;
                                    };
                                };
                            };
                            responses: number;
                            returnVisits: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            satisfaction: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                        };
                        period: string | null;
                        responseRate: {
                            count: number;
                            of: number;
                            rate: number | null;
                        };
                        target: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SurveyResults: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "xlsx";
                period?: string;
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byPeriod: {
                            dimensions: {
                                [key: string]: {
                                    average: number | null;
                                    satisfied: {
                                        count: number;
                                        of: number;
                                        rate: number | null;
                                    };
                                };
                            };
                            period: string;
                            responses: number;
                            returnVisits: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            satisfaction: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                        }[];
                        byRegion: {
                            dimensions: {
                                [key: string]: {
                                    average: number | null;
                                    satisfied: {
                                        count: number;
                                        of: number;
                                        rate: number | null;
                                    };
                                };
                            };
                            regionId: string;
                            responses: number;
                            returnVisits: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            satisfaction: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                        }[];
                        byStaff: {
                            dimensions: {
                                [key: string]: {
                                    average: number | null;
                                    satisfied: {
                                        count: number;
                                        of: number;
                                        rate: number | null;
                                    };
                                };
                            };
                            responses: number;
                            returnVisits: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            satisfaction: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            staff: string;
                        }[];
                        campaignId: string | null;
                        comments: {
                            /** Format: date-time */
                            answeredAt: string;
                            comment: string;
                            invitationId: string;
                            low: boolean;
                            regionId: string;
                        }[];
                        followUps: number;
                        invited: number;
                        meetsTarget: boolean | null;
                        overall: {
                            dimensions: {
                                [key: string]: {
                                    average: number | null;
                                    satisfied: {
                                        count: number;
                                        of: number;
                                        rate: number | null;
                                    };
                                };
                            };
                            responses: number;
                            returnVisits: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                            satisfaction: {
                                count: number;
                                of: number;
                                rate: number | null;
                            };
                        };
                        period: string | null;
                        responseRate: {
                            count: number;
                            of: number;
                            rate: number | null;
                        };
                        target: number;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Tickets: {
        parameters: {
            query?: {
                assignee?: string;
                cursor?: string;
                kind?: "inquiry" | "repair" | "emergency" | "complaint";
                limit?: number;
                regionId?: string;
                status?: "received" | "acknowledged" | "dispatched" | "on-site" | "resolved" | "replied" | "closed" | "return-visited" | "reopened";
                view?: "risk" | "assignee";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assignee: string | null;
                            /** @enum {string} */
                            channel: "phone" | "counter" | "web" | "app" | "integrator";
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            customerId: string;
                            deadlines: {
                                /** Format: date-time */
                                acknowledge?: string;
                                /** Format: date-time */
                                onSite?: string;
                                /** Format: date-time */
                                reply?: string;
                                /** Format: date-time */
                                resolve?: string;
                                /** Format: date-time */
                                result?: string;
                            };
                            description: string;
                            escalation: {
                                history: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "department" | "company" | "regulator";
                                    reason: string;
                                }[];
                                level: number;
                            };
                            firstTimeFix: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "inquiry" | "repair" | "emergency" | "complaint";
                            met: {
                                [key: string]: string;
                            };
                            nextDeadline: string | null;
                            paused: {
                                note: string | null;
                                /** @enum {string} */
                                reason: "waiting-for-customer" | "no-access";
                                /** Format: date-time */
                                since: string;
                            } | null;
                            pauses: {
                                /** Format: date-time */
                                from: string;
                                /** @enum {string} */
                                reason: "waiting-for-customer" | "no-access";
                                /** Format: date-time */
                                to: string;
                            }[];
                            policy: {
                                effectiveFrom: string | null;
                                section: string;
                                versionId: string | null;
                            };
                            /** @enum {string} */
                            priority: "normal" | "urgent";
                            /** Format: date-time */
                            receivedAt: string;
                            referred: boolean;
                            regionId: string;
                            reopens: {
                                /** Format: date-time */
                                at: string;
                                reason: string;
                                withinThirtyDays: boolean;
                            }[];
                            reply: string | null;
                            resolution: string | null;
                            returnVisit: {
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                                satisfied: boolean;
                                score: number;
                            } | null;
                            risk: ("breached" | "due-soon" | "on-track") | null;
                            sla: {
                                breached: {
                                    [key: string]: string;
                                };
                                escalations: {
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    level: "department" | "company" | "regulator";
                                }[];
                                missed: {
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    deadline: "acknowledge" | "onSite" | "resolve" | "reply" | "result";
                                }[];
                                policy: {
                                    effectiveFrom: string | null;
                                    section: string;
                                    versionId: string | null;
                                };
                                warnAt: {
                                    [key: string]: string;
                                };
                                warned: {
                                    [key: string]: string;
                                };
                            };
                            specialCare: boolean;
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "dispatched" | "on-site" | "resolved" | "replied" | "closed" | "return-visited" | "reopened";
                            unofficialYears: number[];
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Tickets: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "phone" | "counter" | "web" | "app" | "integrator";
                    customerId: string;
                    description: string;
                    /** @enum {string} */
                    kind: "inquiry" | "repair" | "emergency" | "complaint";
                    /** @enum {string} */
                    priority?: "normal" | "urgent";
                    /** Format: date-time */
                    receivedAt?: string;
                    referred?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignee: string | null;
                        /** @enum {string} */
                        channel: "phone" | "counter" | "web" | "app" | "integrator";
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            id: string;
                            kind: string;
                            name: string;
                        };
                        customerId: string;
                        deadlines: {
                            /** Format: date-time */
                            acknowledge?: string;
                            /** Format: date-time */
                            onSite?: string;
                            /** Format: date-time */
                            reply?: string;
                            /** Format: date-time */
                            resolve?: string;
                            /** Format: date-time */
                            result?: string;
                        };
                        description: string;
                        escalation: {
                            history: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                level: "department" | "company" | "regulator";
                                reason: string;
                            }[];
                            level: number;
                        };
                        firstTimeFix: boolean;
                        id: string;
                        /** @enum {string} */
                        kind: "inquiry" | "repair" | "emergency" | "complaint";
                        met: {
                            [key: string]: string;
                        };
                        nextDeadline: string | null;
                        paused: {
                            note: string | null;
                            /** @enum {string} */
                            reason: "waiting-for-customer" | "no-access";
                            /** Format: date-time */
                            since: string;
                        } | null;
                        pauses: {
                            /** Format: date-time */
                            from: string;
                            /** @enum {string} */
                            reason: "waiting-for-customer" | "no-access";
                            /** Format: date-time */
                            to: string;
                        }[];
                        policy: {
                            effectiveFrom: string | null;
                            section: string;
                            versionId: string | null;
                        };
                        /** @enum {string} */
                        priority: "normal" | "urgent";
                        /** Format: date-time */
                        receivedAt: string;
                        referred: boolean;
                        regionId: string;
                        reopens: {
                            /** Format: date-time */
                            at: string;
                            reason: string;
                            withinThirtyDays: boolean;
                        }[];
                        reply: string | null;
                        resolution: string | null;
                        returnVisit: {
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                            satisfied: boolean;
                            score: number;
                        } | null;
                        risk: ("breached" | "due-soon" | "on-track") | null;
                        sla: {
                            breached: {
                                [key: string]: string;
                            };
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                level: "department" | "company" | "regulator";
                            }[];
                            missed: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                deadline: "acknowledge" | "onSite" | "resolve" | "reply" | "result";
                            }[];
                            policy: {
                                effectiveFrom: string | null;
                                section: string;
                                versionId: string | null;
                            };
                            warnAt: {
                                [key: string]: string;
                            };
                            warned: {
                                [key: string]: string;
                            };
                        };
                        specialCare: boolean;
                        /** @enum {string} */
                        status: "received" | "acknowledged" | "dispatched" | "on-site" | "resolved" | "replied" | "closed" | "return-visited" | "reopened";
                        unofficialYears: number[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1TicketsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignee: string | null;
                        /** @enum {string} */
                        channel: "phone" | "counter" | "web" | "app" | "integrator";
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            id: string;
                            kind: string;
                            name: string;
                        };
                        customerId: string;
                        deadlines: {
                            /** Format: date-time */
                            acknowledge?: string;
                            /** Format: date-time */
                            onSite?: string;
                            /** Format: date-time */
                            reply?: string;
                            /** Format: date-time */
                            resolve?: string;
                            /** Format: date-time */
                            result?: string;
                        };
                        description: string;
                        escalation: {
                            history: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                level: "department" | "company" | "regulator";
                                reason: string;
                            }[];
                            level: number;
                        };
                        firstTimeFix: boolean;
                        history: {
                            action: string;
                            actor: {
                                id: string;
                                kind: string;
                                name: string;
                            };
                            /** Format: date-time */
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            } | null;
                            id: string;
                            summary: string | null;
                        }[];
                        id: string;
                        /** @enum {string} */
                        kind: "inquiry" | "repair" | "emergency" | "complaint";
                        met: {
                            [key: string]: string;
                        };
                        nextDeadline: string | null;
                        paused: {
                            note: string | null;
                            /** @enum {string} */
                            reason: "waiting-for-customer" | "no-access";
                            /** Format: date-time */
                            since: string;
                        } | null;
                        pauses: {
                            /** Format: date-time */
                            from: string;
                            /** @enum {string} */
                            reason: "waiting-for-customer" | "no-access";
                            /** Format: date-time */
                            to: string;
                        }[];
                        policy: {
                            effectiveFrom: string | null;
                            section: string;
                            versionId: string | null;
                        };
                        /** @enum {string} */
                        priority: "normal" | "urgent";
                        /** Format: date-time */
                        receivedAt: string;
                        referred: boolean;
                        regionId: string;
                        reopens: {
                            /** Format: date-time */
                            at: string;
                            reason: string;
                            withinThirtyDays: boolean;
                        }[];
                        reply: string | null;
                        resolution: string | null;
                        returnVisit: {
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                            satisfied: boolean;
                            score: number;
                        } | null;
                        risk: ("breached" | "due-soon" | "on-track") | null;
                        sla: {
                            breached: {
                                [key: string]: string;
                            };
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                level: "department" | "company" | "regulator";
                            }[];
                            missed: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                deadline: "acknowledge" | "onSite" | "resolve" | "reply" | "result";
                            }[];
                            policy: {
                                effectiveFrom: string | null;
                                section: string;
                                versionId: string | null;
                            };
                            warnAt: {
                                [key: string]: string;
                            };
                            warned: {
                                [key: string]: string;
                            };
                        };
                        specialCare: boolean;
                        /** @enum {string} */
                        status: "received" | "acknowledged" | "dispatched" | "on-site" | "resolved" | "replied" | "closed" | "return-visited" | "reopened";
                        unofficialYears: number[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1TicketsIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    action: "acknowledge";
                    version?: number;
                } | {
                    /** @constant */
                    action: "dispatch";
                    assignee: string;
                    version?: number;
                } | {
                    /** @constant */
                    action: "arrive";
                    version?: number;
                } | {
                    /** @constant */
                    action: "resolve";
                    resolution: string;
                    version?: number;
                } | {
                    /** @constant */
                    action: "reply";
                    message: string;
                    version?: number;
                } | {
                    /** @constant */
                    action: "escalate";
                    reason: string;
                    version?: number;
                } | {
                    /** @constant */
                    action: "pause";
                    note?: string;
                    /** @enum {string} */
                    reason: "waiting-for-customer" | "no-access";
                    version?: number;
                } | {
                    /** @constant */
                    action: "resume";
                    version?: number;
                } | {
                    /** @constant */
                    action: "close";
                    version?: number;
                } | {
                    /** @constant */
                    action: "return-visit";
                    note?: string;
                    satisfied: boolean;
                    score: number;
                    version?: number;
                } | {
                    /** @constant */
                    action: "reopen";
                    reason: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignee: string | null;
                        /** @enum {string} */
                        channel: "phone" | "counter" | "web" | "app" | "integrator";
                        closedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: {
                            id: string;
                            kind: string;
                            name: string;
                        };
                        customerId: string;
                        deadlines: {
                            /** Format: date-time */
                            acknowledge?: string;
                            /** Format: date-time */
                            onSite?: string;
                            /** Format: date-time */
                            reply?: string;
                            /** Format: date-time */
                            resolve?: string;
                            /** Format: date-time */
                            result?: string;
                        };
                        description: string;
                        escalation: {
                            history: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                level: "department" | "company" | "regulator";
                                reason: string;
                            }[];
                            level: number;
                        };
                        firstTimeFix: boolean;
                        id: string;
                        /** @enum {string} */
                        kind: "inquiry" | "repair" | "emergency" | "complaint";
                        met: {
                            [key: string]: string;
                        };
                        nextDeadline: string | null;
                        paused: {
                            note: string | null;
                            /** @enum {string} */
                            reason: "waiting-for-customer" | "no-access";
                            /** Format: date-time */
                            since: string;
                        } | null;
                        pauses: {
                            /** Format: date-time */
                            from: string;
                            /** @enum {string} */
                            reason: "waiting-for-customer" | "no-access";
                            /** Format: date-time */
                            to: string;
                        }[];
                        policy: {
                            effectiveFrom: string | null;
                            section: string;
                            versionId: string | null;
                        };
                        /** @enum {string} */
                        priority: "normal" | "urgent";
                        /** Format: date-time */
                        receivedAt: string;
                        referred: boolean;
                        regionId: string;
                        reopens: {
                            /** Format: date-time */
                            at: string;
                            reason: string;
                            withinThirtyDays: boolean;
                        }[];
                        reply: string | null;
                        resolution: string | null;
                        returnVisit: {
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                            satisfied: boolean;
                            score: number;
                        } | null;
                        risk: ("breached" | "due-soon" | "on-track") | null;
                        sla: {
                            breached: {
                                [key: string]: string;
                            };
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                level: "department" | "company" | "regulator";
                            }[];
                            missed: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                deadline: "acknowledge" | "onSite" | "resolve" | "reply" | "result";
                            }[];
                            policy: {
                                effectiveFrom: string | null;
                                section: string;
                                versionId: string | null;
                            };
                            warnAt: {
                                [key: string]: string;
                            };
                            warned: {
                                [key: string]: string;
                            };
                        };
                        specialCare: boolean;
                        /** @enum {string} */
                        status: "received" | "acknowledged" | "dispatched" | "on-site" | "resolved" | "replied" | "closed" | "return-visited" | "reopened";
                        unofficialYears: number[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1TicketsDeadlinePreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "phone" | "counter" | "web" | "app" | "integrator";
                    customerId: string;
                    description: string;
                    /** @enum {string} */
                    kind: "inquiry" | "repair" | "emergency" | "complaint";
                    /** @enum {string} */
                    priority?: "normal" | "urgent";
                    /** Format: date-time */
                    receivedAt?: string;
                    referred?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deadlines: {
                            /** Format: date-time */
                            acknowledge?: string;
                            /** Format: date-time */
                            onSite?: string;
                            /** Format: date-time */
                            reply?: string;
                            /** Format: date-time */
                            resolve?: string;
                            /** Format: date-time */
                            result?: string;
                        };
                        /** @enum {string} */
                        kind: "inquiry" | "repair" | "emergency" | "complaint";
                        policy: {
                            effectiveFrom: string | null;
                            section: string;
                            versionId: string | null;
                        };
                        /** @enum {string} */
                        priority: "normal" | "urgent";
                        /** Format: date-time */
                        receivedAt: string;
                        unofficialYears: number[];
                        warnAt: {
                            /** Format: date-time */
                            acknowledge?: string;
                            /** Format: date-time */
                            onSite?: string;
                            /** Format: date-time */
                            reply?: string;
                            /** Format: date-time */
                            resolve?: string;
                            /** Format: date-time */
                            result?: string;
                        };
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            disabledAt: string | null;
                            lastSignInAt: string | null;
                            mustChangePassword: boolean;
                            name: string;
                            passwordSet: boolean;
                            regions: string[] | null;
                            roles: ("admin" | "manager" | "dispatcher" | "agent" | "field")[];
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Users: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    regions?: string[] | null;
                    roles: ("admin" | "manager" | "dispatcher" | "agent" | "field")[];
                    username: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        setup: {
                            /** Format: date-time */
                            expiresAt: string;
                            resetUrl: string;
                        };
                        user: {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            disabledAt: string | null;
                            lastSignInAt: string | null;
                            mustChangePassword: boolean;
                            name: string;
                            passwordSet: boolean;
                            regions: string[] | null;
                            roles: ("admin" | "manager" | "dispatcher" | "agent" | "field")[];
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                            version: number;
                        };
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1UsersUsername: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        disabled: boolean;
                        disabledAt: string | null;
                        lastSignInAt: string | null;
                        mustChangePassword: boolean;
                        name: string;
                        passwordSet: boolean;
                        regions: string[] | null;
                        roles: ("admin" | "manager" | "dispatcher" | "agent" | "field")[];
                        /** Format: date-time */
                        updatedAt: string;
                        username: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1UsersUsername: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    regions?: string[] | null;
                    roles?: ("admin" | "manager" | "dispatcher" | "agent" | "field")[];
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        disabled: boolean;
                        disabledAt: string | null;
                        lastSignInAt: string | null;
                        mustChangePassword: boolean;
                        name: string;
                        passwordSet: boolean;
                        regions: string[] | null;
                        roles: ("admin" | "manager" | "dispatcher" | "agent" | "field")[];
                        /** Format: date-time */
                        updatedAt: string;
                        username: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1UsersUsernameActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "disable" | "enable";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        disabled: boolean;
                        disabledAt: string | null;
                        lastSignInAt: string | null;
                        mustChangePassword: boolean;
                        name: string;
                        passwordSet: boolean;
                        regions: string[] | null;
                        roles: ("admin" | "manager" | "dispatcher" | "agent" | "field")[];
                        /** Format: date-time */
                        updatedAt: string;
                        username: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1UsersUsernamePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        resetUrl: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Webhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            description: string | null;
                            events: string[];
                            id: string;
                            secretHint: string;
                            /** @enum {string} */
                            state: "active" | "disabled";
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Webhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key replays the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    events: string[];
                    /**
                     * Format: uri
                     * @description https://…; plain http only to localhost (development)
                     */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        description: string | null;
                        events: string[];
                        id: string;
                        secret: string;
                        secretHint: string;
                        /** @enum {string} */
                        state: "active" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1WebhooksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        description: string | null;
                        events: string[];
                        id: string;
                        secretHint: string;
                        /** @enum {string} */
                        state: "active" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteV1WebhooksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        description: string | null;
                        events: string[];
                        id: string;
                        secretHint: string;
                        /** @enum {string} */
                        state: "active" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1WebhooksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    events?: string[];
                    /** @enum {string} */
                    state?: "active" | "disabled";
                    /**
                     * Format: uri
                     * @description https://…; plain http only to localhost (development)
                     */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        description: string | null;
                        events: string[];
                        id: string;
                        secretHint: string;
                        /** @enum {string} */
                        state: "active" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1WebhooksIdDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                state?: "pending" | "succeeded" | "dead" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attemptCount: number;
                            attempts: {
                                /** Format: date-time */
                                at: string;
                                durationMs: number;
                                error: string | null;
                                status: number | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            eventAt: string;
                            eventId: string;
                            eventType: string;
                            id: string;
                            lastError: string | null;
                            lastStatus: number | null;
                            nextAttemptAt: string | null;
                            round: number;
                            /** @enum {string} */
                            state: "pending" | "succeeded" | "dead" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            webhookId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1WebhooksIdDeliveriesDeliveryId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attemptCount: number;
                        attempts: {
                            /** Format: date-time */
                            at: string;
                            durationMs: number;
                            error: string | null;
                            status: number | null;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        eventAt: string;
                        eventId: string;
                        eventType: string;
                        id: string;
                        lastError: string | null;
                        lastStatus: number | null;
                        nextAttemptAt: string | null;
                        round: number;
                        /** @enum {string} */
                        state: "pending" | "succeeded" | "dead" | "cancelled";
                        /** Format: date-time */
                        updatedAt: string;
                        webhookId: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1WebhooksIdDeliveriesDeliveryIdRedeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attemptCount: number;
                        attempts: {
                            /** Format: date-time */
                            at: string;
                            durationMs: number;
                            error: string | null;
                            status: number | null;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        eventAt: string;
                        eventId: string;
                        eventType: string;
                        id: string;
                        lastError: string | null;
                        lastStatus: number | null;
                        nextAttemptAt: string | null;
                        round: number;
                        /** @enum {string} */
                        state: "pending" | "succeeded" | "dead" | "cancelled";
                        /** Format: date-time */
                        updatedAt: string;
                        webhookId: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1WebhooksIdRotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        description: string | null;
                        events: string[];
                        id: string;
                        /** Format: date-time */
                        previousSecretValidUntil: string;
                        secret: string;
                        secretHint: string;
                        /** @enum {string} */
                        state: "active" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                        version: number;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1WebhooksIdTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attemptCount: number;
                        attempts: {
                            /** Format: date-time */
                            at: string;
                            durationMs: number;
                            error: string | null;
                            status: number | null;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        eventAt: string;
                        eventId: string;
                        eventType: string;
                        id: string;
                        lastError: string | null;
                        lastStatus: number | null;
                        nextAttemptAt: string | null;
                        round: number;
                        /** @enum {string} */
                        state: "pending" | "succeeded" | "dead" | "cancelled";
                        /** Format: date-time */
                        updatedAt: string;
                        webhookId: string;
                    };
                };
            };
            /** @description Bad request: the field is named in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also: an object of another tenant or region) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (application/problem+json) with a stable `type` and `code` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
