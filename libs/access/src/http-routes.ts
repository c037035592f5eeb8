import { SetMetadata } from '@nestjs/common';
import type { OperationRule } from './policy.table.js';

/**
 * The plain HTTP routes of the API (CSV exports and imports), with what the caller must be allowed to do, as the
 * policy table does for GraphQL operations (POLICY.md: imports are for panel staff of the panel; an export gives
 * exactly the rows and fields its GraphQL twin would). The guard reads this table: a route without an entry and
 * without `@Public()` is refused. The bearer token is the API's; the rows are then filtered by the same repositories.
 */
export const HTTP_ROUTES: Readonly<Record<string, OperationRule>> = {
  'POST /imports': ['import', 'Case'],
  'GET /exports/cases.csv': ['read', 'Case'],
  'GET /exports/actions.csv': ['read', 'Action'],
  'GET /exports/safelives-return.csv': ['read', 'Metrics'],
};
export type HttpRouteKey = keyof typeof HTTP_ROUTES & string;

export const HTTP_ROUTE = 'marac:http-route';
/** Marks a controller method as the route `key` of HTTP_ROUTES (its permission, audit name and log name). */
export const HttpRoute = (key: HttpRouteKey) => SetMetadata(HTTP_ROUTE, key);
