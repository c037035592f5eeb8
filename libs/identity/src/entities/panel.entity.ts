import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PanelKind, PanelRole } from '@marac/core';

@Entity('panel')
@ObjectType('Panel')
export class Panel {
  @PrimaryGeneratedColumn('uuid') @Field(() => ID) id: string;
  @Column({ type: 'text' }) @Field(() => PanelKind) kind: PanelKind;
  @Column() @Field() name: string;
  @Column() @Field() area: string;
  @Column({ name: 'area_code' })
  @Field({ description: 'Used in case references, e.g. HPL' })
  areaCode: string;
  @Column({ type: 'jsonb', default: {} }) settings: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('panel_member_agency')
export class PanelMemberAgency {
  @PrimaryColumn({ name: 'panel_id', type: 'uuid' }) panelId: string;
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' }) agencyId: string;
}

/** A user's role on a panel. `panel` is resolved by a field resolver. */
@Entity('panel_membership')
@ObjectType('PanelMembership')
export class PanelMembership {
  @PrimaryColumn({ name: 'panel_id', type: 'uuid' }) panelId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @PrimaryColumn({ type: 'text' }) @Field(() => PanelRole) role: PanelRole;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
