import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AttendanceStatus, MeetingStatus } from '../meeting.enums.js';

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID) id: string;
  @Field() startsAt: Date;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => MeetingStatus) status: MeetingStatus;
  @Field(() => Int, { nullable: true, description: 'Cases the meeting can hear; 25 is assumed when not set' })
  capacity: number | null;
  /** stored research deadline; null on meetings from before it was stored (they read as the default) */
  researchDueAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the meeting was cancelled (CANCELLED only)' })
  cancellationReason: string | null;
  panelId: string;
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => String, { nullable: true }) minutes: string | null;
  meetingId: string;
  caseId: string;
  /** the meeting's panel (for the rules on the item's fields) */
  panelId: string;
}

@ObjectType('Research')
export class ResearchModel {
  @Field(() => ID) id: string;
  @Field() summary: string;
  @Field() noInformationHeld: boolean;
  @Field() submittedAt: Date;
  @Field(() => Boolean, {
    nullable: true,
    description: "Submitted after the meeting's research deadline (accepted until the meeting is concluded)",
  })
  late: boolean | null;
  agencyId: string;
  agendaItemId: string;
}

@ObjectType('Attendance')
export class AttendanceModel {
  @Field(() => AttendanceStatus) status: AttendanceStatus;
  agencyId: string;
  meetingId: string;
}
