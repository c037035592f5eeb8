import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { CreateReferralInput, DashAnswer, RejectionReason, TriageInput } from '../gql/graphql';
import { ErrorMessage, ErrorSummary, formErrors } from '../errors';
import { Page } from '../Layout';
import { useMe } from '../auth';
import { Checkbox, formatDate, Loading, SelectField, Status, TextArea, TextField, words } from '../ui';

/** The 24 questions of the SafeLives DASH risk identification checklist (short wording). */
export const DASH_QUESTIONS = [
  'Has the current incident resulted in injury?',
  'Is the victim very frightened?',
  'Is the victim afraid of further injury or violence?',
  'Does the victim feel isolated from family or friends?',
  'Is the victim feeling depressed or having suicidal thoughts?',
  'Has the victim separated or tried to separate from the abuser within the past year?',
  'Is there conflict over child contact?',
  'Does the abuser constantly text, call, contact, follow, stalk or harass the victim?',
  'Is the victim pregnant, or has she had a baby in the last 18 months?',
  'Are there children or step-children in the household who are not the abuser’s?',
  'Has the abuser ever hurt the children or dependants?',
  'Has the abuser ever threatened to hurt or kill the children or dependants?',
  'Is the abuse happening more often?',
  'Is the abuse getting worse?',
  'Does the abuser try to control everything the victim does, or are they excessively jealous?',
  'Has the abuser ever used weapons or objects to hurt the victim?',
  'Has the abuser ever threatened to kill the victim or someone else, and the victim believed them?',
  'Has the abuser ever attempted to strangle, choke, suffocate or drown the victim?',
  'Does the abuser do or say things of a sexual nature that make the victim feel bad or that hurt them?',
  'Is there any other person who has threatened the victim or whom the victim is afraid of?',
  'Does the victim know if the abuser has hurt anyone else?',
  'Has the abuser ever mistreated an animal or the family pet?',
  'Are there any financial issues (for example dependence on the abuser, recent loss of a job)?',
  'Has the abuser had problems in the past year with drugs, alcohol or mental health?',
];

const PANELS = graphql(`
  query ReferralPanels {
    panels {
      id
      name
      kind
    }
  }
`);

const CREATE = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      reference
      status
      dash {
        score
      }
    }
  }
`);

const CRITERIA: [string, string][] = [
  ['VISIBLE_HIGH_RISK', 'Visible high risk (DASH 14 or more, or a high grade)'],
  ['POTENTIAL_ESCALATION', 'Potential escalation'],
  ['PROFESSIONAL_JUDGEMENT', 'Professional judgement'],
  ['REPEAT', 'Repeat'],
];

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

interface Child {
  key: number;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  school: string;
}

export const str = (f: FormData, k: string) => {
  const v = String(f.get(k) ?? '').trim();
  return v === '' ? undefined : v;
};
const yesNo = (f: FormData, k: string) => (f.get(k) === 'yes' ? true : f.get(k) === 'no' ? false : undefined);

/** The SafeLives referral form: subject, perpetrator, children, DASH (or DARA), the victim's voice, lawful basis. */
export function NewReferral() {
  const panels = useQuery(PANELS);
  const [create, created] = useMutation(CREATE);
  const [tool, setTool] = useState<'DASH' | 'DARA' | 'OTHER' | 'NONE'>('DASH');
  const [answers, setAnswers] = useState<DashAnswer[]>(() => DASH_QUESTIONS.map(() => 'NO'));
  const [children, setChildren] = useState<Child[]>([]);
  const [consent, setConsent] = useState<'yes' | 'no' | ''>('');
  const [aware, setAware] = useState<'yes' | 'no' | ''>('');
  const errors = formErrors(created.error);
  const score = answers.filter((a) => a === 'YES').length;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const contact = {
      phone: str(f, 'subject.contact.phone'),
      address: str(f, 'subject.contact.address'),
      safeContactNotes: str(f, 'subject.contact.safeContactNotes'),
      safeToCall: yesNo(f, 'subject.contact.safeToCall'),
    };
    const linkedPersons: NonNullable<CreateReferralInput['linkedPersons']> = [];
    if (str(f, 'perpetrator.givenName') || str(f, 'perpetrator.familyName'))
      linkedPersons.push({
        role: 'PERPETRATOR',
        relationshipToSubject: str(f, 'perpetrator.relationship'),
        person: {
          givenName: str(f, 'perpetrator.givenName'),
          familyName: str(f, 'perpetrator.familyName'),
          dateOfBirth: str(f, 'perpetrator.dateOfBirth'),
          policeNationalId: str(f, 'perpetrator.policeNationalId'),
        },
      });
    for (const c of children)
      linkedPersons.push({
        role: 'CHILD',
        relationshipToSubject: 'child',
        school: c.school.trim() || undefined,
        person: {
          givenName: c.givenName.trim() || undefined,
          familyName: c.familyName.trim() || undefined,
          dateOfBirth: c.dateOfBirth || undefined,
        },
      });
    const input: CreateReferralInput = {
      panelId: String(f.get('panelId')),
      referralDate: str(f, 'referralDate'),
      incidentDate: str(f, 'incidentDate'),
      criteria: f.getAll('criteria').map(String) as CreateReferralInput['criteria'],
      subject: {
        givenName: str(f, 'subject.givenName'),
        familyName: str(f, 'subject.familyName'),
        dateOfBirth: str(f, 'subject.dateOfBirth'),
        gender: (str(f, 'subject.gender') as CreateReferralInput['subject']['gender']) ?? undefined,
        contact: Object.values(contact).some((v) => v !== undefined) ? contact : undefined,
      },
      linkedPersons,
      childrenInHousehold: Math.max(children.length, Number(f.get('childrenInHousehold') || 0)),
      riskTool: tool,
      dashAnswers: tool === 'DASH' ? answers : undefined,
      riskGrade:
        tool === 'DARA' || tool === 'OTHER'
          ? (str(f, 'riskGrade') as CreateReferralInput['riskGrade'])
          : undefined,
      riskSummary: str(f, 'riskSummary'),
      victimAware: yesNo(f, 'victimAware'),
      victimNotAwareReason: str(f, 'victimNotAwareReason'),
      victimViews: str(f, 'victimViews'),
      consentGiven: yesNo(f, 'consentGiven'),
      sharedWithoutConsentReason: str(f, 'sharedWithoutConsentReason'),
      lawfulBasis: String(f.get('lawfulBasis') ?? ''),
      restricted: f.get('restricted') === 'on',
    };
    await create({ variables: { input } }).catch(() => undefined);
  }

  if (created.data) {
    const c = created.data.createReferral;
    return (
      <Page title="Referral submitted">
        <div className="notice" role="status">
          <p>
            Referral <strong>{c.reference}</strong> has been submitted
            {c.dash ? ` with a DASH score of ${c.dash.score}` : ''}. The coordinator will triage it.
          </p>
        </div>
        <p className="actions-row">
          <Link to={`/cases/${c.reference}`}>Open the referral</Link>
          <Link to="/my-referrals">My referrals</Link>
          <button type="button" className="secondary" onClick={() => created.reset()}>
            Make another referral
          </button>
        </p>
      </Page>
    );
  }
  if (panels.loading && !panels.data) return <Loading />;

  const setChild = (key: number, patch: Partial<Child>) =>
    setChildren((list) => list.map((c) => (c.key === key ? { ...c, ...patch } : c)));

  return (
    <Page title="New referral">
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate aria-label="Referral">
        <fieldset>
          <legend>Referral</legend>
          <SelectField
            label="Panel"
            name="panelId"
            errors={errors}
            options={(panels.data?.panels ?? []).map((p) => [p.id, p.name])}
          />
          <TextField
            label="Referral date"
            name="referralDate"
            type="date"
            defaultValue={today()}
            errors={errors}
          />
          <TextField
            label="Date of the incident that prompted the referral"
            name="incidentDate"
            type="date"
            hint="Leave empty when it is the referral date."
            errors={errors}
          />
          <fieldset>
            <legend>Criteria</legend>
            {errors.of('criteria') && <p className="error">{errors.of('criteria')}</p>}
            {CRITERIA.map(([v, t]) => (
              <Checkbox
                key={v}
                label={t}
                name="criteria"
                value={v}
                defaultChecked={v === 'VISIBLE_HIGH_RISK'}
              />
            ))}
          </fieldset>
        </fieldset>

        <fieldset>
          <legend>The victim (subject)</legend>
          <TextField label="Given name" name="subject.givenName" errors={errors} autoComplete="off" />
          <TextField label="Family name" name="subject.familyName" errors={errors} autoComplete="off" />
          <TextField label="Date of birth" name="subject.dateOfBirth" type="date" errors={errors} />
          <SelectField
            label="Gender"
            name="subject.gender"
            errors={errors}
            options={[
              ['', 'Not given'],
              ['FEMALE', 'Female'],
              ['MALE', 'Male'],
              ['NON_BINARY', 'Non-binary'],
              ['OTHER', 'Other'],
              ['NOT_KNOWN', 'Not known'],
            ]}
          />
          <TextField
            label="Phone"
            name="subject.contact.phone"
            type="tel"
            errors={errors}
            autoComplete="off"
          />
          <TextArea label="Address" name="subject.contact.address" rows={2} errors={errors} />
          <SelectField
            label="Is it safe to call?"
            name="subject.contact.safeToCall"
            errors={errors}
            options={[
              ['', 'Not known'],
              ['yes', 'Yes'],
              ['no', 'No'],
            ]}
          />
          <TextArea
            label="Safe contact notes"
            name="subject.contact.safeContactNotes"
            rows={2}
            errors={errors}
          />
        </fieldset>

        <fieldset>
          <legend>The perpetrator</legend>
          <TextField
            label="Perpetrator’s given name"
            name="perpetrator.givenName"
            errors={errors}
            autoComplete="off"
          />
          <TextField
            label="Perpetrator’s family name"
            name="perpetrator.familyName"
            errors={errors}
            autoComplete="off"
          />
          <TextField
            label="Perpetrator’s date of birth"
            name="perpetrator.dateOfBirth"
            type="date"
            errors={errors}
          />
          <TextField
            label="Police national id (if known)"
            name="perpetrator.policeNationalId"
            errors={errors}
          />
          <TextField
            label="Relationship to the victim"
            name="perpetrator.relationship"
            hint="For example: ex-partner"
          />
        </fieldset>

        <fieldset>
          <legend>Children</legend>
          {children.map((c, i) => (
            <fieldset key={c.key}>
              <legend>Child {i + 1}</legend>
              <TextField
                label="Child’s given name"
                value={c.givenName}
                onChange={(e) => setChild(c.key, { givenName: e.target.value })}
              />
              <TextField
                label="Child’s family name"
                value={c.familyName}
                onChange={(e) => setChild(c.key, { familyName: e.target.value })}
              />
              <TextField
                label="Child’s date of birth"
                type="date"
                value={c.dateOfBirth}
                onChange={(e) => setChild(c.key, { dateOfBirth: e.target.value })}
              />
              <TextField
                label="School"
                value={c.school}
                onChange={(e) => setChild(c.key, { school: e.target.value })}
              />
              <button
                type="button"
                className="secondary"
                onClick={() => setChildren((l) => l.filter((x) => x.key !== c.key))}
              >
                Remove child {i + 1}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setChildren((l) => [
                ...l,
                { key: Date.now() + l.length, givenName: '', familyName: '', dateOfBirth: '', school: '' },
              ])
            }
          >
            Add a child
          </button>
          <TextField
            label="Number of children in the household"
            name="childrenInHousehold"
            type="number"
            min={0}
            defaultValue={0}
            hint="At least the number of children listed above."
            errors={errors}
          />
        </fieldset>

        <fieldset>
          <legend>Risk</legend>
          <SelectField
            label="Risk assessment tool"
            name="riskTool"
            value={tool}
            onChange={(e) => setTool(e.target.value as typeof tool)}
            errors={errors}
            options={[
              ['DASH', 'SafeLives DASH risk checklist'],
              ['DARA', 'DARA (College of Policing)'],
              ['OTHER', 'Another graded tool'],
              ['NONE', 'None'],
            ]}
          />
          {tool === 'DASH' && (
            <fieldset>
              <legend>DASH questions</legend>
              {errors.of('dashAnswers') && <p className="error">{errors.of('dashAnswers')}</p>}
              <ol className="dash">
                {DASH_QUESTIONS.map((q, i) => (
                  <li key={q}>
                    <SelectField
                      label={q}
                      value={answers[i]}
                      onChange={(e) =>
                        setAnswers((a) => a.map((x, j) => (j === i ? (e.target.value as DashAnswer) : x)))
                      }
                      options={[
                        ['NO', 'No'],
                        ['YES', 'Yes'],
                        ['NOT_KNOWN', 'Not known'],
                      ]}
                    />
                  </li>
                ))}
              </ol>
              <p className="dash-score" role="status" aria-live="polite">
                DASH score: <strong>{score}</strong> of 24{score >= 14 ? ' — high risk (14 or more)' : ''}
              </p>
            </fieldset>
          )}
          {(tool === 'DARA' || tool === 'OTHER') && (
            <SelectField
              label="Risk grade"
              name="riskGrade"
              errors={errors}
              options={[
                ['HIGH', 'High'],
                ['MEDIUM', 'Medium'],
                ['STANDARD', 'Standard'],
              ]}
            />
          )}
          <TextArea label="Risk summary" name="riskSummary" errors={errors} />
        </fieldset>

        <fieldset>
          <legend>The victim’s voice</legend>
          <SelectField
            label="Is the victim aware of the referral?"
            name="victimAware"
            value={aware}
            onChange={(e) => setAware(e.target.value as typeof aware)}
            errors={errors}
            options={[
              ['', 'Not recorded'],
              ['yes', 'Yes'],
              ['no', 'No'],
            ]}
          />
          {aware === 'no' && (
            <TextArea label="Why is the victim not aware?" name="victimNotAwareReason" errors={errors} />
          )}
          <TextArea
            label="The victim’s views, in their own words where possible"
            name="victimViews"
            errors={errors}
          />
          <SelectField
            label="Has the victim consented to information being shared?"
            name="consentGiven"
            value={consent}
            onChange={(e) => setConsent(e.target.value as typeof consent)}
            errors={errors}
            options={[
              ['', 'Not recorded'],
              ['yes', 'Yes'],
              ['no', 'No'],
            ]}
          />
          {consent === 'no' && (
            <TextArea
              label="Why is information shared without consent?"
              name="sharedWithoutConsentReason"
              errors={errors}
            />
          )}
        </fieldset>

        <fieldset>
          <legend>Sharing</legend>
          <TextArea
            label="Lawful basis for sharing"
            name="lawfulBasis"
            errors={errors}
            hint="For example: Crime and Disorder Act 1998 s115"
          />
          <Checkbox label="Restricted: only named people may see this case" name="restricted" />
        </fieldset>

        <button type="submit" disabled={created.loading}>
          {created.loading ? 'Submitting…' : 'Submit the referral'}
        </button>
      </form>
    </Page>
  );
}

export const CASE_ROW = graphql(`
  fragment CaseRow on Case {
    id
    reference
    status
    referralDate
    isRepeat
    restricted
    riskTool
    riskGrade
    dash {
      score
    }
    panel {
      id
      name
    }
    referringAgency {
      id
      name
    }
    subject {
      id
      givenName
      familyName
    }
    flags {
      kind
    }
  }
`);

const MY_REFERRALS = graphql(`
  query MyReferrals {
    cases(first: 100) {
      totalCount
      edges {
        node {
          ...CaseRow
          rejectionReason
        }
      }
    }
  }
`);

export const risk = (c: {
  riskTool?: string | null;
  riskGrade?: string | null;
  dash?: { score: number } | null;
}) =>
  c.dash
    ? `DASH ${c.dash.score}`
    : c.riskGrade
      ? `${words(c.riskTool)} ${words(c.riskGrade)}`
      : 'Not assessed';

/** A referrer's own referrals and their status (the API gives a referrer only these). */
export function MyReferrals() {
  const q = useQuery(MY_REFERRALS);
  return (
    <Page
      title="My referrals"
      actions={
        <Link to="/referrals/new" className="button">
          New referral
        </Link>
      }
    >
      <ErrorMessage error={q.error} />
      {q.loading && !q.data ? (
        <Loading />
      ) : (
        <table>
          <caption className="visually-hidden">My referrals and their status</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Victim</th>
              <th scope="col">Referred</th>
              <th scope="col">Risk</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {q.data?.cases.edges.map(({ node: c }) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/cases/${c.reference}`}>{c.reference}</Link>
                </td>
                <td>
                  {c.subject.givenName} {c.subject.familyName}
                </td>
                <td>{formatDate(c.referralDate)}</td>
                <td>{risk(c)}</td>
                <td>
                  <Status value={c.status} />
                  {c.rejectionReason && <> ({words(c.rejectionReason)})</>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

const INBOX = graphql(`
  query ReferralsInbox {
    cases(first: 200, filter: { status: [SUBMITTED] }) {
      totalCount
      edges {
        node {
          ...CaseRow
        }
      }
    }
  }
`);

export const TRIAGE = graphql(`
  mutation TriageReferral($input: TriageInput!) {
    triageReferral(input: $input) {
      id
      status
      rejectionReason
      triageReason
      version
    }
  }
`);

export const REJECTION_REASONS: [RejectionReason, string][] = [
  ['THRESHOLD_NOT_MET', 'Threshold not met'],
  ['NOT_DOMESTIC_ABUSE', 'Not domestic abuse'],
  ['NOT_ELIGIBLE', 'Not eligible'],
  ['OUT_OF_AREA', 'Out of area'],
  ['DUPLICATE', 'Duplicate'],
  ['OTHER', 'Other'],
];

/** Accept, or reject with a reason code (and words): one referral. */
export function TriageForm({
  caseId,
  label,
  onDone,
}: {
  caseId: string;
  label: string;
  onDone?: () => void;
}) {
  const [triage, t] = useMutation(TRIAGE);
  const [rejecting, setRejecting] = useState(false);
  const errors = formErrors(t.error);
  const run = async (input: Omit<TriageInput, 'caseId'>) => {
    const r = await triage({ variables: { input: { caseId, ...input } } }).catch(() => null);
    if (r?.data) onDone?.();
  };
  return (
    <div className="triage">
      <ErrorSummary errors={errors} />
      {!rejecting ? (
        <div className="actions-row">
          <button
            type="button"
            disabled={t.loading}
            onClick={() => run({ decision: 'ACCEPT' })}
            aria-label={`Accept ${label}`}
          >
            Accept
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setRejecting(true)}
            aria-label={`Reject ${label}…`}
          >
            Reject…
          </button>
        </div>
      ) : (
        <form
          aria-label={`Reject ${label}`}
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            void run({
              decision: 'REJECT',
              rejectionReason: f.get('rejectionReason') as RejectionReason,
              reason: str(f, 'reason'),
            });
          }}
        >
          <SelectField
            label="Reason for rejecting"
            name="rejectionReason"
            errors={errors}
            options={REJECTION_REASONS}
          />
          <TextField label="Explanation" name="reason" errors={errors} />
          <div className="actions-row">
            <button type="submit" disabled={t.loading}>
              Reject the referral
            </button>
            <button type="button" className="secondary" onClick={() => setRejecting(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** Panel staff: the submitted referrals, with triage. */
export function ReferralsInbox() {
  useMe();
  const q = useQuery(INBOX, { fetchPolicy: 'cache-and-network' });
  return (
    <Page title="Referrals inbox">
      <ErrorMessage error={q.error} />
      {q.loading && !q.data ? (
        <Loading />
      ) : q.data?.cases.edges.length === 0 ? (
        <p>No referral is waiting for triage.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Referrals waiting for triage</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Victim</th>
              <th scope="col">Panel</th>
              <th scope="col">Referred by</th>
              <th scope="col">Risk</th>
              <th scope="col">Flags</th>
              <th scope="col">Triage</th>
            </tr>
          </thead>
          <tbody>
            {q.data?.cases.edges.map(({ node: c }) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/cases/${c.reference}`}>{c.reference}</Link>
                  <div className="hint">{formatDate(c.referralDate)}</div>
                </td>
                <td>
                  {c.subject.givenName} {c.subject.familyName}
                </td>
                <td>{c.panel.name}</td>
                <td>{c.referringAgency.name}</td>
                <td>{risk(c)}</td>
                <td>{c.flags.map((f) => words(f.kind)).join(', ') || 'None'}</td>
                <td>
                  <TriageForm caseId={c.id} label={c.reference} onDone={() => void q.refetch()} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
