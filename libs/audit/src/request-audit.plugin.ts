import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { fieldNames, type GqlContext } from '@marac/core';
import { AuditService } from './audit.service.js';

/** Error codes that are refusals of a signed-in caller (UNAUTHENTICATED is no one signed in: not recorded here). */
export const REFUSAL_CODES: ReadonlySet<string> = new Set(['FORBIDDEN', 'NOT_FOUND']);

/**
 * The request-end hook: when a GraphQL request's response is ready (`willSendResponse` is awaited before anything is
 * sent), it writes the request's ONE audit event from its ReadLog and its errors (`AuditService.recordRequest`).
 * The context is read from the GraphQL context object at that point: the guard replaces the anonymous context with
 * the signed-in one. When the event cannot be written, the response carries no data (fail closed: personal data
 * never leaves untraced).
 */
@Plugin()
export class RequestAuditPlugin implements ApolloServerPlugin<GqlContext> {
  private readonly log = new Logger('Audit');

  constructor(private readonly audit: AuditService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    return {
      willSendResponse: async ({ contextValue, response, operation, document }) => {
        const ctx = contextValue.ctx;
        if (!ctx?.user || response.body.kind !== 'single') return;
        const refusals = [
          ...new Set(
            (response.body.singleResult.errors ?? [])
              .map((e) => String(e.extensions?.code ?? ''))
              .filter((code) => REFUSAL_CODES.has(code)),
          ),
        ].sort();
        try {
          await this.audit.recordRequest(ctx, {
            operation: operation && document ? rootFields(operation, document).join(',') : '',
            refusals,
            // a response without data (an error in a non-null root field) carried nothing that was read
            carried: response.body.singleResult.data != null,
          });
        } catch (e) {
          this.log.error(
            `request ${ctx.requestId}: its audit event could not be written (${(e as Error).name})`,
          );
          response.body = {
            kind: 'single',
            singleResult: {
              data: null,
              errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            },
          };
          response.http.status = 500;
        }
      },
    };
  }
}

/** The distinct root field names of an operation (through fragments; aliases resolved to the field names). */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  return [...fieldNames([operation.selectionSet], fragments)].sort();
}
