import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Controller, Get, Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { visit, type DocumentNode } from 'graphql';
import { AccessGuard, AUTHENTICATOR, bearerToken, Public, type Authenticator } from '@marac/access';
import { AuditModule } from '@marac/audit';
import {
  acceptedRequestId,
  CoreModule,
  DateTimeScalar,
  FreshLoadersInterceptor,
  GraphQLErrorFilter,
  Db,
  DomainError,
  formatGraphQLError,
  RequestContext,
  validationError,
  withHttpStatus,
  type AppConfig,
  type GqlContext,
} from '@marac/core';
import { IdentityModule } from '@marac/identity';
import { CasesModule } from '@marac/cases';
import { MeetingsModule } from '@marac/meetings';
import { MetricsModule } from '@marac/metrics';
import { ActionsModule } from '@marac/actions';
import { NotificationsModule } from '@marac/notifications';

@Controller()
class HealthController {
  constructor(private readonly db: Db) {}

  @Public()
  @Get('health')
  async health(): Promise<{ status: string }> {
    await this.db.query('SELECT 1');
    return { status: 'ok' };
  }
}

/**
 * Limits on one GraphQL document, each about what the contract's clients need and what one request may cost.
 * Refused before any resolver runs (so before any SQL or audit).
 */
export const GRAPHQL_LIMITS = {
  /** tokens in the document (checked while parsing, by GraphQL itself: a syntax error, HTTP 400). The largest
   * document a client sends (the case screen with every field, fragments included) is about 600 tokens; 5000 leaves
   * room for a generous client while bounding parse time and memory per request to a few milliseconds. */
  maxTokens: 5000,
  /** nesting depth. The deepest legitimate path is about 8 levels (case > agendaItems > meeting > agenda > case >
   * subject > contact > phone); 12 allows for fragments and __typename without letting a cyclic path (case >
   * previousCase > ... or meeting > agenda > case > agendaItems > meeting ...) multiply the work. */
  maxDepth: 12,
  /** armor's cost (objects 2, scalars 1, multiplied by 1.5 per level): the case screen costs about 1,500; 20,000 is
   * what a wide list screen with nested fields needs at most, and bounds how many resolvers one request fans out to. */
  maxCost: 20000,
  /** aliases. A dashboard asks for a handful of root fields under aliases (one per panel: at most 10 panels for a
   * coordinator); 30 leaves room, while a flood of aliases (each a full query) is refused. With one read-audit event
   * per request, aliases no longer multiply audit rows; this limit bounds the work, not the trail. */
  maxAliases: 30,
  /** directives: the contract uses none beyond @include/@skip; 30 bounds a document made only of them. */
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
    const armor = new ApolloArmor({
      maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
      costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
      maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
      maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
      // counted by GraphQL's parser instead (parseOptions below): armor's token plugin throws from a plugin hook,
      // which Apollo answers with HTTP 500
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: config.production },
    }).protect();
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, databaseUrl, connect),
        AuditModule,
        IdentityModule,
        CasesModule,
        MeetingsModule,
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
            parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
            // graphql-armor types its plugins against Apollo's CJS build; they are the same at run time
            // no HTTP cache hints: responses are per user and never cacheable, and the plugin instruments every field
            plugins: [
              ApolloServerPluginCacheControlDisabled(),
              introspectionForSignedInUsers(auth),
              ...(armor.plugins as any[]),
            ],
            validationRules: [...armor.validationRules],
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
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ forbidUnknownValues: false, exceptionFactory: validationError }),
        },
      ],
    };
  }
}
