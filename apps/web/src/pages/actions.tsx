import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import type { ActionFilter, ActionStatus } from '../gql/graphql';
import { ErrorMessage, ErrorSummary, formErrors } from '../errors';
import { Page } from '../Layout';
import { useMe } from '../auth';
import { formatDate, formatDateTime, Loading, SelectField, Status, TextArea, words } from '../ui';
import { CsvButton } from './cases';

const ACTIONS = graphql(`
  query Actions($filter: ActionFilter) {
    actions(first: 200, filter: $filter) {
      id
      description
      dueDate
      status
      overdue
      category
      ownerAgency {
        id
        name
      }
      case {
        id
        reference
      }
    }
  }
`);

const STATUSES: ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** Actions on the cases the user sees; reps start on their own agency's. */
export function ActionsList() {
  const { me, roles } = useMe();
  const [scope, setScope] = useState(roles.staff ? 'all' : 'mine');
  const [overdue, setOverdue] = useState('');
  const filter: ActionFilter = {
    agencyId: scope === 'mine' ? me.agency.id : undefined,
    overdue: overdue === 'yes' ? true : undefined,
    status: overdue === 'open' ? ['OPEN', 'IN_PROGRESS'] : undefined,
  };
  const q = useQuery(ACTIONS, { variables: { filter } });
  const csv = new URLSearchParams();
  if (filter.agencyId) csv.set('agencyId', filter.agencyId);
  if (filter.overdue) csv.set('overdue', 'true');
  if (filter.status) csv.set('status', filter.status.join(','));
  return (
    <Page
      title="Actions"
      actions={
        <CsvButton
          path={`/exports/actions.csv?${csv}`}
          name="actions.csv"
          label="Download these actions (CSV)"
        />
      }
    >
      <div className="cards">
        <SelectField
          label="Whose actions"
          value={scope}
          onChange={(e) => setScope(e.target.value)}
          options={[
            ['mine', `${me.agency.name}’s actions`],
            ['all', 'Every agency’s actions'],
          ]}
        />
        <SelectField
          label="Which"
          value={overdue}
          onChange={(e) => setOverdue(e.target.value)}
          options={[
            ['', 'All'],
            ['open', 'Open or in progress'],
            ['yes', 'Overdue only'],
          ]}
        />
      </div>
      <ErrorMessage error={q.error} />
      {q.loading && !q.data ? (
        <Loading />
      ) : q.data?.actions.length === 0 ? (
        <p>No action.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Actions</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Case</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {q.data?.actions.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/actions/${a.id}`}>{a.description}</Link>
                </td>
                <td>
                  <Link to={`/cases/${a.case.reference}`}>{a.case.reference}</Link>
                </td>
                <td>{a.ownerAgency.name}</td>
                <td>
                  {formatDate(a.dueDate)}
                  {a.overdue && <strong> (overdue)</strong>}
                </td>
                <td>
                  <Status value={a.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

const ACTION = graphql(`
  query ActionPage($id: ID!) {
    action(id: $id) {
      id
      description
      dueDate
      status
      overdue
      category
      version
      ownerAgency {
        id
        name
      }
      assignee {
        id
        name
      }
      case {
        id
        reference
      }
      agendaItem {
        id
        meeting {
          id
          startsAt
        }
      }
      updates {
        at
        note
        status
        by {
          id
          name
        }
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      id
      status
      version
      overdue
      updates {
        at
        note
        status
        by {
          id
          name
        }
      }
    }
  }
`);

/** One action (e-mails link here): its history and, for its owner agency and panel staff, an update. */
export function ActionPage() {
  const { id = '' } = useParams();
  const { me, roles } = useMe();
  const q = useQuery(ACTION, { variables: { id } });
  const [update, u] = useMutation(UPDATE);
  const [saved, setSaved] = useState(false);
  const a = q.data?.action;
  if (q.loading && !a) return <Loading />;
  if (!a)
    return (
      <Page title="Action">
        <ErrorMessage error={q.error} />
      </Page>
    );
  const mayUpdate = roles.staff || a.ownerAgency.id === me.agency.id;
  const errors = formErrors(u.error, {
    CONFLICT:
      'Someone else changed this action after you opened it. Their change is shown below; check it, then send your update again.',
  });
  return (
    <Page title="Action" actions={<Status value={a.status} />}>
      <p className="lead">{a.description}</p>
      <dl className="facts">
        <dt>Case</dt>
        <dd>
          <Link to={`/cases/${a.case.reference}`}>{a.case.reference}</Link>
        </dd>
        <dt>Owner agency</dt>
        <dd>{a.ownerAgency.name}</dd>
        <dt>Assigned to</dt>
        <dd>{a.assignee?.name ?? 'Nobody yet'}</dd>
        <dt>Due</dt>
        <dd>
          {formatDate(a.dueDate)}
          {a.overdue && <strong> (overdue)</strong>}
        </dd>
        <dt>For</dt>
        <dd>{words(a.category)}</dd>
        {a.agendaItem && (
          <>
            <dt>Agreed at</dt>
            <dd>
              <Link to={`/meetings/${a.agendaItem.meeting.id}`}>
                the meeting of {formatDateTime(a.agendaItem.meeting.startsAt)}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <h2>Updates</h2>
      {a.updates.length === 0 ? (
        <p>No update yet.</p>
      ) : (
        <ol>
          {a.updates.map((x, i) => (
            <li key={i}>
              {formatDateTime(x.at)}, {x.by.name}: <Status value={x.status} /> {x.note}
            </li>
          ))}
        </ol>
      )}
      {mayUpdate && (
        <form
          aria-label="Update the action"
          onSubmit={async (e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const form = e.currentTarget;
            setSaved(false);
            const r = await update({
              variables: {
                input: {
                  actionId: a.id,
                  expectedVersion: a.version,
                  status: f.get('status') as ActionStatus,
                  note: String(f.get('note') ?? ''),
                },
              },
            })
              .catch(async (err) => {
                // a CONFLICT: show the newer version under the message
                await q.refetch();
                throw err;
              })
              .catch(() => null);
            if (r?.data) {
              form.reset();
              setSaved(true);
            }
          }}
        >
          <h2>Add an update</h2>
          <ErrorSummary errors={errors} />
          {saved && (
            <p className="notice" role="status">
              The update is saved.
            </p>
          )}
          <SelectField
            label="New status"
            name="status"
            defaultValue={a.status}
            errors={errors}
            options={STATUSES.map((s) => [s, words(s)])}
          />
          <TextArea label="What was done" name="note" errors={errors} />
          <button type="submit" disabled={u.loading}>
            Save the update
          </button>
        </form>
      )}
    </Page>
  );
}
