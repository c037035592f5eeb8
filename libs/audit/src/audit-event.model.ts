import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ObjectType('AuditEvent', {
  description: 'One entry of the append-only audit trail: ids and codes, never personal data',
})
export class AuditEventModel {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => ID, { nullable: true }) entityId: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The first of caseIds (kept for clients that read one case)',
  })
  caseId: string | null;
  @Field(() => [ID], {
    description: 'Every case the event concerns (a read names every case the response carried)',
  })
  caseIds: string[];
  @Field(() => [ID], { description: 'The persons a search returned (never the search terms)' })
  personIds: string[];
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field({
    description:
      'Chained into the tamper-evident seal yet (the sealer chains committed events within seconds)',
  })
  sealed: boolean;
}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: "Matches any of an event's caseIds" })
  @IsOptional()
  @IsUUID()
  caseId?: string;
  @Field(() => ID, { nullable: true, description: 'Events of this user' })
  @IsOptional()
  @IsUUID()
  actorId?: string;
  @Field({ nullable: true, description: 'Events at or after this instant' }) @IsOptional() from?: Date;
  @Field({ nullable: true, description: 'Events at or before this instant' }) @IsOptional() to?: Date;
}
