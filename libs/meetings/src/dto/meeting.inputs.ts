import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AttendanceStatus } from '../meeting.enums.js';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID) @IsUUID('all') panelId: string;
  @Field() @IsDate() startsAt: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) location?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) capacity?: number | null;
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
  @Field(() => ID) @IsUUID('all') meetingId: string;
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
  @Field(() => ID) @IsUUID('all') agendaItemId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10_000) summary?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() noInformationHeld?: boolean | null;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID) @IsUUID('all') meetingId: string;
  @Field(() => ID) @IsUUID('all') agencyId: string;
  @Field(() => AttendanceStatus) @IsEnum(AttendanceStatus) status: AttendanceStatus;
}
