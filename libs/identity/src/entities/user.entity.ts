import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GlobalRole } from '@marac/core';

/** A user account. `agency` and `memberships` are resolved by field resolvers (DataLoaders). */
@Entity('app_user')
@ObjectType('User')
export class User {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column() @Field() email: string;
  @Column() @Field() name: string;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId: string;
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false }) passwordHash: string | null;
  @Column({ name: 'global_roles', type: 'text', array: true, default: '{}' })
  @Field(() => [GlobalRole])
  globalRoles: GlobalRole[];
  @Column({ default: false }) @Field() disabled: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
