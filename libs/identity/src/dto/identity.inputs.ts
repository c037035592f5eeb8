import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';
import { AgencyKind, GlobalRole, PanelKind, PanelRole } from '@marac/core';
import { User } from '../entities/user.entity.js';
import { passwordProblem } from '../password-policy.js';

/** The password rules (password-policy.ts) as a validation; the user's e-mail and name count as guessable. */
function AcceptablePassword(): PropertyDecorator {
  const problem = (args: ValidationArguments) => {
    const o = args.object as { email?: unknown; name?: unknown };
    const inputs = [o.email, o.name].filter((x): x is string => typeof x === 'string');
    return typeof args.value === 'string' ? passwordProblem(args.value, inputs) : 'must be a string';
  };
  return ValidateBy({
    name: 'acceptablePassword',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) => !problem(args!),
      defaultMessage: (args?: ValidationArguments) => problem(args!) ?? 'is not acceptable',
    },
  });
}

@InputType()
export class LoginInput {
  @Field({ description: 'The e-mail address the account was created with' }) @MaxLength(320) email: string;
  @Field({ description: 'The password' }) @MaxLength(1024) password: string;
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken: string;
  @Field() expiresAt: Date;
  @Field(() => User) user: User;
}

@InputType()
export class CreateAgencyInput {
  @Field({ description: 'The agency\'s name, e.g. "Hartlepool Police"' }) @Length(1, 200) name: string;
  @Field(() => AgencyKind, {
    description: 'What kind of agency it is (decides e.g. who sees contact details)',
  })
  @IsEnum(AgencyKind)
  kind: AgencyKind;
}

@InputType()
export class CreateUserInput {
  @Field({ description: 'Sign-in e-mail address (unique)' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;
  @Field({ description: 'Full name, as colleagues know it' }) @Length(1, 200) name: string;
  @Field(() => ID, { description: 'The agency the user works for' }) @IsUUID('all') agencyId: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Without a password the user gets an invitation e-mail with a one-time link to set one (setPasswordWithToken)',
  })
  @IsOptional()
  @MaxLength(1024)
  @AcceptablePassword()
  password?: string | null;
  @Field(() => [GlobalRole], {
    nullable: true,
    description:
      'Roles that are not tied to a panel (ADMIN, STRATEGIC, AUDITOR, REFERRER); panel roles come with addPanelMember',
  })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(GlobalRole, { each: true })
  globalRoles?: GlobalRole[];
}

@InputType()
export class CreatePanelInput {
  @Field(() => PanelKind, { description: 'MARAC, MATAC or HRAP' }) @IsEnum(PanelKind) kind: PanelKind;
  @Field({ description: 'The panel\'s name, e.g. "Hartlepool MARAC"' }) @Length(1, 200) name: string;
  @Field({ description: 'The area it serves, e.g. "Hartlepool"' }) @Length(1, 200) area: string;
  @Field({ nullable: true, description: 'Two to six capital letters; derived from the area when omitted' })
  @IsOptional()
  @Matches(/^[A-Z]{2,6}$/, { message: 'must be two to six capital letters, e.g. HPL' })
  areaCode?: string;
  @Field(() => [ID], { nullable: true, description: 'The agencies that sit on the panel (at most 100)' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  memberAgencyIds?: string[];
}

@InputType()
export class AddPanelMemberInput {
  @Field(() => ID, { description: 'The panel' }) @IsUUID('all') panelId: string;
  @Field(() => ID, { description: 'The user given the role' }) @IsUUID('all') userId: string;
  @Field(() => PanelRole, { description: 'COORDINATOR, CHAIR or AGENCY_REP' })
  @IsEnum(PanelRole)
  role: PanelRole;
}

@ObjectType()
export class ExpectedRange {
  @Field() figure: string;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
}

@ObjectType({
  description: 'Settings of a panel used by the strategic metrics (expected ranges: docs/metrics.md)',
})
export class PanelSettings {
  @Field(() => Int, { nullable: true }) adultFemalePopulation: number | null;
  @Field(() => Float, { nullable: true }) bamePopulationShare: number | null;
  @Field(() => [ExpectedRange], {
    description: "The defaults (SafeLives) with this panel's overrides; min and max both null: no check",
  })
  expectedRanges: ExpectedRange[];
}

@InputType()
export class ExpectedRangeInput {
  @Field({ description: 'The PanelMetrics figure, e.g. repeatRate' }) @MaxLength(100) figure: string;
  @Field(() => Float, { nullable: true, description: 'Lowest expected value; null: no lower bound' })
  @IsOptional()
  @IsNumber()
  min?: number | null;
  @Field(() => Float, { nullable: true, description: 'Highest expected value; null: no upper bound' })
  @IsOptional()
  @IsNumber()
  max?: number | null;
}

@InputType({
  description:
    'A field left out is kept, null clears it; expectedRanges replaces the earlier overrides (a figure left out takes its default)',
})
export class PanelSettingsInput {
  @Field(() => ID, { description: 'The panel' }) @IsUUID('all') panelId: string;
  @Field(() => Int, { nullable: true, description: 'Women aged 16+ in the area (for cases per 10,000)' })
  @IsOptional()
  @IsInt()
  adultFemalePopulation?: number | null;
  @Field(() => Float, { nullable: true, description: "Share (0..1) of the area's population that is BAME" })
  @IsOptional()
  @IsNumber()
  bamePopulationShare?: number | null;
  @Field(() => [ExpectedRangeInput], {
    nullable: true,
    description: 'Overrides of the SafeLives expected ranges',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  expectedRanges?: ExpectedRangeInput[] | null;
}
