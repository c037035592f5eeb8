import { parse, type OperationDefinitionNode } from 'graphql';
import { rootFields } from './request-audit.plugin.js';

const opOf = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition',
  ) as OperationDefinitionNode;
  return rootFields(operation, document);
};

describe('rootFields (the operation recorded in an audit event)', () => {
  it('names the fields, not the aliases, once each, sorted', () => {
    expect(
      opOf('{ b: meetings(panelId: "x") { id } a: meetings(panelId: "y") { id } case(id: "z") { id } }'),
    ).toEqual(['case', 'meetings']);
  });
  it('looks through fragments and inline fragments, and leaves out introspection', () => {
    expect(
      opOf(
        'query { __typename ...F ... on Query { me { id } } } fragment F on Query { searchPersons(input: {}) { score } ...F }',
      ),
    ).toEqual(['me', 'searchPersons']);
  });
  it('never carries arguments or variables', () => {
    expect(opOf('query($n: String) { searchPersons(input: { name: $n }) { score } }').join()).toBe(
      'searchPersons',
    );
  });
});
