import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AttendanceStatus } from '../meeting.enums.js';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID, { description: 'The panel that meets' }) @IsUUID('all') panelId: string;
  @Field({
    description:
      'The start, with a time zone offset (Z or +hh:mm); from 2000-01-01 (history) to two years ahead; not the start of another meeting of the panel',
  })
  @IsDate()
  startsAt: Date;
  @Field(() => String, { nullable: true, description: 'Where (a room, or "online")' })
  @IsOptional()
  @MaxLength(200)
  location?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'How many cases the agenda may hold (1 to 100); no limit when omitted',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  capacity?: number | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When research is due; before startsAt. Default: two days before the start at 17:00 Europe/London, the Friday before when that is a weekend',
  })
  @IsOptional()
  @IsDate()
  researchDueAt?: Date | null;
}

@InputType({ description: 'A new time (and place) for a meeting that is not concluded or cancelled' })
export class RescheduleMeetingInput {
  @Field(() => ID, { description: 'The meeting' }) @IsUUID('all') meetingId: string;
  @Field({ description: 'The new start, with a time zone offset (Z or +hh:mm)' }) @IsDate() startsAt: Date;
  @Field(() => String, { nullable: true, description: 'The new place; the old one is kept when not given' })
  @IsOptional()
  @MaxLength(200)
  location?: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'A new research deadline; when not given, the deadline moves with the meeting',
  })
  @IsOptional()
  @IsDate()
  researchDueAt?: Date | null;
}

@InputType({ description: 'summary is required unless noInformationHeld' })
export class ResearchInput {
  @Field(() => ID, { description: 'The listed case the research is about' })
  @IsUUID('all')
  agendaItemId: string;
  @Field(() => String, {
    nullable: true,
    description: "What the agency knows about the case (read by panel staff and the agency's own users)",
  })
  @IsOptional()
  @MaxLength(10_000)
  summary?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The agency holds no information on the persons' })
  @IsOptional()
  @IsBoolean()
  noInformationHeld?: boolean | null;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID, { description: 'The meeting (from its start)' }) @IsUUID('all') meetingId: string;
  @Field(() => ID, { description: 'A member agency of the panel' }) @IsUUID('all') agencyId: string;
  @Field(() => AttendanceStatus, { description: 'Whether the agency attended' })
  @IsEnum(AttendanceStatus)
  status: AttendanceStatus;
}
