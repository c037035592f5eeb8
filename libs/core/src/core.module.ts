import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './config.js';
import { dataSourceOptions } from './database/data-source.js';
import { Db } from './database/db.service.js';
import { RateLimiter } from './database/rate-limiter.service.js';
import { IdempotencyInterceptor, IdempotentOperations } from './idempotency/idempotency.interceptor.js';
import { IdempotencyRepository } from './idempotency/idempotency.repository.js';

/** Configuration and the database, available to every library. */
@Global()
@Module({})
export class CoreModule {
  /** `connect: false` builds everything without opening the database (schema generation). */
  static forRoot(config: AppConfig, databaseUrl: string, connect = true): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, 20, config.statementTimeoutMs),
          autoLoadEntities: true,
          manualInitialization: !connect,
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        Db,
        RateLimiter,
        IdempotencyRepository,
        IdempotentOperations,
        // Idempotency-Key on the mutations registered in IdempotentOperations
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [APP_CONFIG, Db, RateLimiter, IdempotentOperations],
    };
  }
}
