import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  Controller,
  Get,
  Module,
  ValidationPipe,
  type DynamicModule,
  type ValidationError,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard, Public } from '@marac/access';
import { AuditModule } from '@marac/audit';
import {
  CoreModule,
  FreshLoadersInterceptor,
  GraphQLErrorFilter,
  Db,
  DomainError,
  formatGraphQLError,
  RequestContext,
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

/** class-validator failures become one BAD_USER_INPUT naming the first failing field (dotted path). */
export function validationError(errors: ValidationError[]): DomainError {
  const walk = (e: ValidationError, path: string[]): { field: string; message: string } | null => {
    const here = [...path, e.property];
    if (e.constraints) return { field: here.join('.'), message: Object.values(e.constraints)[0] };
    for (const c of e.children ?? []) {
      const found = walk(c, here);
      if (found) return found;
    }
    return null;
  };
  const first = errors.map((e) => walk(e, [])).find(Boolean) ?? { field: 'input', message: 'is invalid' };
  // class-validator messages start with the property name; keep only the rule
  const message = first.message.replace(/^\S+\s/, (w) => (first.field.endsWith(w.trim()) ? '' : w));
  return DomainError.badInput(first.field, message);
}

const REQUEST_ID = /^[\w-]{8,64}$/;

/** Wiring only: the libraries hold the rules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, connect = true): DynamicModule {
    const armor = new ApolloArmor({
      maxDepth: { n: 12 },
      costLimit: { maxCost: 20000 },
      maxAliases: { n: 30 },
      maxDirectives: { n: 30 },
      maxTokens: { n: 5000 },
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
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: !config.production,
          // graphql-armor types its plugins against Apollo's CJS build; they are the same at run time
          // no HTTP cache hints: responses are per user and never cacheable, and the plugin instruments every field
          plugins: [ApolloServerPluginCacheControlDisabled(), ...(armor.plugins as any[])],
          validationRules: [...armor.validationRules],
          allowBatchedHttpRequests: false,
          context: ({ req }: { req: GqlContext['req'] }): GqlContext => {
            const header = req.headers['x-request-id'];
            const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : undefined;
            return { req, ctx: RequestContext.anonymous(requestId) };
          },
          formatError: (formatted, error) => formatGraphQLError(formatted, error, config.production),
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
