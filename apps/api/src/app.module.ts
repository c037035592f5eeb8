import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Controller, Get, Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { visit, type DocumentNode, type GraphQLError } from 'graphql';
import { AccessGuard, AUTHENTICATOR, bearerToken, Public, type Authenticator } from '@marac/access';
import { AuditModule, HttpRequestAudit } from '@marac/audit';
import {
  acceptedRequestId,
  CoreModule,
  DateTimeScalar,
  FreshLoadersInterceptor,
  GraphQLErrorFilter,
  Db,
  documentLimitError,
  DomainError,
  formatGraphQLError,
  RequestContext,
  validationError,
  withHttpStatus,
  type AppConfig,
  type GqlContext,
} from '@marac/core';
import { IdentityModule } from '@marac/identity';
import { requestLogPlugin } from './request-log.js';
import { CasesModule, ImportModule } from '@marac/cases';
import { MeetingsImportModule, MeetingsModule } from '@marac/meetings';
import { MetricsModule } from '@marac/metrics';
import { ActionsModule } from '@marac/actions';
import { NotificationsModule } from '@marac/notifications';

@Controller()
class HealthController {
  constructor(private readonly db: Db) {}

  @Public()
  @Get('health')
  async health(): Promise<{ status: string }> {
    await this.db.ping();
    return { status: 'ok' };
  }
}

/**
 * Limits on one GraphQL document, each about what the contract's clients need and what one request may cost.
 * Refused before any resolver runs (so before any SQL or audit).
 */
export const GRAPHQL_LIMITS = {
  /** Tokens in the document, counted by GraphQL's parser (over it: a syntax error, HTTP 400). Measured: the case
   * screen with every field is 94 tokens, the largest document in the test suite 108. 5000 is ~45 times that, room
   * for a generous client, while bounding the parse time and memory of one request (measured: a 5000-token parse takes ~0.3 ms). */
  maxTokens: 5000,
  /** Nesting depth. Measured: the case screen is 5 deep, the deepest legitimate path 8 (case > agendaItems >
   * meeting > agenda > case > linkedPersons > person > givenName). 12 leaves room for fragments while a cyclic path
   * (case > previousCase > previousCase ..., meeting > agenda > case > agendaItems > meeting ...) cannot multiply
   * the work without end. */
  maxDepth: 12,
  /** graphql-armor's cost (objects 2, scalars 1, times 1.5 per level of depth). Measured: the case screen costs
   * ~136, the cases list with every case field ~312, the nested path above ~147. 20,000 lets 30 aliases of the
   * widest list through (~9,400) and refuses documents built to fan out, e.g. hundreds of fields 10 levels deep. */
  maxCost: 20000,
  /** Aliases. The test suite's clients use at most 2 (metrics compared over two periods); a dashboard might ask
   * once per panel. 30 leaves room and caps one request at 30 root reads. Since each request writes one read-audit
   * event however many aliases repeat a case (issue 10 #8), aliases no longer multiply audit rows: this limit
   * bounds the work, not the trail. */
  maxAliases: 30,
  /** Directives: clients use @include/@skip a few times at most; 30 bounds a document made only of directives. */
  maxDirectives: 30,
} as const;

/** True when the document asks for the schema (`__schema` or `__type`, anywhere, fragments included). */
function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Introspection is for signed-in users only (and off in production, see `introspection` below). A plugin rather
 * than a validation rule: validated documents are cached across requests, so a rule cannot depend on the caller.
 */
function introspectionForSignedInUsers(auth: Authenticator): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!introspects(document)) return;
          const token = bearerToken(contextValue.req.headers.authorization);
          if (token && (await auth.authenticate(token))) return;
          throw withHttpStatus(
            DomainError.unauthenticated('Sign in to read the schema', 'INTROSPECTION'),
            401,
          );
        },
      };
    },
  };
}

/** Wiring only: the libraries hold the rules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, connect = true): DynamicModule {
    // each limit answers GRAPHQL_VALIDATION_FAILED with its reason (armor's default reports BAD_USER_INPUT)
    const refuse = (reason: string) => ({
      propagateOnRejection: false,
      onReject: [
        (ctx: { reportError(e: GraphQLError): void } | null, e: GraphQLError) =>
          ctx?.reportError(documentLimitError(e.message, reason)),
      ],
    });
    const armor = new ApolloArmor({
      maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ...refuse('MAX_DEPTH') },
      costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ...refuse('MAX_COST') },
      maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...refuse('MAX_ALIASES') },
      maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...refuse('MAX_DIRECTIVES') },
      // counted by GraphQL's parser instead (parseOptions below): armor's token plugin throws from a plugin hook,
      // which Apollo answers with HTTP 500
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: config.production },
    }).protect();
    const limitsOff = config.benchSecurityOff.has('limits');
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, databaseUrl, connect),
        AuditModule,
        IdentityModule,
        CasesModule,
        MeetingsModule,
        ImportModule,
        MeetingsImportModule,
        MetricsModule,
        NotificationsModule,
        ActionsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [AUTHENTICATOR],
          useFactory: (auth: Authenticator): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            // the contract's DateTime, kept to a window of years (see date.scalar.ts)
            buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
            playground: false,
            introspection: !config.production,
            includeStacktraceInErrorResponses: !config.production,
            // BENCH_SECURITY_OFF=limits (never in production): without the query limits, to measure their cost
            parseOptions: limitsOff ? {} : { maxTokens: GRAPHQL_LIMITS.maxTokens },
            // graphql-armor types its plugins against Apollo's CJS build; they are the same at run time
            // no HTTP cache hints: responses are per user and never cacheable, and the plugin instruments every field
            plugins: [
              ApolloServerPluginCacheControlDisabled(),
              introspectionForSignedInUsers(auth),
              requestLogPlugin(),
              ...(limitsOff ? [] : (armor.plugins as any[])),
            ],
            validationRules: limitsOff ? [] : [...armor.validationRules],
            allowBatchedHttpRequests: false,
            context: ({ req }: { req: GqlContext['req'] }): GqlContext => ({
              req,
              ctx: RequestContext.anonymous(acceptedRequestId(req.headers['x-request-id'])),
            }),
            formatError: (formatted, error) => formatGraphQLError(formatted, error, config.production),
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: FreshLoadersInterceptor },
        { provide: APP_INTERCEPTOR, useExisting: HttpRequestAudit },
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ forbidUnknownValues: false, exceptionFactory: validationError }),
        },
      ],
    };
  }
}
