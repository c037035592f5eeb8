import { Injectable, type PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { DomainError } from '../errors.js';
import { idDescription } from './args.js';

@Injectable()
class IdPipe implements PipeTransform<string, string> {
  constructor(
    private readonly name: string,
    private readonly kind: 'uuid' | 'number',
  ) {}
  transform(value: string): string {
    if (value === undefined || value === null) return value;
    const ok = this.kind === 'uuid' ? isUUID(value, 'all') : /^\d{1,18}$/.test(value);
    if (!ok) throw DomainError.badInput(this.name, 'is not a valid id');
    return value;
  }
}

/**
 * A required `ID!` argument that must be a well-formed id (BAD_USER_INPUT otherwise), described from its name
 * (`caseId`: "The case's id") unless given a description.
 */
export const IdArg = (name: string, description = idDescription(name), kind: 'uuid' | 'number' = 'uuid') =>
  Args(name, { type: () => ID, description }, new IdPipe(name, kind));
