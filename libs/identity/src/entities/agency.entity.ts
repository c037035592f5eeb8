import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyKind } from '@marac/core';

@Entity('agency')
@ObjectType('Agency')
export class Agency {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column() @Field() name: string;
  @Column({ type: 'text' }) @Field(() => AgencyKind) kind: AgencyKind;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
