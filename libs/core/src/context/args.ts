import { Args, Int } from '@nestjs/graphql';

/**
 * The arguments that recur across the schema, each with its one description (so that a GraphQL IDE documents every
 * argument, and the same argument reads the same everywhere).
 */

/** `caseId` -> "The case's id"; `agendaItemId` -> "The agenda item's id"; `id` -> "The id". */
export function idDescription(name: string): string {
  const thing = name
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return name === 'id' ? 'The id' : `The ${thing}'s id`;
}

/** `first`: the page size, with its default and its maximum (a larger value is BAD_USER_INPUT or clamped, as said). */
export const FirstArg = (defaultSize: number, max: number) =>
  Args('first', {
    type: () => Int,
    nullable: true,
    description: `Page size: ${defaultSize} by default, at most ${max}`,
  });

/** `after`: the cursor of the page before (what the previous page gave: its last id, or `endCursor`). */
export const AfterArg = (what = 'the last id of the previous page') =>
  Args('after', {
    type: () => String,
    nullable: true,
    description: `Where the page starts: ${what}; omit for the first page`,
  });

/** `input`: an operation's input object (its fields are documented on its type). */
export const InputArg = (description: string) => Args('input', { description });
