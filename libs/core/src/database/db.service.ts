import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { DomainError } from '../errors.js';

/**
 * Data access entry point. Every mutation runs in exactly one transaction (`tx`), and the audit events of the change
 * are written with the same EntityManager, so a refusal or a failure leaves nothing half-written.
 */
@Injectable()
export class Db {
  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async tx<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction('READ COMMITTED', work);
    } catch (e) {
      throw translateDbError(e);
    }
  }

  /** Runs read SQL outside a transaction. */
  async query<T = any>(sql: string, params: unknown[] = [], em?: EntityManager): Promise<T[]> {
    try {
      return await (em ?? this.dataSource.manager).query(sql, params);
    } catch (e) {
      throw translateDbError(e);
    }
  }
}

/** Maps the database errors a client can cause to coded errors; everything else stays internal. */
export function translateDbError(e: unknown): unknown {
  // by name as well: TypeORM's CommonJS and ESM builds each have their own QueryFailedError class
  if (e instanceof QueryFailedError || (e as Error)?.name === 'QueryFailedError') {
    const code = (e as any).driverError?.code as string | undefined;
    if (code === '23505') return DomainError.conflict('That record already exists');
    if (code === '40001' || code === '40P01')
      return DomainError.conflict('A concurrent change won; try again');
    // data exceptions (a NUL byte in a text, a number out of range...): the input was bad
    if (code?.startsWith('22'))
      return DomainError.badInput('input', 'contains a value that cannot be stored');
  }
  return e;
}
