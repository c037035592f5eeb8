import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import type { ActionCategory, AttendanceStatus, MeetingPageQuery } from '../gql/graphql';
import { ErrorMessage, ErrorSummary, formErrors } from '../errors';
import { Page } from '../Layout';
import { useMe } from '../auth';
import {
  Checkbox,
  formatDate,
  formatDateTime,
  Loading,
  SelectField,
  Status,
  TextArea,
  TextField,
  words,
} from '../ui';
import { risk, str } from './referrals';

const MEETINGS = graphql(`
  query Meetings($panelId: ID!) {
    meetings(panelId: $panelId, first: 200) {
      id
      startsAt
      status
      location
      capacity
      researchDueAt
    }
  }
`);

const SCHEDULE = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      startsAt
      status
    }
  }
`);

/** A local date and time from a datetime-local field, as an instant with the browser's offset. */
const instant = (local: string | undefined) => (local ? new Date(local).toISOString() : undefined);

/** The meetings of the user's panels; staff schedule new ones. */
export function MeetingsList() {
  const { roles } = useMe();
  const [panelId, setPanelId] = useState(roles.panels[0]?.id ?? '');
  const q = useQuery(MEETINGS, { variables: { panelId }, skip: !panelId });
  const [schedule, scheduled] = useMutation(SCHEDULE);
  const staff = roles.staffPanels.some((p) => p.id === panelId);
  const errors = formErrors(scheduled.error);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const form = e.currentTarget;
    const capacity = str(f, 'capacity');
    const r = await schedule({
      variables: {
        input: {
          panelId,
          startsAt: instant(str(f, 'startsAt')) ?? '',
          location: str(f, 'location'),
          capacity: capacity ? Number(capacity) : undefined,
          researchDueAt: instant(str(f, 'researchDueAt')),
        },
      },
    }).catch(() => null);
    if (r?.data) {
      form.reset();
      await q.refetch();
    }
  }

  return (
    <Page title="Meetings">
      {roles.panels.length > 1 && (
        <SelectField
          label="Panel"
          value={panelId}
          onChange={(e) => setPanelId(e.target.value)}
          options={roles.panels.map((p) => [p.id, p.name])}
        />
      )}
      <ErrorMessage error={q.error} />
      {q.loading && !q.data ? (
        <Loading />
      ) : (
        <table>
          <caption className="visually-hidden">Meetings</caption>
          <thead>
            <tr>
              <th scope="col">Starts</th>
              <th scope="col">Place</th>
              <th scope="col">Research due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {[...(q.data?.meetings ?? [])].reverse().map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={`/meetings/${m.id}`}>{formatDateTime(m.startsAt)}</Link>
                </td>
                <td>{m.location ?? '—'}</td>
                <td>{formatDateTime(m.researchDueAt)}</td>
                <td>
                  <Status value={m.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {staff && (
        <form onSubmit={submit} aria-label="Schedule a meeting">
          <h2>Schedule a meeting</h2>
          {scheduled.data && (
            <p role="status" className="notice">
              Scheduled:{' '}
              <Link to={`/meetings/${scheduled.data.scheduleMeeting.id}`}>
                {formatDateTime(scheduled.data.scheduleMeeting.startsAt)}
              </Link>
            </p>
          )}
          <ErrorSummary errors={errors} />
          <TextField label="Starts at" name="startsAt" type="datetime-local" errors={errors} />
          <TextField label="Place" name="location" errors={errors} />
          <TextField label="Capacity (cases)" name="capacity" type="number" min={1} errors={errors} />
          <TextField
            label="Research due by"
            name="researchDueAt"
            type="datetime-local"
            hint="Leave empty for two days before, at 17:00."
            errors={errors}
          />
          <button type="submit" disabled={scheduled.loading}>
            Schedule the meeting
          </button>
        </form>
      )}
    </Page>
  );
}

const MEETING = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      status
      startsAt
      location
      capacity
      researchDueAt
      cancellationReason
      panel {
        id
        name
        kind
        memberAgencies {
          id
          name
          kind
        }
      }
      attendance {
        status
        agency {
          id
        }
      }
      agenda {
        id
        position
        minutes
        outstandingResearch {
          id
          name
        }
        research {
          id
          summary
          noInformationHeld
          late
          submittedAt
          agency {
            id
            name
          }
        }
        actions {
          id
          description
          dueDate
          status
          ownerAgency {
            id
            name
          }
        }
        case {
          id
          reference
          status
          riskTool
          riskGrade
          childrenInHousehold
          dash {
            score
          }
          subject {
            id
            givenName
            familyName
          }
        }
      }
    }
  }
`);

const CANDIDATES = graphql(`
  query AgendaCandidates($panelId: ID!) {
    cases(first: 200, filter: { panelId: $panelId, status: [ACCEPTED] }) {
      edges {
        node {
          id
          reference
          riskTool
          riskGrade
          dash {
            score
          }
        }
      }
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposeAgenda($meetingId: ID!) {
    proposeAgenda(meetingId: $meetingId) {
      id
    }
  }
`);
const ADD = graphql(`
  mutation AddCaseToAgenda($meetingId: ID!, $caseId: ID!) {
    addCaseToAgenda(meetingId: $meetingId, caseId: $caseId) {
      id
    }
  }
`);
const MOVE = graphql(`
  mutation MoveAgendaItem($agendaItemId: ID!, $position: Int!) {
    moveAgendaItem(agendaItemId: $agendaItemId, position: $position) {
      id
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveAgendaItem($agendaItemId: ID!) {
    removeAgendaItem(agendaItemId: $agendaItemId) {
      id
    }
  }
`);
const PUBLISH = graphql(`
  mutation PublishAgenda($meetingId: ID!) {
    publishAgenda(meetingId: $meetingId) {
      id
      status
    }
  }
`);
const CONCLUDE = graphql(`
  mutation ConcludeMeeting($meetingId: ID!) {
    concludeMeeting(meetingId: $meetingId) {
      id
      status
    }
  }
`);
const ATTEND = graphql(`
  mutation RecordAttendance($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      status
    }
  }
`);
const MINUTES = graphql(`
  mutation RecordMinutes($agendaItemId: ID!, $minutes: String!) {
    recordMinutes(agendaItemId: $agendaItemId, minutes: $minutes) {
      id
      minutes
    }
  }
`);
const RESEARCH = graphql(`
  mutation SubmitResearch($input: ResearchInput!) {
    submitResearch(input: $input) {
      id
      late
    }
  }
`);
const CREATE_ACTION = graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      id
    }
  }
`);

type Meeting = MeetingPageQuery['meeting'];
type Item = Meeting['agenda'][number];
const CATEGORIES: ActionCategory[] = ['VICTIM_SAFETY', 'CHILDREN', 'ADULT_AT_RISK', 'PERPETRATOR', 'OTHER'];
const ATTENDANCE: AttendanceStatus[] = ['PRESENT', 'APOLOGIES', 'ABSENT'];

/** The agenda builder: propose, add, reorder (buttons and drag), remove, publish; capacity shown. */
function AgendaBuilder({ m, refetch }: { m: Meeting; refetch: () => Promise<unknown> }) {
  const editable = m.status === 'SCHEDULED' || m.status === 'AGENDA_PUBLISHED';
  const candidates = useQuery(CANDIDATES, { variables: { panelId: m.panel.id }, skip: !editable });
  const [propose, p] = useMutation(PROPOSE);
  const [add, a] = useMutation(ADD);
  const [move, mv] = useMutation(MOVE);
  const [remove, rm] = useMutation(REMOVE);
  const [publish, pub] = useMutation(PUBLISH);
  const [dragged, setDragged] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const after = async (words: string) => {
    await Promise.all([refetch(), candidates.refetch()]);
    setSaid(words);
  };
  const error = p.error ?? a.error ?? mv.error ?? rm.error ?? pub.error;
  const n = m.agenda.length;
  const full = m.capacity != null && n >= m.capacity;
  const moveTo = async (item: Item, position: number) => {
    if (position < 1 || position > n || position === item.position) return;
    const r = await move({ variables: { agendaItemId: item.id, position } }).catch(() => null);
    if (r?.data) await after(`${item.case.reference} moved to position ${position} of ${n}.`);
  };

  return (
    <section aria-labelledby="agenda-h">
      <h2 id="agenda-h">Agenda</h2>
      <p>
        {n} {n === 1 ? 'case' : 'cases'} listed
        {m.capacity != null ? ` of a capacity of ${m.capacity}` : ' (no capacity set)'}
        {full ? ' — the agenda is full.' : '.'}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      <ErrorMessage error={error} />
      {editable && (
        <p className="actions-row">
          <button
            type="button"
            disabled={p.loading || full}
            onClick={async () =>
              (await propose({ variables: { meetingId: m.id } }).catch(() => null))?.data &&
              (await after('The agenda was proposed.'))
            }
          >
            Propose the agenda
          </button>
          {m.status === 'SCHEDULED' && (
            <button
              type="button"
              disabled={pub.loading || n === 0}
              onClick={async () =>
                (await publish({ variables: { meetingId: m.id } }).catch(() => null))?.data &&
                (await after('The agenda is published.'))
              }
            >
              Publish the agenda
            </button>
          )}
        </p>
      )}
      <ol className="agenda">
        {m.agenda.map((item) => (
          <li
            key={item.id}
            draggable={editable}
            onDragStart={() => setDragged(item.id)}
            onDragOver={(e) => editable && e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const from = m.agenda.find((x) => x.id === dragged);
              setDragged(null);
              if (from) void moveTo(from, item.position);
            }}
            className={dragged === item.id ? 'agenda-item dragging' : 'agenda-item'}
          >
            <span className="agenda-ref">
              <Link to={`/cases/${item.case.reference}`}>{item.case.reference}</Link> —{' '}
              {item.case.subject.givenName} {item.case.subject.familyName} · {risk(item.case)}
              {item.case.childrenInHousehold > 0 ? ` · ${item.case.childrenInHousehold} children` : ''}
            </span>
            {editable && (
              <span className="actions-row">
                <button
                  type="button"
                  className="secondary"
                  disabled={item.position === 1 || mv.loading}
                  onClick={() => void moveTo(item, item.position - 1)}
                  aria-label={`Move ${item.case.reference} up`}
                >
                  Up
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={item.position === n || mv.loading}
                  onClick={() => void moveTo(item, item.position + 1)}
                  aria-label={`Move ${item.case.reference} down`}
                >
                  Down
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={rm.loading}
                  onClick={async () =>
                    (await remove({ variables: { agendaItemId: item.id } }).catch(() => null))?.data &&
                    (await after(`${item.case.reference} removed.`))
                  }
                  aria-label={`Remove ${item.case.reference} from the agenda`}
                >
                  Remove
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {editable && (candidates.data?.cases.edges.length ?? 0) > 0 && (
        <form
          aria-label="Add a case to the agenda"
          onSubmit={async (e) => {
            e.preventDefault();
            const caseId = String(new FormData(e.currentTarget).get('caseId'));
            const r = await add({ variables: { meetingId: m.id, caseId } }).catch(() => null);
            if (r?.data) await after('The case was added.');
          }}
        >
          <SelectField
            label="Accepted case to add"
            name="caseId"
            options={candidates.data!.cases.edges.map(({ node: c }) => [c.id, `${c.reference} (${risk(c)})`])}
          />
          <button type="submit" disabled={a.loading || full}>
            Add to the agenda
          </button>
        </form>
      )}
    </section>
  );
}

/** A rep's research form for their agency's part of one item, or the research staff read. */
function ResearchPanel({
  m,
  item,
  staff,
  agencyId,
  refetch,
}: {
  m: Meeting;
  item: Item;
  staff: boolean;
  agencyId: string;
  refetch: () => Promise<unknown>;
}) {
  const [submit, s] = useMutation(RESEARCH);
  const errors = formErrors(s.error);
  const mine = item.research.find((r) => r.agency.id === agencyId);
  const member = m.panel.memberAgencies.some((a) => a.id === agencyId);
  const open = m.status === 'AGENDA_PUBLISHED' || m.status === 'SCHEDULED';
  return (
    <div className="research">
      <h4>Research</h4>
      {staff && item.outstandingResearch && (
        <p>
          Outstanding:{' '}
          {item.outstandingResearch.length === 0
            ? 'none — every agency has returned research.'
            : item.outstandingResearch.map((a) => a.name).join(', ')}
        </p>
      )}
      {item.research.length > 0 && (
        <ul>
          {item.research.map((r) => (
            <li key={r.id}>
              <strong>{r.agency.name}</strong> ({formatDateTime(r.submittedAt)}
              {r.late ? ', late' : ''}): {r.noInformationHeld ? 'No information held.' : r.summary}
            </li>
          ))}
        </ul>
      )}
      {!staff && member && open && (
        <form
          aria-label={`Research for ${item.case.reference}`}
          onSubmit={async (e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const r = await submit({
              variables: {
                input: {
                  agendaItemId: item.id,
                  summary: str(f, 'summary'),
                  noInformationHeld: f.get('noInformationHeld') === 'on',
                },
              },
            }).catch(() => null);
            if (r?.data) await refetch();
          }}
        >
          <ErrorSummary errors={errors} />
          <TextArea
            label={`Your agency’s research on ${item.case.reference}`}
            name="summary"
            defaultValue={mine?.summary ?? ''}
            errors={errors}
            hint={`Due by ${formatDateTime(m.researchDueAt)}${mine ? ' · submitted; sending again replaces it' : ''}`}
          />
          <Checkbox
            label="No information held"
            name="noInformationHeld"
            defaultChecked={mine?.noInformationHeld ?? false}
          />
          <button type="submit" disabled={s.loading}>
            Submit research
          </button>
        </form>
      )}
    </div>
  );
}

function MinutesForm({ item, refetch }: { item: Item; refetch: () => Promise<unknown> }) {
  const [record, r] = useMutation(MINUTES);
  const errors = formErrors(r.error);
  const [saved, setSaved] = useState(false);
  return (
    <form
      aria-label={`Minutes for ${item.case.reference}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const minutes = String(new FormData(e.currentTarget).get('minutes') ?? '');
        const res = await record({ variables: { agendaItemId: item.id, minutes } }).catch(() => null);
        setSaved(!!res?.data);
        if (res?.data) await refetch();
      }}
    >
      <ErrorSummary errors={errors} />
      <TextArea
        label={`Minutes for ${item.case.reference}`}
        name="minutes"
        defaultValue={item.minutes ?? ''}
        errors={errors}
      />
      <button type="submit" disabled={r.loading}>
        Save the minutes
      </button>
      {saved && <span role="status"> Saved.</span>}
    </form>
  );
}

function ActionForm({ m, item, refetch }: { m: Meeting; item: Item; refetch: () => Promise<unknown> }) {
  const [create, c] = useMutation(CREATE_ACTION);
  const errors = formErrors(c.error);
  return (
    <form
      aria-label={`New action for ${item.case.reference}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const form = e.currentTarget;
        const r = await create({
          variables: {
            input: {
              caseId: item.case.id,
              agendaItemId: item.id,
              description: String(f.get('description') ?? ''),
              ownerAgencyId: String(f.get('ownerAgencyId')),
              dueDate: String(f.get('dueDate') ?? ''),
              category: f.get('category') as ActionCategory,
            },
          },
        }).catch(() => null);
        if (r?.data) {
          form.reset();
          await refetch();
        }
      }}
    >
      <h4>New action</h4>
      <ErrorSummary errors={errors} />
      <TextField label={`Action for ${item.case.reference}`} name="description" errors={errors} />
      <SelectField
        label="Owner agency"
        name="ownerAgencyId"
        errors={errors}
        options={m.panel.memberAgencies.map((a) => [a.id, a.name])}
      />
      <TextField label="Due date" name="dueDate" type="date" errors={errors} />
      <SelectField
        label="Whom it protects or addresses"
        name="category"
        errors={errors}
        options={CATEGORIES.map((k) => [k, words(k)])}
      />
      <button type="submit" disabled={c.loading}>
        Add the action
      </button>
    </form>
  );
}

/** One meeting: the agenda builder before it, and attendance, research, minutes, actions and conclusion at it. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { me, roles } = useMe();
  const q = useQuery(MEETING, { variables: { id } });
  const [attend, at] = useMutation(ATTEND);
  const [conclude, con] = useMutation(CONCLUDE);
  const m = q.data?.meeting;
  if (q.loading && !m) return <Loading />;
  if (!m)
    return (
      <Page title="Meeting">
        <ErrorMessage error={q.error} />
      </Page>
    );
  const staff = roles.staffPanels.some((p) => p.id === m.panel.id);
  const refetch = () => q.refetch();
  // attendance, minutes and conclusion once the agenda is out (the API refuses them before the start, in words)
  const running = m.status === 'AGENDA_PUBLISHED';
  const attendance = new Map(m.attendance.map((a) => [a.agency.id, a.status]));

  return (
    <Page
      title={`${m.panel.name} meeting, ${formatDateTime(m.startsAt)}`}
      actions={<Status value={m.status} />}
    >
      <dl className="facts">
        <dt>Place</dt>
        <dd>{m.location ?? '—'}</dd>
        <dt>Research due by</dt>
        <dd>
          <strong>{formatDateTime(m.researchDueAt)}</strong>
          {m.researchDueAt && Date.parse(m.researchDueAt) < Date.now()
            ? ' (passed: research now is marked late)'
            : ''}
        </dd>
        {m.cancellationReason && (
          <>
            <dt>Cancelled</dt>
            <dd>{m.cancellationReason}</dd>
          </>
        )}
      </dl>

      {staff ? (
        <AgendaBuilder m={m} refetch={refetch} />
      ) : (
        <section aria-labelledby="agenda-h">
          <h2 id="agenda-h">Agenda</h2>
          {m.agenda.length === 0 && <p>The agenda is not published yet.</p>}
        </section>
      )}

      {m.agenda.length > 0 && (
        <section aria-labelledby="items-h">
          <h2 id="items-h">{staff ? 'Research, minutes and actions' : 'Your agency’s research'}</h2>
          {m.agenda.map((item) => (
            <article key={item.id} className="card item" aria-labelledby={`item-${item.id}`}>
              <h3 id={`item-${item.id}`}>
                {item.position}. <Link to={`/cases/${item.case.reference}`}>{item.case.reference}</Link>{' '}
                <Status value={item.case.status} />
              </h3>
              <ResearchPanel m={m} item={item} staff={staff} agencyId={me.agency.id} refetch={refetch} />
              {item.actions.length > 0 && (
                <ul>
                  {item.actions.map((a) => (
                    <li key={a.id}>
                      <Link to={`/actions/${a.id}`}>{a.description}</Link> — {a.ownerAgency.name}, due{' '}
                      {formatDate(a.dueDate)}, <Status value={a.status} />
                    </li>
                  ))}
                </ul>
              )}
              {staff && running && <MinutesForm item={item} refetch={refetch} />}
              {staff && m.status !== 'CANCELLED' && <ActionForm m={m} item={item} refetch={refetch} />}
              {!running && item.minutes && <p className="minutes">{item.minutes}</p>}
            </article>
          ))}
        </section>
      )}

      {staff && running && (
        <section aria-labelledby="attendance-h">
          <h2 id="attendance-h">Attendance</h2>
          <ErrorMessage error={at.error} />
          <table>
            <caption className="visually-hidden">Attendance by agency</caption>
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Attendance</th>
              </tr>
            </thead>
            <tbody>
              {m.panel.memberAgencies.map((a) => (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td>
                    <SelectField
                      label={`Attendance of ${a.name}`}
                      value={attendance.get(a.id) ?? ''}
                      onChange={async (e) => {
                        if (!e.target.value) return;
                        await attend({
                          variables: {
                            input: {
                              meetingId: m.id,
                              agencyId: a.id,
                              status: e.target.value as AttendanceStatus,
                            },
                          },
                        }).catch(() => null);
                        await refetch();
                      }}
                      options={[
                        ['', 'Not recorded'],
                        ...ATTENDANCE.map((s) => [s, words(s)] as [string, string]),
                      ]}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Conclusion</h2>
          <ErrorMessage error={con.error} />
          <button
            type="button"
            disabled={con.loading}
            onClick={async () =>
              (await conclude({ variables: { meetingId: m.id } }).catch(() => null))?.data &&
              (await refetch())
            }
          >
            Conclude the meeting
          </button>
          <p className="hint">Every item needs minutes; the listed cases become heard.</p>
        </section>
      )}
    </Page>
  );
}
