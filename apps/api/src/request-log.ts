import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { GqlContext } from '@marac/core';

/** What the GraphQL plugin learns about a request, read by the HTTP middleware when the response is sent. */
interface RequestFacts {
  operation?: string;
  codes?: string[];
  requestId?: string;
}

const FACTS = Symbol('graphqlRequestLog');

type Req = { method?: string; [FACTS]?: RequestFacts };
type Res = { statusCode: number; once(event: 'finish' | 'close', listener: () => void): unknown };

/** Operation and field names come from the parsed document (GraphQL names: letters, digits, `_`), cut to a length. */
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * One info line per request to /graphql, written when the response is sent (so refusals before GraphQL runs, such
 * as the CSRF check, are logged too):
 *
 *   graphql op=query:CaseScreen(case) status=200 ms=14 errors=- requestId=4f0c...
 *
 * `op` is the operation type, the operation's name when it has one, and its root fields (never aliases, arguments or
 * variables); `errors` the `extensions.code` of each error returned. No variables, no personal data: only names from
 * the schema, the status, the duration and the request id (which is in the audit trail).
 */
export function requestLogMiddleware(logger: Logger = new Logger('GraphQL')) {
  return (req: Req, res: Res, next: () => void) => {
    const started = process.hrtime.bigint();
    const facts: RequestFacts = {};
    req[FACTS] = facts;
    let done = false;
    const write = () => {
      if (done) return;
      done = true;
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      const errors = facts.codes?.length ? facts.codes.join(',') : '-';
      logger.log(
        `graphql op=${facts.operation ?? '-'} status=${res.statusCode} ms=${ms} errors=${errors} requestId=${facts.requestId ?? '-'}`,
      );
    };
    res.once('finish', write);
    res.once('close', write);
    next();
  };
}

/** Fills in the operation, the error codes and the request id for `requestLogMiddleware`. */
export function requestLogPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart({ contextValue }) {
      const facts = (contextValue.req as unknown as Req)[FACTS];
      if (!facts) return;
      facts.requestId = contextValue.ctx.requestId;
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          const name = operation.name?.value;
          const fields = operation.selectionSet.selections.map((s) =>
            s.kind === 'Field' ? s.name.value : s.kind === 'FragmentSpread' ? '...' : '...on',
          );
          facts.operation = `${operation.operation}:${name && NAME.test(name) ? name : ''}(${[...new Set(fields)].join(',')})`;
        },
        async willSendResponse({ response, contextValue: gql }) {
          // the request's context may have been replaced by the signed-in user's (same request id)
          facts.requestId = gql.ctx?.requestId ?? facts.requestId;
          if (response.body.kind !== 'single') return;
          facts.codes = (response.body.singleResult.errors ?? []).map((e) => {
            const code = e.extensions?.code;
            return typeof code === 'string' && NAME.test(code) ? code : 'UNKNOWN';
          });
        },
      };
    },
  };
}
