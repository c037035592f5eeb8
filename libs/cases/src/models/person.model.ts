import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@marac/core';
import { Gender, PersonRole } from '../case.enums.js';

@ObjectType('ContactDetails')
export class ContactDetails {
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) safeContactNotes: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the contact number is safe to call' })
  safeToCall: boolean | null;
}

/** A person as the API shows them. `contact` is resolved from `contactDetails` only when `contactVisible`. */
@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id: string;
  @Field() givenName: string;
  @Field() familyName: string;
  @Field(() => DateScalar, { nullable: true }) dateOfBirth: string | null;
  @Field(() => Gender, { nullable: true }) gender: Gender | null;
  @Field(() => String, { nullable: true, description: 'Free code, e.g. ONS 2021 categories' }) ethnicity:
    string | null;
  @Field(() => Boolean, { nullable: true }) isBame: boolean | null;
  @Field(() => Boolean, { nullable: true }) disabled: boolean | null;
  @Field(() => Boolean, { nullable: true }) lgbt: boolean | null;
  @Field(() => String, { nullable: true }) policeNationalId: string | null;
  @Field(() => String, { nullable: true }) nhsNumber: string | null;
  contactDetails: ContactDetails;
  /** decided by the CASL 'readContact' rule for the case the person was reached through */
  contactVisible: boolean;
}

@ObjectType('LinkedPerson')
export class LinkedPersonModel {
  @Field(() => PersonModel) person: PersonModel;
  @Field(() => PersonRole) role: PersonRole;
  @Field(() => String, { nullable: true }) relationshipToSubject: string | null;
  @Field(() => String, { nullable: true, description: 'As given with the referral (children especially)' })
  relationshipToPerpetrator: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "A child's school: panel staff, and POLICE or IDVA users who see the case (as contact details); null otherwise",
  })
  school: string | null;
}

@ObjectType('PersonMatch')
export class PersonMatchModel {
  @Field(() => PersonModel) person: PersonModel;
  @Field(() => Float) score: number;
  @Field(() => [String]) reasons: string[];
}
