import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import type { CaseFilter, CaseStatus, FurtherIncidentKind, IdvaEngagement, RiskChange } from '../gql/graphql';
import { ErrorMessage, ErrorSummary, formErrors } from '../errors';
import { Page } from '../Layout';
import { useMe } from '../auth';
import { session } from '../apollo';
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
import { risk, str, TriageForm } from './referrals';

const CASES = graphql(`
  query Cases($filter: CaseFilter, $after: String) {
    cases(first: 50, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CaseRow
        }
      }
    }
  }
`);

const STATUSES: CaseStatus[] = [
  'SUBMITTED',
  'ACCEPTED',
  'LISTED',
  'HEARD',
  'CLOSED',
  'REJECTED',
  'WITHDRAWN',
];

/** Fetches a CSV export with the bearer token and hands it to the browser as a download. */
async function download(path: string, name: string) {
  const res = await fetch(path, {
    headers: { authorization: `Bearer ${session.token}` },
    credentials: 'omit',
  });
  if (!res.ok) throw new Error(`The download failed (${res.status})`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function CsvButton({ path, name, label }: { path: string; name: string; label: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          download(path, name).then(
            () => setError(null),
            (e: Error) => setError(e.message),
          )
        }
      >
        {label}
      </button>
      {error && (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}

/** Cases the user sees, with filters and a CSV of the same selection. */
export function CasesList() {
  const { roles } = useMe();
  const [filter, setFilter] = useState<CaseFilter>({});
  const [after, setAfter] = useState<string[]>([]);
  const q = useQuery(CASES, { variables: { filter, after: after.at(-1) } });
  const csv = new URLSearchParams();
  if (filter.panelId) csv.set('panelId', String(filter.panelId));
  if (filter.status?.length) csv.set('status', filter.status.join(','));
  if (filter.isRepeat != null) csv.set('isRepeat', String(filter.isRepeat));
  if (filter.referredFrom) csv.set('referredFrom', filter.referredFrom);
  if (filter.referredTo) csv.set('referredTo', filter.referredTo);

  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const status = f.getAll('status').map(String) as CaseStatus[];
    const repeat = f.get('isRepeat');
    setAfter([]);
    setFilter({
      panelId: str(f, 'panelId'),
      status: status.length ? status : undefined,
      isRepeat: repeat === 'yes' ? true : repeat === 'no' ? false : undefined,
      referredFrom: str(f, 'referredFrom'),
      referredTo: str(f, 'referredTo'),
    });
  }

  return (
    <Page
      title="Cases"
      actions={
        <CsvButton path={`/exports/cases.csv?${csv}`} name="cases.csv" label="Download these cases (CSV)" />
      }
    >
      <form onSubmit={apply} aria-label="Filter the cases" className="filters">
        <fieldset>
          <legend>Filters</legend>
          <div className="cards">
            <SelectField
              label="Panel"
              name="panelId"
              options={[['', 'All panels'], ...roles.panels.map((p) => [p.id, p.name] as [string, string])]}
            />
            <SelectField
              label="Repeat"
              name="isRepeat"
              options={[
                ['', 'Either'],
                ['yes', 'Repeats only'],
                ['no', 'First referrals only'],
              ]}
            />
            <TextField label="Referred from" name="referredFrom" type="date" />
            <TextField label="Referred to" name="referredTo" type="date" />
          </div>
          <fieldset>
            <legend>Status</legend>
            <div className="actions-row">
              {STATUSES.map((s) => (
                <Checkbox key={s} label={words(s)} name="status" value={s} />
              ))}
            </div>
          </fieldset>
          <button type="submit">Apply the filters</button>
        </fieldset>
      </form>
      <ErrorMessage error={q.error} />
      {q.loading && !q.data ? (
        <Loading />
      ) : (
        <>
          <p role="status">{q.data?.cases.totalCount ?? 0} cases</p>
          <table>
            <caption className="visually-hidden">Cases</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Victim</th>
                <th scope="col">Panel</th>
                <th scope="col">Referred</th>
                <th scope="col">Risk</th>
                <th scope="col">Flags</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {q.data?.cases.edges.map(({ node: c }) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/cases/${c.reference}`}>{c.reference}</Link>
                    {c.restricted && <div className="hint">Restricted</div>}
                  </td>
                  <td>
                    {c.subject.givenName} {c.subject.familyName}
                  </td>
                  <td>{c.panel.name}</td>
                  <td>{formatDate(c.referralDate)}</td>
                  <td>{risk(c)}</td>
                  <td>{c.flags.map((f) => words(f.kind)).join(', ') || 'None'}</td>
                  <td>
                    <Status value={c.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions-row">
            {after.length > 0 && (
              <button type="button" className="secondary" onClick={() => setAfter((a) => a.slice(0, -1))}>
                Previous page
              </button>
            )}
            {q.data?.cases.pageInfo.hasNextPage && (
              <button
                type="button"
                className="secondary"
                onClick={() => setAfter((a) => [...a, q.data!.cases.pageInfo.endCursor!])}
              >
                Next page
              </button>
            )}
          </div>
        </>
      )}
    </Page>
  );
}

const CASE = graphql(`
  query CasePage($reference: String!) {
    caseByReference(reference: $reference) {
      id
      reference
      status
      version
      referralDate
      incidentDate
      closedOn
      isRepeat
      restricted
      criteria
      riskTool
      riskGrade
      riskSummary
      rfgvScore
      childrenInHousehold
      victimAware
      victimViews
      consentGiven
      triageReason
      rejectionReason
      idvaEngagement
      dash {
        score
      }
      panel {
        id
        name
        kind
      }
      referringAgency {
        id
        name
      }
      subject {
        ...PersonFields
      }
      linkedPersons {
        role
        relationshipToSubject
        school
        person {
          ...PersonFields
        }
      }
      flags {
        kind
        explanation
        raisedAt
        relatedCaseReference
      }
      riskReviews {
        reviewedOn
        dashScore
        riskGrade
        rfgvScore
        note
      }
      agendaItems {
        id
        minutes
        meeting {
          id
          startsAt
          status
        }
      }
      actions {
        id
        description
        dueDate
        status
        overdue
        ownerAgency {
          id
          name
        }
      }
      furtherIncidents {
        id
        incidentDate
        kind
        note
        agency {
          id
          name
        }
        repeatReferral {
          id
          reference
        }
      }
      outcome {
        riskAtClosure
        safetyPlanInPlace
        victimInformed
        idvaEngagement
        recordedAt
      }
    }
  }
`);

graphql(`
  fragment PersonFields on Person {
    id
    givenName
    familyName
    dateOfBirth
    gender
    contact {
      phone
      address
      safeToCall
      safeContactNotes
    }
  }
`);

const INCIDENT = graphql(`
  mutation RecordFurtherIncident($input: FurtherIncidentInput!) {
    recordFurtherIncident(input: $input) {
      id
      repeatReferral {
        id
        reference
      }
    }
  }
`);

const IDVA_CONTACT = graphql(`
  mutation RecordIdvaContact($input: IdvaContactInput!) {
    recordIdvaContact(input: $input) {
      id
      idvaEngagement
    }
  }
`);

const CLOSE = graphql(`
  mutation CloseCase($caseId: ID!, $reason: String!, $closedOn: Date, $outcome: CaseOutcomeInput) {
    closeCase(caseId: $caseId, reason: $reason, closedOn: $closedOn, outcome: $outcome) {
      id
      status
      closedOn
    }
  }
`);

const INCIDENT_KINDS: FurtherIncidentKind[] = [
  'VIOLENCE_OR_THREATS',
  'UNWANTED_CONTACT',
  'STALKING_OR_HARASSMENT',
  'COERCIVE_CONTROL',
  'SEXUAL_ABUSE',
  'BREACH_OF_ORDER',
  'OTHER',
];
const ENGAGEMENTS: IdvaEngagement[] = [
  'ENGAGED',
  'DECLINED',
  'UNABLE_TO_CONTACT',
  'NOT_YET_CONTACTED',
  'NOT_OFFERED',
];
const RISK_CHANGES: RiskChange[] = ['REDUCED', 'SAME', 'INCREASED', 'NOT_KNOWN'];

type PersonView = {
  givenName: string;
  familyName: string;
  dateOfBirth?: string | null;
  gender?: string | null;
  contact?: {
    phone?: string | null;
    address?: string | null;
    safeToCall?: boolean | null;
    safeContactNotes?: string | null;
  } | null;
};

function PersonCard({ title, p, school }: { title: string; p: PersonView; school?: string | null }) {
  return (
    <div className="card">
      <h3>{title}</h3>
      <dl className="facts">
        <dt>Name</dt>
        <dd>
          {p.givenName} {p.familyName}
        </dd>
        <dt>Date of birth</dt>
        <dd>{formatDate(p.dateOfBirth)}</dd>
        {p.gender && (
          <>
            <dt>Gender</dt>
            <dd>{words(p.gender)}</dd>
          </>
        )}
        {school && (
          <>
            <dt>School</dt>
            <dd>{school}</dd>
          </>
        )}
        {p.contact && (
          <>
            <dt>Phone</dt>
            <dd>{p.contact.phone ?? '—'}</dd>
            <dt>Address</dt>
            <dd>{p.contact.address ?? '—'}</dd>
            <dt>Safe to call</dt>
            <dd>{p.contact.safeToCall == null ? 'Not known' : p.contact.safeToCall ? 'Yes' : 'No'}</dd>
            {p.contact.safeContactNotes && (
              <>
                <dt>Safe contact</dt>
                <dd>{p.contact.safeContactNotes}</dd>
              </>
            )}
          </>
        )}
      </dl>
    </div>
  );
}

const todayIso = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/** One case: persons, flags, risk, hearings, actions, further incidents, outcome; and what the user may do on it. */
export function CasePage() {
  const { reference = '' } = useParams();
  const { roles } = useMe();
  const q = useQuery(CASE, { variables: { reference } });
  const [incident, inc] = useMutation(INCIDENT);
  const [contact, con] = useMutation(IDVA_CONTACT);
  const [close, closed] = useMutation(CLOSE);
  const [notice, setNotice] = useState<string | null>(null);
  const c = q.data?.caseByReference;
  if (q.loading && !c) return <Loading />;
  if (!c)
    return (
      <Page title="Case">
        <ErrorMessage error={q.error} />
      </Page>
    );
  const staff = roles.staffPanels.some((p) => p.id === c.panel.id);
  const rep = roles.repPanels.some((p) => p.id === c.panel.id);
  const open = !['REJECTED', 'WITHDRAWN', 'CLOSED'].includes(c.status);
  const incErrors = formErrors(inc.error);
  const conErrors = formErrors(con.error);
  const closeErrors = formErrors(closed.error);
  const done = async (what: string) => {
    setNotice(what);
    await q.refetch();
  };

  return (
    <Page title={`Case ${c.reference}`} actions={<Status value={c.status} />}>
      {notice && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <dl className="facts">
        <dt>Panel</dt>
        <dd>{c.panel.name}</dd>
        <dt>Referred</dt>
        <dd>
          {formatDate(c.referralDate)} by {c.referringAgency.name}
        </dd>
        <dt>Incident</dt>
        <dd>{formatDate(c.incidentDate)}</dd>
        <dt>Criteria</dt>
        <dd>{c.criteria.map(words).join(', ')}</dd>
        <dt>Restricted</dt>
        <dd>{c.restricted ? 'Yes' : 'No'}</dd>
        {c.triageReason && (
          <>
            <dt>Triage note</dt>
            <dd>{c.triageReason}</dd>
          </>
        )}
        {c.rejectionReason && (
          <>
            <dt>Rejected</dt>
            <dd>{words(c.rejectionReason)}</dd>
          </>
        )}
        {c.idvaEngagement && (
          <>
            <dt>IDVA engagement</dt>
            <dd>{words(c.idvaEngagement)}</dd>
          </>
        )}
      </dl>

      {staff && c.status === 'SUBMITTED' && (
        <section aria-labelledby="triage-h">
          <h2 id="triage-h">Triage</h2>
          <TriageForm
            caseId={c.id}
            label={c.reference}
            onDone={() => void done('The referral has been triaged.')}
          />
        </section>
      )}

      <section aria-labelledby="persons-h">
        <h2 id="persons-h">Persons</h2>
        <div className="cards">
          <PersonCard title="Victim (subject)" p={c.subject} />
          {c.linkedPersons.map((l) => (
            <PersonCard
              key={l.person.id}
              title={`${words(l.role)}${l.relationshipToSubject ? ` (${l.relationshipToSubject})` : ''}`}
              p={l.person}
              school={l.school}
            />
          ))}
        </div>
        <p>Children in the household: {c.childrenInHousehold}</p>
      </section>

      <section aria-labelledby="flags-h">
        <h2 id="flags-h">Flags</h2>
        {c.flags.length === 0 ? (
          <p>No flag.</p>
        ) : (
          <ul>
            {c.flags.map((f) => (
              <li key={f.kind + f.raisedAt}>
                <strong>{words(f.kind)}</strong>: {f.explanation}
                {f.relatedCaseReference && (
                  <>
                    {' '}
                    (see <Link to={`/cases/${f.relatedCaseReference}`}>{f.relatedCaseReference}</Link>)
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="risk-h">
        <h2 id="risk-h">Risk</h2>
        <p>
          {risk(c)}
          {c.dash && c.dash.score >= 14 ? ' (high risk)' : ''}
          {c.rfgvScore != null ? ` · RFGV ${c.rfgvScore}` : ''}
        </p>
        {c.riskSummary && <p>{c.riskSummary}</p>}
        {c.victimViews && (
          <p>
            <strong>The victim’s views:</strong> {c.victimViews}
          </p>
        )}
        {c.riskReviews.length > 0 && (
          <table>
            <caption>Risk reviews</caption>
            <thead>
              <tr>
                <th scope="col">Reviewed</th>
                <th scope="col">DASH</th>
                <th scope="col">Grade</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {c.riskReviews.map((r, i) => (
                <tr key={i}>
                  <td>{formatDate(r.reviewedOn)}</td>
                  <td>{r.dashScore ?? '—'}</td>
                  <td>{words(r.riskGrade)}</td>
                  <td>{r.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="agenda-h">
        <h2 id="agenda-h">Hearings</h2>
        {c.agendaItems.length === 0 ? (
          <p>Not on any agenda yet.</p>
        ) : (
          <ul>
            {c.agendaItems.map((a) => (
              <li key={a.id}>
                <Link to={`/meetings/${a.meeting.id}`}>Meeting of {formatDateTime(a.meeting.startsAt)}</Link>{' '}
                ({words(a.meeting.status)}){a.minutes && <p className="minutes">{a.minutes}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="actions-h">
        <h2 id="actions-h">Actions</h2>
        {c.actions.length === 0 ? (
          <p>No action.</p>
        ) : (
          <ul>
            {c.actions.map((a) => (
              <li key={a.id}>
                <Link to={`/actions/${a.id}`}>{a.description}</Link> — {a.ownerAgency.name}, due{' '}
                {formatDate(a.dueDate)}, <Status value={a.status} />
                {a.overdue && <strong> Overdue</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="incidents-h">
        <h2 id="incidents-h">Further incidents</h2>
        {c.furtherIncidents.length === 0 ? (
          <p>None recorded.</p>
        ) : (
          <ul>
            {c.furtherIncidents.map((f) => (
              <li key={f.id}>
                {formatDate(f.incidentDate)}: {words(f.kind)} ({f.agency.name}){f.note ? ` — ${f.note}` : ''}
                {f.repeatReferral && (
                  <>
                    {' '}
                    · repeat referral{' '}
                    <Link to={`/cases/${f.repeatReferral.reference}`}>{f.repeatReferral.reference}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {(staff || rep) && open && (
          <form
            aria-label="Record a further incident"
            onSubmit={async (e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              const form = e.currentTarget;
              const r = await incident({
                variables: {
                  input: {
                    caseId: c.id,
                    incidentDate: String(f.get('incidentDate')),
                    kind: f.get('kind') as FurtherIncidentKind,
                    note: str(f, 'note'),
                  },
                },
              }).catch(() => null);
              if (r?.data) {
                form.reset();
                const ref = r.data.recordFurtherIncident.repeatReferral?.reference;
                await done(
                  ref
                    ? `The incident is recorded; repeat referral ${ref} goes to the coordinator.`
                    : 'The incident is recorded.',
                );
              }
            }}
          >
            <h3>Record a further incident</h3>
            <ErrorSummary errors={incErrors} />
            <TextField
              label="Date of the incident"
              name="incidentDate"
              type="date"
              defaultValue={todayIso()}
              errors={incErrors}
            />
            <SelectField
              label="Kind of incident"
              name="kind"
              errors={incErrors}
              options={INCIDENT_KINDS.map((k) => [k, words(k)])}
            />
            <TextArea label="Note" name="note" rows={2} errors={incErrors} />
            <button type="submit" disabled={inc.loading}>
              Record the incident
            </button>
          </form>
        )}
      </section>

      {(staff || (rep && roles.idva)) && open && c.status !== 'SUBMITTED' && (
        <section aria-labelledby="idva-h">
          <h2 id="idva-h">Victim contact (IDVA)</h2>
          <form
            aria-label="Record victim contact"
            onSubmit={async (e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              const r = await contact({
                variables: {
                  input: {
                    caseId: c.id,
                    engagement: f.get('engagement') as IdvaEngagement,
                    note: str(f, 'note'),
                  },
                },
              }).catch(() => null);
              if (r?.data) await done('The contact is recorded.');
            }}
          >
            <ErrorSummary errors={conErrors} />
            <SelectField
              label="Engagement after this contact"
              name="engagement"
              errors={conErrors}
              options={ENGAGEMENTS.map((k) => [k, words(k)])}
            />
            <TextArea label="Contact note" name="note" rows={2} errors={conErrors} />
            <button type="submit" disabled={con.loading}>
              Record the contact
            </button>
          </form>
        </section>
      )}

      <section aria-labelledby="outcome-h">
        <h2 id="outcome-h">Outcome</h2>
        {c.outcome ? (
          <dl className="facts">
            <dt>Closed</dt>
            <dd>{formatDate(c.closedOn)}</dd>
            <dt>Risk at closure</dt>
            <dd>{words(c.outcome.riskAtClosure)}</dd>
            <dt>Safety plan in place</dt>
            <dd>{c.outcome.safetyPlanInPlace ? 'Yes' : 'No'}</dd>
            <dt>IDVA engagement</dt>
            <dd>{words(c.outcome.idvaEngagement)}</dd>
          </dl>
        ) : (
          <p>{c.status === 'CLOSED' ? `Closed on ${formatDate(c.closedOn)}.` : 'Not closed.'}</p>
        )}
        {staff && c.status === 'HEARD' && (
          <form
            aria-label="Close the case"
            onSubmit={async (e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              const r = await close({
                variables: {
                  caseId: c.id,
                  reason: String(f.get('reason') ?? ''),
                  closedOn: str(f, 'closedOn'),
                  outcome: {
                    riskAtClosure: f.get('outcome.riskAtClosure') as RiskChange,
                    safetyPlanInPlace: f.get('outcome.safetyPlanInPlace') === 'on',
                    victimInformed: f.get('outcome.victimInformed') === 'on',
                    idvaEngagement:
                      (str(f, 'outcome.idvaEngagement') as IdvaEngagement | undefined) ?? undefined,
                  },
                },
              }).catch(() => null);
              if (r?.data) await done('The case is closed.');
            }}
          >
            <h3>Close the case</h3>
            <ErrorSummary errors={closeErrors} />
            <TextField label="Reason for closing" name="reason" errors={closeErrors} />
            <TextField
              label="Closed on"
              name="closedOn"
              type="date"
              defaultValue={todayIso()}
              errors={closeErrors}
            />
            <SelectField
              label="Risk at closure"
              name="outcome.riskAtClosure"
              errors={closeErrors}
              options={RISK_CHANGES.map((k) => [k, words(k)])}
            />
            <SelectField
              label="IDVA engagement"
              name="outcome.idvaEngagement"
              errors={closeErrors}
              options={[['', 'Not recorded'], ...ENGAGEMENTS.map((k) => [k, words(k)] as [string, string])]}
            />
            <Checkbox label="A safety plan is in place" name="outcome.safetyPlanInPlace" />
            <Checkbox label="The victim has been informed" name="outcome.victimInformed" />
            <button type="submit" disabled={closed.loading}>
              Close the case
            </button>
          </form>
        )}
      </section>
    </Page>
  );
}
