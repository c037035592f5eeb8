/**
 * /audit: the append-only audit trail (ids and codes, never personal data), oldest first, filtered by case, actor
 * and time, in pages of 100 (the API pages by the last id seen).
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorMessage, ErrorSummary, localErrors } from '../../errors';
import { Page } from '../../Layout';
import { formatDateTime, Loading, TextField } from '../../ui';
import {
  auditFilter,
  EMPTY_AUDIT_FORM,
  nextAfter,
  type AuditFilterInput,
  type AuditForm,
} from './audit-filter.js';
import '../admin/admin.css';

const PAGE = 100;
/** the From and To fields: the browser's local time */
const LOCAL_TIME = { type: 'datetime-local', hint: 'Your local time' };

const AUDIT_EVENTS = graphql(`
  query AuditTrail($filter: AuditFilter, $after: String, $first: Int) {
    auditEvents(filter: $filter, after: $after, first: $first) {
      id
      at
      action
      actorId
      entityType
      entityId
      caseIds
      personIds
      requestId
    }
  }
`);

export default function Audit() {
  const [form, setForm] = useState<AuditForm>(EMPTY_AUDIT_FORM);
  const [filter, setFilter] = useState<AuditFilterInput>({});
  const [stack, setStack] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const { data, loading, error } = useQuery(AUDIT_EVENTS, {
    variables: { filter, after: stack[stack.length - 1] ?? null, first: PAGE },
    fetchPolicy: 'network-only',
  });
  const events = data?.auditEvents ?? [];
  const next = nextAfter(stack, events, PAGE);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = auditFilter(form);
    if ('field' in r) {
      setProblem(r);
      return;
    }
    setProblem(null);
    setFilter(r.filter);
    setStack([]);
  };
  const errors = localErrors(problem);
  const field = (k: keyof AuditForm, label: string, more?: typeof LOCAL_TIME) => (
    <TextField
      label={label}
      name={k}
      errors={errors}
      value={form[k]}
      onChange={(e) => setForm({ ...form, [k]: e.target.value })}
      {...more}
    />
  );

  return (
    <Page title="Audit trail">
      <form onSubmit={submit} className="adm-form adm-inline" aria-label="Filter the audit trail">
        <ErrorSummary errors={errors} />
        {field('caseId', 'Case id')}
        {field('actorId', 'Actor (user id)')}
        {field('from', 'From', LOCAL_TIME)}
        {field('to', 'To', LOCAL_TIME)}
        <button type="submit">Show events</button>
        <button
          type="button"
          onClick={() => {
            setForm(EMPTY_AUDIT_FORM);
            setFilter({});
            setStack([]);
            setProblem(null);
          }}
        >
          Clear filters
        </button>
      </form>
      <ErrorMessage error={error} />
      {loading && <Loading what="Loading the events" />}
      <p role="status" data-testid="audit-page">
        Page {stack.length + 1}: {events.length} event{events.length === 1 ? '' : 's'}, oldest first.
      </p>
      <table className="adm-table">
        <caption className="visually-hidden">Audit events, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Action</th>
            <th scope="col">Actor</th>
            <th scope="col">Record</th>
            <th scope="col">Cases</th>
            <th scope="col">Persons</th>
            <th scope="col">Request</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.action}</td>
              <td>{e.actorId ?? '—'}</td>
              <td>
                {e.entityType}
                {e.entityId ? ` ${e.entityId}` : ''}
              </td>
              <td>{e.caseIds.join(', ') || '—'}</td>
              <td>{e.personIds.join(', ') || '—'}</td>
              <td>{e.requestId ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages of the audit trail" className="adm-paging">
        <button type="button" disabled={stack.length === 0} onClick={() => setStack((s) => s.slice(0, -1))}>
          Previous page
        </button>
        <button type="button" disabled={!next} onClick={() => next && setStack(next)}>
          Next page
        </button>
      </nav>
    </Page>
  );
}
