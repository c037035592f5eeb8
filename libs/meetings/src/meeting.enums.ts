import { registerEnumType } from '@nestjs/graphql';

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  AGENDA_PUBLISHED = 'AGENDA_PUBLISHED',
  CONCLUDED = 'CONCLUDED',
  CANCELLED = 'CANCELLED',
}
export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  APOLOGIES = 'APOLOGIES',
  ABSENT = 'ABSENT',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
